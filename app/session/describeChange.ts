import type { ChangeCause, ChangedNode, ChangeEvent, UndoState } from '../api/changeEvent';
import type { Finding } from '../evaluate/finding';
import type { CaseInfo } from '../model/types';
import { type CaseView, changedNode, sameNode } from './caseView';

/** What the session knows of one change, from which its event is made. */
export interface ChangeFacts {
  revision: number;
  cause: ChangeCause;
  origin: string | null;
  before: CaseView;
  after: CaseView;
  /** The nodes the change wrote (added, updated, moved or deleted). */
  touched: readonly number[];
  /** Every node id of the case after the change, for comparing statuses. */
  ids: Iterable<number>;
  bodies: readonly number[];
  caseInfo: ({ path: string } & CaseInfo) | null;
  authorities: boolean;
  undo: UndoState;
}

/** Makes the event of one change by comparing what views showed before it with what they show after it. */
export function describeChange(facts: ChangeFacts): ChangeEvent {
  const { before, after } = facts;
  const candidates = new Set<number>();
  const addWithAncestors = (view: CaseView, id: number) => {
    candidates.add(id);
    for (let parent = view.node(id)?.parentId ?? null; parent !== null && !candidates.has(parent); ) {
      candidates.add(parent);
      parent = view.node(parent)?.parentId ?? null;
    }
  };
  for (const id of facts.touched) {
    addWithAncestors(before, id);
    addWithAncestors(after, id);
  }
  const beforeEvaluation = before.evaluation;
  const afterEvaluation = after.evaluation;
  for (const id of facts.ids) {
    if (
      beforeEvaluation.statuses.get(id) !== afterEvaluation.statuses.get(id) ||
      beforeEvaluation.weights.get(id) !== afterEvaluation.weights.get(id)
    ) {
      addWithAncestors(after, id);
    }
  }
  const event: ChangeEvent = {
    revision: facts.revision,
    cause: facts.cause,
    origin: facts.origin,
    nodes: { added: [], changed: [], moved: [], removed: [] },
    bodies: facts.bodies.filter((id) => before.node(id) !== undefined && after.node(id) !== undefined),
    findings: {},
    authorityFindings: null,
    caseInfo: facts.caseInfo,
    authorities: facts.authorities,
    undo: facts.undo,
  };
  for (const id of candidates) sortNode(event, before, after, id);
  compareFindings(event, beforeEvaluation.findings, afterEvaluation.findings);
  return event;
}

function sortNode(event: ChangeEvent, before: CaseView, after: CaseView, id: number): void {
  const old = before.node(id);
  const next = after.node(id);
  if (!next) {
    if (old) event.nodes.removed.push(id);
    return;
  }
  const row = changedNode(after, id)!;
  if (!old) {
    event.nodes.added.push(row);
    return;
  }
  if (old.parentId !== next.parentId || old.position !== next.position) {
    event.nodes.moved.push(row);
    return;
  }
  const previous: ChangedNode = changedNode(before, id)!;
  if (!sameNode(previous, row)) event.nodes.changed.push(row);
}

function compareFindings(event: ChangeEvent, before: readonly Finding[], after: readonly Finding[]): void {
  const previous = groupByNode(before);
  const next = groupByNode(after);
  for (const [key, findings] of next) {
    if (!sameFindings(previous.get(key), findings)) setFindings(event, key, findings);
  }
  for (const key of previous.keys()) {
    if (!next.has(key)) setFindings(event, key, []);
  }
}

function setFindings(event: ChangeEvent, key: number | null, findings: Finding[]): void {
  if (key === null) event.authorityFindings = findings;
  else event.findings[key] = findings;
}

function groupByNode(findings: readonly Finding[]): Map<number | null, Finding[]> {
  const groups = new Map<number | null, Finding[]>();
  for (const finding of findings) {
    const group = groups.get(finding.nodeId);
    if (group) group.push(finding);
    else groups.set(finding.nodeId, [finding]);
  }
  return groups;
}

function sameFindings(first: readonly Finding[] | undefined, second: readonly Finding[]): boolean {
  if (!first || first.length !== second.length) return false;
  return first.every(
    (finding, index) =>
      finding.rule === second[index]!.rule &&
      finding.message === second[index]!.message &&
      finding.hint === second[index]!.hint &&
      finding.authorityKey === second[index]!.authorityKey,
  );
}
