import { diffArrays } from 'diff';
import type { SnapshotNode } from './caseSnapshot';
import type { NodePlace } from './treeDiff';

/** The children of each parent (null: the top level) in order, and each node's place. */
export interface TreeShape {
  children: Map<number | null, number[]>;
  places: Map<number, NodePlace>;
}

/** The shape of a snapshot's tree. */
export function treeShape(nodes: ReadonlyMap<number, SnapshotNode>): TreeShape {
  const children = new Map<number | null, number[]>();
  const sorted = [...nodes.values()].sort((a, b) => a.position - b.position || a.id - b.id);
  for (const node of sorted) {
    let siblings = children.get(node.parentId);
    if (!siblings) {
      siblings = [];
      children.set(node.parentId, siblings);
    }
    siblings.push(node.id);
  }
  const places = new Map<number, NodePlace>();
  for (const [parentId, siblings] of children) {
    siblings.forEach((id, index) => {
      places.set(id, { parentId, index });
    });
  }
  return { children, places };
}

/**
 * The nodes of both trees that moved: to another parent, or out of order among the siblings they
 * kept (the fewest such nodes: those outside the longest common order). Nodes are matched by id.
 */
export function movedNodes(before: TreeShape, after: TreeShape): Set<number> {
  const moved = new Set<number>();
  for (const [parentId, siblings] of after.children) {
    const stayed = siblings.filter((id) => {
      const earlier = before.places.get(id);
      if (earlier && earlier.parentId !== parentId) moved.add(id);
      return earlier?.parentId === parentId;
    });
    if (stayed.length < 2) continue;
    const kept = new Set(stayed);
    const earlierOrder = (before.children.get(parentId) ?? []).filter((id) => kept.has(id));
    if (earlierOrder.every((id, index) => stayed[index] === id)) continue;
    for (const part of diffArrays(earlierOrder, stayed)) {
      if (part.added) for (const id of part.value) moved.add(id);
    }
  }
  return moved;
}
