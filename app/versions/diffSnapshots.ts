import type { CaseSnapshot, SnapshotAuthority } from './caseSnapshot';
import { compareContent, nodeContent } from './nodeDifference';
import { type SnapshotView, viewSnapshot } from './snapshotDocument';
import type { AuthorityDifference, FieldChange, NodeDifference, TreeDiff } from './treeDiff';
import { movedNodes, type TreeShape, treeShape } from './treeShape';

/** One side of a comparison: a snapshot, what it is called, and (when already computed) its view. */
export interface Compared {
  label: string;
  snapshot: CaseSnapshot;
  view?: SnapshotView;
  /** The snapshot this one was laid over: the nodes it did not change are the very same objects there. */
  base?: CaseSnapshot;
}

/** Compares two versions of a case as trees: nodes matched by id, authorities by key. */
export function diffSnapshots(from: Compared, to: Compared): TreeDiff {
  const before = from.snapshot;
  const after = to.snapshot;
  const statusesBefore = (from.view ?? viewSnapshot(before)).evaluation.statuses;
  const statusesAfter = (to.view ?? viewSnapshot(after)).evaluation.statuses;
  const shapeBefore = treeShape(before.nodes);
  const shapeAfter = treeShape(after.nodes);
  const moved = movedNodes(shapeBefore, shapeAfter);
  const nodes: NodeDifference[] = [];
  for (const [id, depth] of readingOrder(shapeAfter)) {
    const node = after.nodes.get(id)!;
    const earlier = before.nodes.get(id);
    const place = shapeAfter.places.get(id)!;
    if (!earlier) {
      nodes.push({ id, change: 'added', kind: node.kind, title: node.title, depth, place, content: nodeContent(node) });
      continue;
    }
    const difference: NodeDifference = { id, change: 'changed', kind: node.kind, title: node.title, depth };
    if (moved.has(id)) {
      difference.place = place;
      difference.moved = { from: shapeBefore.places.get(id)!, to: place };
    }
    // A node no version row touched is the same object on both sides: its content cannot differ.
    if (earlier !== node) compareContent(earlier, node, difference);
    const statusBefore = statusesBefore.get(id) ?? null;
    const statusAfter = statusesAfter.get(id) ?? null;
    if (statusBefore !== statusAfter) difference.status = { before: statusBefore, after: statusAfter };
    const { moved: isMoved, retitled, fields, body, status } = difference;
    if (isMoved || retitled || fields || body || status) nodes.push(difference);
  }
  for (const [id, depth] of readingOrder(shapeBefore)) {
    const node = before.nodes.get(id)!;
    if (!after.nodes.has(id)) nodes.push({ id, change: 'removed', kind: node.kind, title: node.title, depth });
  }
  return {
    from: from.label,
    to: to.label,
    nodes,
    authorities: diffAuthorities(before.authorities, after.authorities),
    caseInfo: diffCaseInfo(before, after),
    counts: {
      added: nodes.filter((node) => node.change === 'added').length,
      removed: nodes.filter((node) => node.change === 'removed').length,
      moved: nodes.filter((node) => node.moved).length,
      edited: nodes.filter((node) => node.retitled || node.fields || node.body).length,
      statusChanged: nodes.filter((node) => node.status).length,
    },
  };
}

/** Every node of a tree with its depth, in reading order. */
function readingOrder(shape: TreeShape): [number, number][] {
  const order: [number, number][] = [];
  const stack: [number, number][] = [...(shape.children.get(null) ?? [])].reverse().map((id) => [id, 0]);
  while (stack.length > 0) {
    const [id, depth] = stack.pop()!;
    order.push([id, depth]);
    const children = shape.children.get(id) ?? [];
    for (let index = children.length - 1; index >= 0; index--) stack.push([children[index]!, depth + 1]);
  }
  return order;
}

function diffAuthorities(
  before: ReadonlyMap<number, SnapshotAuthority>,
  after: ReadonlyMap<number, SnapshotAuthority>,
): AuthorityDifference[] {
  const byKey = (authorities: ReadonlyMap<number, SnapshotAuthority>) =>
    new Map([...authorities.values()].map((authority) => [authority.key, authority]));
  const earlier = byKey(before);
  const later = byKey(after);
  const stored = (authority: SnapshotAuthority) => ({
    type: authority.type,
    short: authority.short,
    csl: authority.csl,
  });
  const differences: AuthorityDifference[] = [];
  for (const [key, authority] of later) {
    const was = earlier.get(key);
    if (!was) {
      differences.push({ key, change: 'added', short: authority.short, stored: stored(authority) });
      continue;
    }
    const fields = (['type', 'short', 'csl'] as const).filter((field) => was[field] !== authority[field]);
    if (fields.length > 0)
      differences.push({ key, change: 'changed', short: authority.short, fields, stored: stored(authority) });
  }
  for (const [key, authority] of earlier) {
    if (!later.has(key)) differences.push({ key, change: 'removed', short: authority.short });
  }
  return differences.sort((a, b) => a.key.localeCompare(b.key));
}

function diffCaseInfo(before: CaseSnapshot, after: CaseSnapshot): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of Object.keys(after.caseInfo) as (keyof CaseSnapshot['caseInfo'])[]) {
    const was = before.caseInfo[field];
    const is = after.caseInfo[field];
    if (was !== is) changes.push({ field, before: was, after: is });
  }
  return changes;
}
