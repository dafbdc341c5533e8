import { bodyCitations } from '../body/bodyText';
import type { BodyDocument } from '../body/types';
import type { Evaluation } from '../evaluate/index';
import { evaluate } from '../evaluate/index';
import type { CasewrightDocument } from '../interchange/documentSchema';
import { documentFromRows, type ExportRow } from '../interchange/exportDocument';
import { fromColumn, NODE_FIELD_NAMES, type NodeFieldName, type NodeFields } from '../model/nodeFields';
import type { Authority, CaseInfo, CitationRef, CslItem, NodeSummary } from '../model/types';
import { caseInfoFromRow } from '../store/caseInfoStore';
import type { CaseSnapshot, SnapshotNode } from './caseSnapshot';

/** A snapshot read as the rest of Casewright reads a case: metadata, authorities, summaries, evaluation. */
export interface SnapshotView {
  info: CaseInfo;
  authorities: Authority[];
  summaries: NodeSummary[];
  evaluation: Evaluation;
}

/** Summaries already known for the nodes of another snapshot (the case now, as its session holds them). */
export interface KnownSummaries {
  nodes: ReadonlyMap<number, SnapshotNode>;
  summaries: ReadonlyMap<number, NodeSummary>;
}

/**
 * The metadata, authorities, node summaries and evaluation of a snapshot. A node that is the very same object in
 * `known.nodes`, with its citations as indexed now, takes its summary from `known` instead of building it again.
 */
export function viewSnapshot(snapshot: CaseSnapshot, known?: KnownSummaries): SnapshotView {
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
  const summaries = [...snapshot.nodes.values()]
    .sort((a, b) => a.id - b.id)
    .map((node) => knownSummary(node, snapshot, known) ?? toSummary(node, snapshot.citations));
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

function knownSummary(node: SnapshotNode, snapshot: CaseSnapshot, known: KnownSummaries | undefined) {
  if (!known || known.nodes.get(node.id) !== node || !snapshot.citations?.has(node.id)) return undefined;
  return known.summaries.get(node.id);
}

const NO_CITATIONS: CitationRef[] = [];

function toSummary(node: SnapshotNode, indexed: ReadonlyMap<number, CitationRef[]> | undefined): NodeSummary {
  const fields = Object.fromEntries(NODE_FIELD_NAMES.map((name) => [name, fromColumn(name, storedField(node, name))]));
  return {
    id: node.id,
    parentId: node.parentId,
    position: node.position,
    ...(fields as unknown as NodeFields),
    citations:
      indexed?.get(node.id) ?? (node.body === '' ? NO_CITATIONS : bodyCitations(JSON.parse(node.body) as BodyDocument)),
  };
}
