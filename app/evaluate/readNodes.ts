import { ASSESSMENTS, type AuthorityType, type NodeSummary, PROOF_STANDARDS, SIDES, WEIGHTS } from '../model/types';
import { KIND_CODES } from './kindCodes';

/** Marks a missing side, standard, weight or assessment in a `NodeTable` code array. */
export const NO_CODE = 255;

/** Flags of `NodeTable.traits`. */
export const NODE_TRAITS = { any: 1, disputed: 2, untitled: 4 } as const;

/** Every node's citations resolved against the authorities. */
export interface CitationTable {
  authorities: readonly { key: string; type: AuthorityType }[];
  /** The citations of node `index` are `start[index] .. start[index + 1]`, in the node's order. */
  start: Int32Array;
  /** Per citation, the index of its authority in `authorities`, or -1 when no authority has its key. */
  authority: Int32Array;
  /** Per citation, 1 when its pinpoint is empty or only whitespace. */
  withoutPinpoint: Uint8Array;
}

/**
 * What the evaluation reads of each node, by its index in the input, as flat arrays of codes
 * (indexes into `NODE_KINDS`, `SIDES`, `PROOF_STANDARDS`, `WEIGHTS`, `ASSESSMENTS`, or `NO_CODE`).
 */
export interface NodeTable {
  ids: number[];
  /** NaN for a top-level node. */
  parentIds: Float64Array;
  positions: Float64Array;
  kinds: Uint8Array;
  sides: Uint8Array;
  standards: Uint8Array;
  weights: Uint8Array;
  assessments: Uint8Array;
  traits: Uint8Array;
  citations: CitationTable;
}

/** Reads the nodes once, in input order, into a `NodeTable`; later passes then never revisit the node objects. */
export function readNodes(
  nodes: readonly NodeSummary[],
  authorities: readonly { key: string; type: AuthorityType }[],
): NodeTable {
  const count = nodes.length;
  const authorityByKey = authorityIndexes(authorities);
  const ids: number[] = [];
  const parentIds = new Float64Array(count);
  const positions = new Float64Array(count);
  const kinds = new Uint8Array(count);
  const sides = new Uint8Array(count);
  const standards = new Uint8Array(count);
  const weights = new Uint8Array(count);
  const assessments = new Uint8Array(count);
  const traits = new Uint8Array(count);
  const start = new Int32Array(count + 1);
  let authority = new Int32Array(count + 16);
  let withoutPinpoint = new Uint8Array(count + 16);
  let place = 0;
  const table: NodeTable = {
    ids,
    parentIds,
    positions,
    kinds,
    sides,
    standards,
    weights,
    assessments,
    traits,
    citations: { authorities, start, authority, withoutPinpoint },
  };
  for (let index = 0; index < count; index++) {
    const node = nodes[index]!;
    ids.push(node.id);
    parentIds[index] = node.parentId ?? Number.NaN;
    positions[index] = node.position;
    writeCodes(table, index, node);
    if (place + node.citations.length > authority.length) {
      const capacity = 2 * (place + node.citations.length);
      authority = grown(authority, new Int32Array(capacity));
      withoutPinpoint = grown(withoutPinpoint, new Uint8Array(capacity));
      table.citations.authority = authority;
      table.citations.withoutPinpoint = withoutPinpoint;
    }
    start[index] = place;
    writeCitations(table, index, node, authorityByKey);
    place += node.citations.length;
    start[index + 1] = place;
  }
  return table;
}

/** Writes a node's codes (kind, side, standard, weight, assessment, traits) at `index`. */
export function writeCodes(table: NodeTable, index: number, node: NodeSummary): void {
  table.kinds[index] = KIND_CODES[node.kind];
  table.sides[index] = node.side === null ? NO_CODE : SIDES.indexOf(node.side);
  table.standards[index] = node.standard === null ? NO_CODE : PROOF_STANDARDS.indexOf(node.standard);
  table.weights[index] = node.weight === null ? NO_CODE : WEIGHTS.indexOf(node.weight);
  table.assessments[index] = node.assessment === null ? NO_CODE : ASSESSMENTS.indexOf(node.assessment);
  table.traits[index] =
    (node.mode === 'any' ? NODE_TRAITS.any : 0) |
    (node.disputed ? NODE_TRAITS.disputed : 0) |
    (node.title.trim() === '' ? NODE_TRAITS.untitled : 0);
}

/** Writes a node's citations from `start[index]` on; the table must have room for exactly as many. */
export function writeCitations(
  table: NodeTable,
  index: number,
  node: NodeSummary,
  authorityByKey: ReadonlyMap<string, number>,
): void {
  const { authority, withoutPinpoint } = table.citations;
  let place = table.citations.start[index]!;
  for (const citation of node.citations) {
    authority[place] = authorityByKey.get(citation.key) ?? -1;
    withoutPinpoint[place] = citation.pinpoint.trim() === '' ? 1 : 0;
    place++;
  }
}

/** Each authority's key with the index of its first occurrence. */
export function authorityIndexes(authorities: readonly { key: string }[]): Map<string, number> {
  const authorityByKey = new Map<string, number>();
  for (let index = authorities.length - 1; index >= 0; index--) authorityByKey.set(authorities[index]!.key, index);
  return authorityByKey;
}
function grown<Values extends Int32Array | Uint8Array>(values: Values, larger: Values): Values {
  larger.set(values);
  return larger;
}
