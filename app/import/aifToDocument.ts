import * as z from 'zod';
import { describeIssue } from '../interchange/parseDocument';
import { invalidInput } from '../model/errors';
import type { NodeKind } from '../model/types';
import { type ArgumentGraph, type GraphNode, type GraphRelation, graphToNodes } from './graphToNodes';
import type { ImportedDocument } from './importedDocument';

const NODE_TYPES = ['I', 'L', 'RA', 'CA', 'MA', 'PA', 'YA', 'TA'] as const;
const LONGEST_TITLE = 2000;
const MAX_RELATIONS = 1_000_000;

const idSchema = z.unknown().transform((value, context) => {
  const id = typeof value === 'number' && Number.isSafeInteger(value) ? String(value) : value;
  if (typeof id === 'string' && id.trim() !== '' && id.length <= 200) return id.trim();
  context.addIssue({ code: 'custom', message: 'expected an id (a string or a whole number)' });
  return z.NEVER;
});

const aifSchema = z.looseObject({
  nodes: z
    .array(
      z.looseObject({
        nodeID: idSchema,
        text: z.string().max(1_000_000).nullish(),
        type: z
          .string()
          .transform((type) => type.trim().toUpperCase())
          .pipe(z.enum(NODE_TYPES)),
      }),
    )
    .max(200_000),
  edges: z.array(z.looseObject({ fromID: idSchema, toID: idSchema })).max(1_000_000),
  locutions: z.array(z.unknown()).optional(),
});

type AifNode = z.infer<typeof aifSchema>['nodes'][number];

/**
 * Builds a document from AIF JSON (AIFdb, OVA): each RA node's conclusion gets the RA's premises
 * as supporting children (in `any` mode when two or more RA nodes conclude in it: alternative grounds); a CA node makes its attacker a counter of the attacked I-node (a response
 * when that is a counter), of an RA's conclusion for an undercut, or of the attacking statement for an
 * attack on a CA node. xAIF (the graph under an `AIF` key, as OVA3 saves it) is read the same way. L, YA, TA, MA and PA nodes are
 * skipped. I-nodes supporting or attacking nothing are top-level claims ("Whether …": issues).
 */
export function aifToDocument(text: string): ImportedDocument {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw invalidInput(`AIF is not valid JSON: ${(error as Error).message}`);
  }
  // xAIF, as OVA3 and the argument-mining tools save it, wraps the AIF graph: {"AIF": {nodes, edges}, "OVA": …, "text": …}.
  const wrapper = isObject(value) && isObject(value.AIF) && !('nodes' in value) ? value : null;
  const result = aifSchema.safeParse(wrapper ? wrapper.AIF : value, { reportInput: true });
  if (!result.success) throw describeIssue(result.error.issues[0]!, wrapper ? 'xAIF: AIF' : 'AIF');
  const { nodes, edges } = result.data;
  const index = new Map<string, number>();
  nodes.forEach((node, position) => {
    if (index.has(node.nodeID)) {
      throw invalidInput(
        `AIF: nodes[${position}].nodeID: the id "${node.nodeID}" is used twice`,
        `nodes[${position}].nodeID`,
      );
    }
    index.set(node.nodeID, position);
  });
  const into = new Map<string, { from: string; where: string }[]>();
  const outOf = new Map<string, { to: string; where: string }[]>();
  edges.forEach((edge, position) => {
    for (const end of ['fromID', 'toID'] as const) {
      if (!index.has(edge[end])) {
        throw invalidInput(
          `AIF: edges[${position}].${end}: there is no node "${edge[end]}"`,
          `edges[${position}].${end}`,
        );
      }
    }
    const where = `edges[${position}]`;
    append(into, edge.toID, { from: edge.fromID, where });
    append(outOf, edge.fromID, { to: edge.toID, where });
  });
  const typeOf = (id: string) => nodes[index.get(id)!]!.type;
  const warnings: string[] = [];
  const relations: GraphRelation[] = [];
  const conclusionsOf = (id: string) => (outOf.get(id) ?? []).filter((edge) => typeOf(edge.to) === 'I');
  const attackersOf = (id: string) =>
    (into.get(id) ?? [])
      .filter((edge) => typeOf(edge.from) === 'I')
      .map((edge) => ({ to: edge.from, where: edge.where }));
  for (const node of nodes) {
    if (node.type !== 'RA' && node.type !== 'CA') continue;
    const sources = (into.get(node.nodeID) ?? []).filter((edge) => typeOf(edge.from) === 'I');
    const targets = outOf.get(node.nodeID) ?? [];
    if (sources.length > 0 && targets.length === 0) {
      warnings.push(
        `AIF: the ${node.type} node "${node.nodeID}" points to nothing; what points to it is imported without it.`,
      );
    }
    for (const target of targets) {
      const targetType = typeOf(target.to);
      let attacked = [target];
      if (node.type === 'CA' && targetType === 'RA') {
        attacked = conclusionsOf(target.to);
        if (attacked.length === 0)
          warnings.push(`AIF: ${target.where}: the undercut RA node has no conclusion to attack.`);
      } else if (node.type === 'CA' && targetType === 'CA') {
        // An attack on a conflict (a rebuttal of a rebuttal) answers the statement that makes the attack.
        attacked = attackersOf(target.to);
        if (attacked.length === 0)
          warnings.push(`AIF: ${target.where}: the attacked CA node has no statement attacking through it.`);
      } else if (targetType !== 'I') {
        warnings.push(`AIF: ${target.where}: a ${node.type} node pointing to a ${targetType} node is skipped.`);
        continue;
      }
      for (const conclusion of attacked) {
        if (relations.length + sources.length > MAX_RELATIONS) {
          throw invalidInput(`AIF: the document has more than ${MAX_RELATIONS.toLocaleString('en')} relations.`);
        }
        for (const source of sources) {
          const type = node.type === 'RA' ? 'support' : 'attack';
          relations.push({ from: source.from, to: conclusion.to, type, where: source.where });
        }
      }
    }
  }
  const inodes = nodes.filter((node) => node.type === 'I');
  if (inodes.length === 0) throw invalidInput('AIF: the document has no I-nodes (statements) to import.', 'nodes');
  const positionOf = (id: string) => index.get(id)!;
  relations.sort((left, right) => positionOf(left.from) - positionOf(right.from));
  // A statement that is the conclusion of two or more inferences has alternative grounds: each RA is an argument.
  const inferencesInto = new Map<string, Set<string>>();
  for (const node of nodes) {
    if (node.type !== 'RA') continue;
    if (!(into.get(node.nodeID) ?? []).some((edge) => typeOf(edge.from) === 'I')) continue;
    for (const edge of conclusionsOf(node.nodeID)) {
      const set = inferencesInto.get(edge.to) ?? new Set<string>();
      set.add(node.nodeID);
      inferencesInto.set(edge.to, set);
    }
  }
  const graph: ArgumentGraph = {
    nodes: inodes.map((node) => {
      const graphNode = toGraphNode(node, positionOf(node.nodeID));
      if ((inferencesInto.get(node.nodeID)?.size ?? 0) > 1) graphNode.fields = { mode: 'any' };
      return graphNode;
    }),
    relations,
  };
  const tree = graphToNodes(graph, 'AIF', rootKind);
  return {
    document: { format: 'casewright', version: 1, nodes: tree.nodes },
    warnings: [...warnings, ...tree.warnings],
  };
}

function rootKind(node: GraphNode): NodeKind {
  return /^whether\b/i.test(node.title) ? 'issue' : 'claim';
}

function toGraphNode(node: AifNode, position: number): GraphNode {
  const text = (node.text ?? '').replace(/\s+/g, ' ').trim();
  const where = `nodes[${position}]`;
  if (text.length <= LONGEST_TITLE) return { id: node.nodeID, title: text, fields: {}, where };
  const title = `${text.slice(0, LONGEST_TITLE - 200).replace(/\s+\S*$/, '')}…`;
  const body = {
    type: 'doc' as const,
    content: [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text }] }],
  };
  return { id: node.nodeID, title, fields: {}, body, where };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function append<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
