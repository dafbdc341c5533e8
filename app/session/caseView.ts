import type { ChangedNode } from '../api/changeEvent';
import type { Evaluation } from '../evaluate/index';
import type { NodeSummary } from '../model/types';

/** What a change is measured against: the nodes, their number of children and their evaluation, at one moment. */
export interface CaseView {
  node(id: number): NodeSummary | undefined;
  childCount(id: number): number;
  evaluation: Evaluation;
}

/** A node as a change event sends it, as `view` has it; undefined when there is no such node. */
export function changedNode(view: CaseView, id: number): ChangedNode | undefined {
  const node = view.node(id);
  if (!node) return undefined;
  const { statuses, weights, explain } = view.evaluation;
  return {
    id,
    parentId: node.parentId,
    depth: depthOf(view, node),
    position: node.position,
    kind: node.kind,
    title: node.title,
    side: node.side,
    status: statuses.get(id) ?? null,
    statusReason: explain(id),
    effectiveWeight: weights.get(id) ?? null,
    childCount: view.childCount(id),
    mode: node.mode,
    standard: node.standard,
    weight: node.weight,
    assessment: node.assessment,
    disputed: node.disputed,
    tags: node.tags,
  };
}

function depthOf(view: CaseView, node: NodeSummary): number {
  let depth = 0;
  const seen = new Set<number>();
  for (let parent = node.parentId; parent !== null && !seen.has(parent); depth++) {
    seen.add(parent);
    parent = view.node(parent)?.parentId ?? null;
  }
  return depth;
}

/** Whether two sends of a node differ in anything a view shows. */
export function sameNode(first: ChangedNode, second: ChangedNode): boolean {
  for (const key of Object.keys(first) as (keyof ChangedNode)[]) {
    if (key === 'tags') {
      if (first.tags.length !== second.tags.length || first.tags.some((tag, index) => second.tags[index] !== tag))
        return false;
    } else if (first[key] !== second[key]) return false;
  }
  return true;
}
