import type { BodyDocument } from '../body/types';
import { notFound } from '../model/errors';
import type { NodeSummary, Status } from '../model/types';
import type { CaseSession } from '../session/caseSession';
import { childIds, loadBody } from '../store/nodeStore';

/** A node as the outline shows it. */
export interface OutlineRow {
  id: number;
  parentId: number | null;
  depth: number;
  position: number;
  kind: NodeSummary['kind'];
  title: string;
  side: NodeSummary['side'];
  status: Status | null;
  /**
   * Why the node has its status ("Contested: its evidence “X” is contested."); null for notes. Only when asked for:
   * 10,000 reasons would make the outline a third larger, and a view shows one reason at a time.
   */
  statusReason?: string | null;
  effectiveWeight: number | null;
  childCount: number;
}

/** A node with everything the editor shows. */
export interface NodeView extends Omit<NodeSummary, 'citations'> {
  citations: NodeSummary['citations'];
  body: BodyDocument;
  status: Status | null;
  statusReason: string | null;
  effectiveWeight: number | null;
  childIds: number[];
}

/** Children lists in sibling order, keyed by parent id (null for the top level). */
export function childrenByParent(nodes: ReadonlyMap<number, NodeSummary>): Map<number | null, NodeSummary[]> {
  const children = new Map<number | null, NodeSummary[]>();
  for (const node of nodes.values()) {
    const siblings = children.get(node.parentId);
    if (siblings) siblings.push(node);
    else children.set(node.parentId, [node]);
  }
  for (const siblings of children.values()) siblings.sort((left, right) => left.position - right.position);
  return children;
}

/** Every node in reading order (depth first), with its depth, status and number of children; `reasons`: and why. */
export function outlineRows(session: CaseSession, reasons = false): OutlineRow[] {
  const nodes = session.summaries();
  const { statuses, weights, explain } = session.evaluate();
  const children = childrenByParent(nodes);
  const rows: OutlineRow[] = [];
  const stack: { node: NodeSummary; depth: number }[] = [];
  const pushChildren = (parentId: number | null, depth: number) => {
    const list = children.get(parentId) ?? [];
    for (let index = list.length - 1; index >= 0; index--) stack.push({ node: list[index]!, depth });
  };
  pushChildren(null, 0);
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    const row: OutlineRow = {
      id: node.id,
      parentId: node.parentId,
      depth,
      position: node.position,
      kind: node.kind,
      title: node.title,
      side: node.side,
      status: statuses.get(node.id) ?? null,
      effectiveWeight: weights.get(node.id) ?? null,
      childCount: children.get(node.id)?.length ?? 0,
    };
    if (reasons) row.statusReason = explain(node.id);
    rows.push(row);
    pushChildren(node.id, depth + 1);
  }
  return rows;
}

/** One node with its body and status; a `not_found` error when there is no such node. */
export function nodeView(session: CaseSession, id: number): NodeView {
  const summary = session.summary(id);
  const body = summary && loadBody(session.database, id);
  if (!summary || !body) throw notFound(`There is no node ${id} in this case.`);
  const { statuses, weights, explain } = session.evaluate();
  return {
    ...summary,
    body,
    status: statuses.get(id) ?? null,
    statusReason: explain(id),
    effectiveWeight: weights.get(id) ?? null,
    childIds: childIds(session.database, id),
  };
}
