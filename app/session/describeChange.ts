import type { ChangeCause, ChangedNode, ChangeEvent, UndoState } from '../api/changeEvent';
import type { Evaluation } from '../evaluate/evaluation';
import type { Finding } from '../evaluate/finding';
import { sameFindings } from '../evaluate/liveEvaluation';
import type { CaseInfo } from '../model/types';
import { type CaseView, changedNode, sameNode } from './caseView';

/** How the evaluation changed: the nodes whose status or weight changed and the findings that changed. */
export interface EvaluationChange {
  statusIds: Iterable<number>;
  findings: Map<number, Finding[]>;
  authorityFindings: Finding[] | null;
}

/** What the session knows of one change, from which its event is made. */
export interface ChangeFacts {
  revision: number;
  cause: ChangeCause;
  origin: string | null;
  /** The nodes the change wrote and their ancestors (before and after), with what views showed of them before. */
  previous: ReadonlyMap<number, ChangedNode | undefined>;
  after: CaseView;
  evaluation: EvaluationChange;
  bodies: readonly number[];
  caseInfo: ({ path: string } & CaseInfo) | null;
  authorities: boolean;
  undo: UndoState;
}

/**
 * What views showed, before a change, of the nodes it wrote and of their ancestors before and after it (whose status,
 * reason or number of children may follow); read before the evaluation follows the change.
 */
export function previousRows(
  before: CaseView,
  after: Pick<CaseView, 'node'>,
  touched: readonly number[],
): Map<number, ChangedNode | undefined> {
  const previous = new Map<number, ChangedNode | undefined>();
  const addWithAncestors = (view: Pick<CaseView, 'node'>, id: number) => {
    if (!previous.has(id)) previous.set(id, changedNode(before, id));
    for (let parent = view.node(id)?.parentId ?? null; parent !== null && !previous.has(parent); ) {
      previous.set(parent, changedNode(before, parent));
      parent = view.node(parent)?.parentId ?? null;
    }
  };
  for (const id of touched) {
    addWithAncestors(before, id);
    addWithAncestors(after, id);
  }
  return previous;
}

/** Makes the event of one change from what views showed before it and what they show after it. */
export function describeChange(facts: ChangeFacts): ChangeEvent {
  const { after, previous } = facts;
  const event: ChangeEvent = {
    revision: facts.revision,
    cause: facts.cause,
    origin: facts.origin,
    nodes: { added: [], changed: [], moved: [], removed: [] },
    bodies: facts.bodies.filter((id) => previous.get(id) !== undefined && after.node(id) !== undefined),
    findings: Object.fromEntries(facts.evaluation.findings),
    authorityFindings: facts.evaluation.authorityFindings,
    caseInfo: facts.caseInfo,
    authorities: facts.authorities,
    undo: facts.undo,
  };
  for (const [id, row] of previous) sortNode(event, after, id, row, true);
  const seen = new Set(previous.keys());
  for (const id of facts.evaluation.statusIds) {
    for (let current: number | null = id; current !== null && !seen.has(current); ) {
      seen.add(current);
      sortNode(event, after, current, undefined, false);
      current = after.node(current)?.parentId ?? null;
    }
  }
  return event;
}

function sortNode(
  event: ChangeEvent,
  after: CaseView,
  id: number,
  previous: ChangedNode | undefined,
  known: boolean,
): void {
  const row = changedNode(after, id);
  if (!row) {
    if (previous) event.nodes.removed.push(id);
    return;
  }
  if (known && !previous) event.nodes.added.push(row);
  else if (previous && (previous.parentId !== row.parentId || previous.position !== row.position)) {
    event.nodes.moved.push(row);
  } else if (!previous || !sameNode(previous, row)) event.nodes.changed.push(row);
}

/** How a case's evaluation changed, by comparing two whole evaluations. */
export function compareEvaluations(
  before: Evaluation,
  after: Evaluation,
  ids: Iterable<number>,
  beforeIds: Iterable<number>,
): EvaluationChange {
  const statusIds: number[] = [];
  const differs = (id: number) =>
    before.statuses.get(id) !== after.statuses.get(id) || before.weights.get(id) !== after.weights.get(id);
  for (const id of ids) if (differs(id)) statusIds.push(id);
  for (const id of beforeIds) if (!after.statuses.has(id) && before.statuses.has(id)) statusIds.push(id);
  const previous = groupByNode(before.findings);
  const next = groupByNode(after.findings);
  const findings = new Map<number, Finding[]>();
  let authorityFindings: Finding[] | null = null;
  const set = (key: number | null, list: Finding[]) => {
    if (key === null) authorityFindings = list;
    else findings.set(key, list);
  };
  for (const [key, list] of next) if (!sameFindings(previous.get(key), list)) set(key, list);
  for (const key of previous.keys()) if (!next.has(key)) set(key, []);
  return { statusIds, findings, authorityFindings };
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
