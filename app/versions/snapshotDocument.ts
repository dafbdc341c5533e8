import { bodyCitations } from '../body/bodyText';
import type { BodyDocument } from '../body/types';
import type { Evaluation } from '../evaluate/index';
import { evaluate } from '../evaluate/index';
import type { CasewrightDocument } from '../interchange/documentSchema';
import { documentFromRows, type ExportRow } from '../interchange/exportDocument';
import type { Authority, CaseInfo, CslItem, NodeSummary } from '../model/types';
import { caseInfoFromRow } from '../store/caseInfoStore';
import type { CaseSnapshot, SnapshotNode } from './caseSnapshot';

/** A snapshot read as the rest of Casewright reads a case: metadata, authorities, summaries, evaluation. */
export interface SnapshotView {
  info: CaseInfo;
  authorities: Authority[];
  summaries: NodeSummary[];
  evaluation: Evaluation;
}

/** The metadata, authorities, node summaries and evaluation of a snapshot. */
export function viewSnapshot(snapshot: CaseSnapshot): SnapshotView {
  const stored = snapshot.caseInfo;
  const info = caseInfoFromRow([
    stored.title,
    stored.forum,
    stored.applicant,
    stored.respondent,
    stored.side,
    stored.citationStyle,
    stored.settings,
  ]);
  const authorities = [...snapshot.authorities.values()]
    .map((authority) => ({ ...authority, csl: JSON.parse(authority.csl) as CslItem }))
    .sort((a, b) => a.key.localeCompare(b.key, undefined, { sensitivity: 'base' }));
  const summaries = [...snapshot.nodes.values()].sort((a, b) => a.id - b.id).map(toSummary);
  const evaluation = evaluate({
    nodes: summaries,
    authorities,
    caseSide: info.side,
    thresholds: info.thresholds,
  });
  return { info, authorities, summaries, evaluation };
}

/** A snapshot as a `casewright/1` document, with each node's status. */
export function snapshotDocument(
  snapshot: CaseSnapshot,
  view: SnapshotView = viewSnapshot(snapshot),
): CasewrightDocument {
  const rows = [...snapshot.nodes.values()]
    .sort(siblingOrder)
    .map(
      (node): ExportRow => [
        node.id,
        node.parentId,
        node.kind,
        node.title,
        node.body,
        node.side,
        node.mode,
        node.standard,
        node.weight,
        node.assessment,
        node.disputed,
        node.tags,
      ],
    );
  return documentFromRows(view.info, view.authorities, rows, { statuses: view.evaluation.statuses });
}

function siblingOrder(a: SnapshotNode, b: SnapshotNode): number {
  return (a.parentId ?? -1) - (b.parentId ?? -1) || a.position - b.position;
}

function toSummary(node: SnapshotNode): NodeSummary {
  return {
    id: node.id,
    parentId: node.parentId,
    position: node.position,
    kind: node.kind,
    title: node.title,
    side: node.side as NodeSummary['side'],
    mode: node.mode as NodeSummary['mode'],
    standard: node.standard as NodeSummary['standard'],
    weight: node.weight as NodeSummary['weight'],
    assessment: node.assessment as NodeSummary['assessment'],
    disputed: node.disputed === 1,
    tags: JSON.parse(node.tags) as string[],
    citations: node.body === '' ? [] : bodyCitations(JSON.parse(node.body) as BodyDocument),
  };
}
