import { bodyCitations } from '../body/bodyText';
import type { BodyDocument } from '../body/types';
import type { Evaluation } from '../evaluate/index';
import { evaluate } from '../evaluate/index';
import type { CasewrightDocument } from '../interchange/documentSchema';
import { documentFromRows, type ExportRow } from '../interchange/exportDocument';
import { fromColumn, NODE_FIELD_NAMES, type NodeFieldName, type NodeFields } from '../model/nodeFields';
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
        node.body,
        ...NODE_FIELD_NAMES.map((name) => storedField(node, name)),
      ],
    );
  return documentFromRows(view.info, view.authorities, rows, { statuses: view.evaluation.statuses });
}

/** A field's stored value in a snapshot node; null for a field the versions do not keep. */
function storedField(node: SnapshotNode, name: NodeFieldName): unknown {
  return (node as unknown as Record<string, unknown>)[name] ?? null;
}

function siblingOrder(a: SnapshotNode, b: SnapshotNode): number {
  return (a.parentId ?? -1) - (b.parentId ?? -1) || a.position - b.position;
}

function toSummary(node: SnapshotNode): NodeSummary {
  const fields = Object.fromEntries(NODE_FIELD_NAMES.map((name) => [name, fromColumn(name, storedField(node, name))]));
  return {
    id: node.id,
    parentId: node.parentId,
    position: node.position,
    ...(fields as unknown as NodeFields),
    citations: node.body === '' ? [] : bodyCitations(JSON.parse(node.body) as BodyDocument),
  };
}
