import type { CaseSnapshot, SnapshotNode } from './caseSnapshot';
import type { NodeDifference, NodePlace, TreeDiff } from './treeDiff';
import { treeShape } from './treeShape';

/**
 * The later version rebuilt from the earlier one and the diff between them (positions renumbered
 * 0, 1, 2… among siblings). What the diff says is all there is to know about the change.
 */
export function applyTreeDiff(earlier: CaseSnapshot, diff: TreeDiff): CaseSnapshot {
  const shape = treeShape(earlier.nodes);
  const nodes = new Map<number, SnapshotNode>();
  for (const [id, node] of earlier.nodes) nodes.set(id, { ...node });
  const placed: { id: number; place: NodePlace }[] = [];
  for (const difference of diff.nodes) {
    if (difference.change === 'removed') nodes.delete(difference.id);
    else applyContent(nodes, difference);
    if (difference.place) placed.push({ id: difference.id, place: difference.place });
  }
  const moving = new Set(placed.map((entry) => entry.id));
  const children = new Map<number | null, number[]>();
  for (const [parentId, siblings] of shape.children) {
    children.set(
      parentId,
      siblings.filter((id) => nodes.has(id) && !moving.has(id)),
    );
  }
  placed.sort((a, b) => a.place.index - b.place.index);
  for (const { id, place } of placed) {
    let siblings = children.get(place.parentId);
    if (!siblings) {
      siblings = [];
      children.set(place.parentId, siblings);
    }
    siblings.splice(place.index, 0, id);
  }
  for (const [parentId, siblings] of children) {
    siblings.forEach((id, position) => {
      const node = nodes.get(id);
      if (node) nodes.set(id, { ...node, parentId, position });
    });
  }
  return { caseInfo: applyCaseInfo(earlier, diff), nodes, authorities: applyAuthorities(earlier, diff) };
}

function applyContent(nodes: Map<number, SnapshotNode>, difference: NodeDifference): void {
  if (difference.content) {
    const { disputed, tags, ...rest } = difference.content;
    nodes.set(difference.id, {
      id: difference.id,
      parentId: null,
      position: 0,
      ...rest,
      disputed: disputed ? 1 : 0,
      tags: JSON.stringify(tags),
    });
    return;
  }
  const node = nodes.get(difference.id);
  if (!node) return;
  if (difference.retitled) node.title = difference.retitled.after;
  for (const change of difference.fields ?? []) {
    if (change.field === 'disputed') node.disputed = change.after ? 1 : 0;
    else if (change.field === 'tags') node.tags = JSON.stringify(change.after);
    else (node as unknown as Record<string, unknown>)[change.field] = change.after;
  }
  if (difference.body) node.body = difference.body.stored;
}

function applyAuthorities(earlier: CaseSnapshot, diff: TreeDiff): CaseSnapshot['authorities'] {
  const byKey = new Map([...earlier.authorities.values()].map((authority) => [authority.key, { ...authority }]));
  let nextId = Math.max(0, ...earlier.authorities.keys()) + 1;
  for (const difference of diff.authorities) {
    if (difference.change === 'removed') byKey.delete(difference.key);
    else {
      const id = byKey.get(difference.key)?.id ?? nextId++;
      byKey.set(difference.key, { id, key: difference.key, ...difference.stored! } as never);
    }
  }
  return new Map([...byKey.values()].map((authority) => [authority.id, authority]));
}

function applyCaseInfo(earlier: CaseSnapshot, diff: TreeDiff): CaseSnapshot['caseInfo'] {
  const caseInfo = { ...earlier.caseInfo } as Record<string, unknown>;
  for (const change of diff.caseInfo) caseInfo[change.field] = change.after;
  return caseInfo as unknown as CaseSnapshot['caseInfo'];
}
