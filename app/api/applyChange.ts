import type { Finding } from '../evaluate/finding';
import type { ChangedNode, ChangeEvent } from './changeEvent';
import type { OutlineRow } from './views';

/** What a view holds of a case that a change event updates: the outline in reading order and the gap report. */
export interface HeldOutline {
  rows: OutlineRow[];
  findings: Finding[];
}

/** Applies one change to what a view holds; unchanged parts keep their identity. Pure: the renderer uses it too. */
export function applyChange(held: HeldOutline, event: ChangeEvent): HeldOutline {
  const rows = applyToRows(held.rows, event);
  const findingsChanged = Object.keys(event.findings).length > 0 || event.authorityFindings !== null;
  const structural = rows !== held.rows && isStructural(event);
  if (!findingsChanged && !structural) return { rows, findings: held.findings };
  return { rows, findings: applyToFindings(held.findings, rows, event) };
}

function isStructural({ nodes }: ChangeEvent): boolean {
  return nodes.added.length > 0 || nodes.moved.length > 0 || nodes.removed.length > 0;
}

function toRow(node: ChangedNode): OutlineRow {
  return {
    id: node.id,
    parentId: node.parentId,
    depth: node.depth,
    position: node.position,
    kind: node.kind,
    title: node.title,
    side: node.side,
    status: node.status,
    effectiveWeight: node.effectiveWeight,
    childCount: node.childCount,
  };
}

function applyToRows(rows: OutlineRow[], event: ChangeEvent): OutlineRow[] {
  const { added, changed, moved, removed } = event.nodes;
  if (!isStructural(event)) {
    if (changed.length === 0) return rows;
    const byId = new Map(changed.map((node) => [node.id, toRow(node)]));
    return rows.map((row) => byId.get(row.id) ?? row);
  }
  const byId = new Map(rows.map((row) => [row.id, row]));
  for (const id of removed) byId.delete(id);
  for (const node of [...added, ...moved, ...changed]) byId.set(node.id, toRow(node));
  return inReadingOrder(byId);
}

/** The rows depth first by position, with their depth worked out again (a move changes a whole subtree's). */
function inReadingOrder(byId: Map<number, OutlineRow>): OutlineRow[] {
  const children = new Map<number | null, OutlineRow[]>();
  for (const row of byId.values()) {
    const parent = row.parentId !== null && byId.has(row.parentId) ? row.parentId : null;
    const siblings = children.get(parent);
    if (siblings) siblings.push(row);
    else children.set(parent, [row]);
  }
  for (const siblings of children.values()) siblings.sort((left, right) => left.position - right.position);
  const ordered: OutlineRow[] = [];
  const stack: { row: OutlineRow; depth: number }[] = [];
  const push = (parent: number | null, depth: number) => {
    const list = children.get(parent) ?? [];
    for (let index = list.length - 1; index >= 0; index--) stack.push({ row: list[index]!, depth });
  };
  push(null, 0);
  while (stack.length > 0) {
    const { row, depth } = stack.pop()!;
    ordered.push(row.depth === depth ? row : { ...row, depth });
    push(row.id, depth + 1);
  }
  return ordered;
}

function applyToFindings(findings: readonly Finding[], rows: readonly OutlineRow[], event: ChangeEvent): Finding[] {
  return (isStructural(event) ? undefined : replacedInPlace(findings, event)) ?? inNodeOrder(findings, rows, event);
}

/**
 * The findings with each changed node's replaced where its own stood and the authorities' replaced at the end, when
 * no node gained findings it had none of (whose place would have to be found in the outline); otherwise undefined.
 * Typing a title on a 10,000-node case then reads the findings, not the outline.
 */
function replacedInPlace(findings: readonly Finding[], event: ChangeEvent): Finding[] | undefined {
  const changed = new Map(Object.entries(event.findings).map(([id, group]) => [Number(id), group]));
  const had = new Set<number>();
  for (const finding of findings) if (finding.nodeId !== null && changed.has(finding.nodeId)) had.add(finding.nodeId);
  for (const [id, group] of changed) if (group.length > 0 && !had.has(id)) return undefined;
  const replaced: Finding[] = [];
  const placed = new Set<number>();
  for (const finding of findings) {
    if (finding.nodeId === null) {
      if (!event.authorityFindings) replaced.push(finding);
      continue;
    }
    const group = changed.get(finding.nodeId);
    if (!group) replaced.push(finding);
    else if (!placed.has(finding.nodeId)) {
      placed.add(finding.nodeId);
      for (const each of group) replaced.push(each);
    }
  }
  if (event.authorityFindings) for (const finding of event.authorityFindings) replaced.push(finding);
  return replaced;
}

/** The findings in the outline's reading order, node by node, then the authorities'. */
function inNodeOrder(findings: readonly Finding[], rows: readonly OutlineRow[], event: ChangeEvent): Finding[] {
  const byNode = new Map<number, Finding[]>();
  let authorityFindings: Finding[] = [];
  for (const finding of findings) {
    if (finding.nodeId === null) {
      authorityFindings.push(finding);
      continue;
    }
    const group = byNode.get(finding.nodeId);
    if (group) group.push(finding);
    else byNode.set(finding.nodeId, [finding]);
  }
  for (const [id, group] of Object.entries(event.findings)) byNode.set(Number(id), group);
  for (const id of event.nodes.removed) byNode.delete(id);
  if (event.authorityFindings) authorityFindings = event.authorityFindings;
  const ordered: Finding[] = [];
  for (const row of rows) {
    const group = byNode.get(row.id);
    if (group) for (const finding of group) ordered.push(finding);
  }
  for (const finding of authorityFindings) ordered.push(finding);
  return ordered;
}
