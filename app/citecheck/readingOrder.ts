import type { NodeSummary } from '../model/types';

/** The nodes in reading order: depth first, siblings by position (the order of the outline and of the document). */
export function readingOrder(nodes: ReadonlyMap<number, NodeSummary>): NodeSummary[] {
  const children = new Map<number | null, NodeSummary[]>();
  for (const node of nodes.values()) {
    const siblings = children.get(node.parentId);
    if (siblings) siblings.push(node);
    else children.set(node.parentId, [node]);
  }
  for (const siblings of children.values()) siblings.sort((left, right) => left.position - right.position);
  const ordered: NodeSummary[] = [];
  const stack = [...(children.get(null) ?? [])].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    ordered.push(node);
    const below = children.get(node.id);
    if (below) for (let index = below.length - 1; index >= 0; index--) stack.push(below[index]!);
  }
  return ordered;
}
