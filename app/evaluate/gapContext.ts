import { NO_ORAL_SETTINGS, type OralSettings } from '../model/oral';
import { type CaseSide, type NodeSummary, SIDES } from '../model/types';
import type { CaseTree } from './buildCaseTree';
import type { CitationOutcome } from './evaluation';
import { KIND_CODES } from './kindCodes';
import { NO_CODE, type NodeTable } from './readNodes';
import type { NodeWeights } from './weighNodes';

/** What every gap rule may read, computed once per evaluation so that each rule stays one linear pass. */
export interface GapContext {
  /** The input nodes, for the titles and keys that messages quote; indexes below are indexes into it. */
  nodes: readonly NodeSummary[];
  table: NodeTable;
  tree: CaseTree;
  nodeWeights: NodeWeights;
  caseSide: CaseSide;
  oral: OralSettings;
  /** Per node index, an index into `SIDES`: its own side, else its parent's (the opposite for counters and responses). */
  effectiveSide: Uint8Array;
  /** Per node index, 1 when a rule lies anywhere below it, not counting what lies under counters and notes. */
  ruleBelow: Uint8Array;
  /** Per node index, 1 when evidence lies anywhere below it, not counting what lies under counters and notes. */
  evidenceBelow: Uint8Array;
  /** Each node's citations held against their sources, by node id; empty when the case has no source attached. */
  citationChecks: ReadonlyMap<number, readonly CitationOutcome[]>;
}

const APPLICANT = SIDES.indexOf('applicant');
const {
  rule: RULE,
  evidence: EVIDENCE,
  counter: COUNTER,
  response: RESPONSE,
  note: NOTE,
  question: QUESTION,
} = KIND_CODES;

/** Builds the context the gap rules share. */
export function buildGapContext(
  nodes: readonly NodeSummary[],
  table: NodeTable,
  tree: CaseTree,
  nodeWeights: NodeWeights,
  caseSide: CaseSide,
  citationChecks: ReadonlyMap<number, readonly CitationOutcome[]> = new Map(),
  oral: OralSettings = NO_ORAL_SETTINGS,
): GapContext {
  return {
    citationChecks,
    nodes,
    table,
    tree,
    nodeWeights,
    caseSide,
    oral,
    effectiveSide: effectiveSides(table, tree),
    ...contentBelow(table, tree),
  };
}

function effectiveSides({ kinds, sides }: NodeTable, { preorder, parentIndex }: CaseTree): Uint8Array {
  const effective = sides.slice();
  for (const index of preorder) {
    if (effective[index] !== NO_CODE) continue;
    const parent = parentIndex[index]!;
    const kind = kinds[index]!;
    if (parent < 0) effective[index] = APPLICANT;
    else if (kind === COUNTER || kind === RESPONSE) effective[index] = 1 - effective[parent]!;
    else effective[index] = effective[parent]!;
  }
  return effective;
}

function contentBelow(
  { kinds }: NodeTable,
  { preorder, parentIndex }: CaseTree,
): { ruleBelow: Uint8Array; evidenceBelow: Uint8Array } {
  const ruleBelow = new Uint8Array(kinds.length);
  const evidenceBelow = new Uint8Array(kinds.length);
  for (let place = preorder.length - 1; place >= 0; place--) {
    const index = preorder[place]!;
    const parent = parentIndex[index]!;
    const kind = kinds[index]!;
    if (parent < 0 || kind === COUNTER || kind === NOTE || kind === QUESTION) continue;
    if (kind === RULE || ruleBelow[index]) ruleBelow[parent] = 1;
    if (kind === EVIDENCE || evidenceBelow[index]) evidenceBelow[parent] = 1;
  }
  return { ruleBelow, evidenceBelow };
}
