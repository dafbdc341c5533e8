import { childrenByParent } from '../api/views';
import type { NodeSummary } from '../model/types';

/** Every node in reading order (depth first, siblings by position). */
export function readingOrder(nodes: ReadonlyMap<number, NodeSummary>): NodeSummary[] {
  const children = childrenByParent(nodes);
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
