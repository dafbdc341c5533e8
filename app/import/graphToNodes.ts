import type { BodyDocument } from '../body/types';
import type { DocumentNode } from '../interchange/documentSchema';
import { MAX_DEPTH } from '../interchange/documentSchema';
import { invalidInput } from '../model/errors';
import type { NodeKind } from '../model/types';

/** The kind-specific fields an imported statement may carry. */
export type NodeFields = Pick<
  DocumentNode,
  'side' | 'mode' | 'standard' | 'weight' | 'assessment' | 'disputed' | 'tags'
>;

/** A statement of an argument map, before it has a place in the tree. */
export interface GraphNode {
  id: string;
  title: string;
  /** The kind the source states; otherwise the relation that places the node decides. */
  kind?: NodeKind | undefined;
  fields: NodeFields;
  body?: BodyDocument | undefined;
  /** Where the statement is defined in the source, for messages: `line 12`, `nodes[3]`. */
  where: string;
}

/** `from` supports or attacks `to`. */
export interface GraphRelation {
  from: string;
  to: string;
  type: 'support' | 'attack';
  where: string;
}

/** Statements and the relations between them, in the order the source gives them. */
export interface ArgumentGraph {
  nodes: GraphNode[];
  relations: GraphRelation[];
}

/** The tree built from a graph, and what could not be kept as the source had it. */
export interface GraphTree {
  nodes: DocumentNode[];
  /** What could not be kept as the source had it (a statement used twice, a cycle). */
  warnings: string[];
}

const FIELD_KINDS: Record<keyof NodeFields, readonly NodeKind[] | null> = {
  mode: ['issue', 'claim', 'counter', 'response'],
  standard: ['issue', 'claim', 'counter', 'response'],
  weight: ['evidence'],
  assessment: ['evidence'],
  disputed: ['rule'],
  side: null,
  tags: null,
};

/**
 * Turns an argument graph into a tree of nodes: statements that support or attack nothing are
 * top-level; each statement is placed once, under the first statement it is found to support or
 * attack; every other use of it, and every cycle broken, becomes a warning.
 */
export function graphToNodes(
  graph: ArgumentGraph,
  source: string,
  defaultRootKind: (node: GraphNode) => NodeKind = () => 'claim',
): GraphTree {
  const byId = new Map(graph.nodes.map((node) => [node.id, node]));
  const incoming = new Map<string, GraphRelation[]>();
  const outgoing = new Set<string>();
  const warnings: string[] = [];
  for (const relation of graph.relations) {
    if (relation.from === relation.to) {
      warnings.push(
        `${source}: ${relation.where}: "${byId.get(relation.from)?.title}" cannot support or attack itself; skipped.`,
      );
      continue;
    }
    outgoing.add(relation.from);
    const list = incoming.get(relation.to);
    if (list) list.push(relation);
    else incoming.set(relation.to, [relation]);
  }
  const placedUnder = new Map<string, { parent: string | null; type: GraphRelation['type'] | null }>();
  const roots: DocumentNode[] = [];
  const place = (start: GraphNode, kind: NodeKind): DocumentNode => {
    const root = toDocumentNode(start, kind, source);
    placedUnder.set(start.id, { parent: null, type: null });
    const stack: { graphNode: GraphNode; node: DocumentNode; depth: number }[] = [
      { graphNode: start, node: root, depth: 1 },
    ];
    while (stack.length > 0) {
      const { graphNode, node, depth } = stack.pop()!;
      const pending: { graphNode: GraphNode; node: DocumentNode; depth: number }[] = [];
      for (const relation of incoming.get(graphNode.id) ?? []) {
        const child = byId.get(relation.from)!;
        const placed = placedUnder.get(child.id);
        if (placed) {
          if (placed.parent !== graphNode.id || placed.type !== relation.type) {
            const firstParent = placed.parent === null ? undefined : byId.get(placed.parent);
            warnings.push(`${source}: ${reuseWarning(relation, child, graphNode, firstParent)}`);
          }
          continue;
        }
        if (depth >= MAX_DEPTH) {
          throw invalidInput(
            `${source}: ${child.where}: statements are nested more than ${MAX_DEPTH} levels deep`,
            child.where,
          );
        }
        const childKind = child.kind ?? relationKind(relation.type, node.kind);
        const childNode = toDocumentNode(child, childKind, source);
        placedUnder.set(child.id, { parent: graphNode.id, type: relation.type });
        if (node.children) node.children.push(childNode);
        else node.children = [childNode];
        pending.push({ graphNode: child, node: childNode, depth: depth + 1 });
      }
      for (let index = pending.length - 1; index >= 0; index--) stack.push(pending[index]!);
    }
    return root;
  };
  for (const node of graph.nodes) {
    if (!outgoing.has(node.id) && !placedUnder.has(node.id))
      roots.push(place(node, node.kind ?? defaultRootKind(node)));
  }
  for (const node of graph.nodes) {
    if (placedUnder.has(node.id)) continue;
    warnings.push(
      `${source}: ${node.where}: "${node.title}" is part of a cycle of relations; it is placed at the top level.`,
    );
    roots.push(place(node, node.kind ?? defaultRootKind(node)));
  }
  return { nodes: roots, warnings };
}

function relationKind(type: GraphRelation['type'], parentKind: NodeKind): NodeKind {
  if (type === 'support') return 'claim';
  return parentKind === 'counter' ? 'response' : 'counter';
}

function reuseWarning(
  relation: GraphRelation,
  child: GraphNode,
  parent: GraphNode,
  firstParent: GraphNode | undefined,
): string {
  const verb = relation.type === 'support' ? 'supports' : 'attacks';
  const placed = firstParent ? `under "${firstParent.title}"` : 'at the top level';
  return `${relation.where}: "${child.title}" also ${verb} "${parent.title}"; it is placed once, ${placed}.`;
}

function toDocumentNode(graphNode: GraphNode, kind: NodeKind, source: string): DocumentNode {
  const node: DocumentNode = { kind, title: graphNode.title };
  for (const [field, kinds] of Object.entries(FIELD_KINDS) as [keyof NodeFields, readonly NodeKind[] | null][]) {
    const value = graphNode.fields[field];
    if (value === undefined) continue;
    if (kinds && !kinds.includes(kind)) {
      throw invalidInput(
        `${source}: ${graphNode.where}: ${field} applies only to ${kinds.join(', ')}, not to a ${kind} ("${graphNode.title}")`,
        graphNode.where,
      );
    }
    (node as unknown as Record<string, unknown>)[field] = value;
  }
  if (graphNode.body && graphNode.body.content.length > 0) node.body = graphNode.body;
  return node;
}
