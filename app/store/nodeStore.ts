import type Database from 'better-sqlite3';
import { bodyCitations, bodyPlainText } from '../body/bodyText';
import type { BodyDocument } from '../body/types';
import { emptyBody } from '../body/types';
import type { Difficulty } from '../model/oral';
import type { Assessment, CitationRef, Mode, NodeKind, NodeSummary, ProofStandard, Side, Weight } from '../model/types';
import { statement } from './statements';

/** The fields of a node a user edits, apart from its place in the tree and its body. */
export interface NodeFields {
  kind: NodeKind;
  title: string;
  side: Side | null;
  mode: Mode | null;
  standard: ProofStandard | null;
  weight: Weight | null;
  assessment: Assessment | null;
  disputed: boolean;
  tags: string[];
  speaker?: string | null;
  minutes?: number | null;
  difficulty?: Difficulty | null;
}

const SUMMARY_COLUMNS =
  "id, parent_id, position, kind, title, side, mode, standard, weight, assessment, disputed, tags, speaker, minutes, difficulty, CASE WHEN kind = 'question' THEN text = '' ELSE 0 END";
const NO_TAGS: string[] = [];
const NO_CITATIONS: CitationRef[] = [];

type SummaryRow = [
  number,
  number | null,
  number,
  NodeKind,
  string,
  Side | null,
  Mode | null,
  ProofStandard | null,
  Weight | null,
  Assessment | null,
  number,
  string,
  string | null,
  number | null,
  Difficulty | null,
  number,
];

function toSummary(row: SummaryRow): NodeSummary {
  return {
    id: row[0],
    parentId: row[1],
    position: row[2],
    kind: row[3],
    title: row[4],
    side: row[5],
    mode: row[6],
    standard: row[7],
    weight: row[8],
    assessment: row[9],
    disputed: row[10] === 1,
    tags: row[11] === '[]' ? NO_TAGS : (JSON.parse(row[11]) as string[]),
    speaker: row[12],
    minutes: row[13],
    difficulty: row[14],
    unanswered: row[15] === 1,
    citations: NO_CITATIONS,
  };
}

/** Every node of the case without its body, with its citations, by id. */
export function loadSummaries(database: Database.Database): Map<number, NodeSummary> {
  const rows = statement(database, `SELECT ${SUMMARY_COLUMNS} FROM nodes ORDER BY id`).raw().all() as SummaryRow[];
  const citations = statement(database, 'SELECT node_id, authority_key, pinpoint FROM citations ORDER BY node_id, seq')
    .raw()
    .all() as [number, string, string][];
  const summaries = new Map<number, NodeSummary>();
  let next = 0;
  for (const row of rows) {
    const summary = toSummary(row);
    while (next < citations.length && citations[next]![0] < summary.id) next++;
    if (next < citations.length && citations[next]![0] === summary.id) {
      summary.citations = [];
      for (; next < citations.length && citations[next]![0] === summary.id; next++) {
        summary.citations.push({ key: citations[next]![1], pinpoint: citations[next]![2] });
      }
    }
    summaries.set(summary.id, summary);
  }
  return summaries;
}

/** The summaries of the given nodes that still exist. */
export function loadSummariesById(database: Database.Database, ids: readonly number[]): NodeSummary[] {
  const summaries = new Map<number, NodeSummary>();
  const select = statement(database, `SELECT ${SUMMARY_COLUMNS} FROM nodes WHERE id = ?`).raw();
  const selectCitations = statement(
    database,
    'SELECT node_id, authority_key, pinpoint FROM citations WHERE node_id = ? ORDER BY seq',
  ).raw();
  const citations: [number, string, string][] = [];
  for (const id of ids) {
    const row = select.get(id) as SummaryRow | undefined;
    if (!row) continue;
    summaries.set(id, toSummary(row));
    for (const citation of selectCitations.all(id) as [number, string, string][]) citations.push(citation);
  }
  attachCitations(summaries, citations);
  return [...summaries.values()];
}

function attachCitations(summaries: Map<number, NodeSummary>, rows: [number, string, string][]): void {
  for (const [nodeId, key, pinpoint] of rows) {
    const summary = summaries.get(nodeId);
    if (!summary) continue;
    if (summary.citations === NO_CITATIONS) summary.citations = [];
    summary.citations.push({ key, pinpoint });
  }
}

/** A node's body, or undefined when there is no such node. */
export function loadBody(database: Database.Database, id: number): BodyDocument | undefined {
  const body = statement(database, 'SELECT body FROM nodes WHERE id = ?').pluck().get(id) as string | undefined;
  if (body === undefined) return undefined;
  return body === '' ? emptyBody() : (JSON.parse(body) as BodyDocument);
}

/** Whether a node exists. */
export function nodeExists(database: Database.Database, id: number): boolean {
  return statement(database, 'SELECT 1 FROM nodes WHERE id = ?').pluck().get(id) !== undefined;
}

/** The parent and position of a node. */
export function nodePlace(
  database: Database.Database,
  id: number,
): { parentId: number | null; position: number } | undefined {
  const row = statement(database, 'SELECT parent_id, position FROM nodes WHERE id = ?').raw().get(id) as
    | [number | null, number]
    | undefined;
  return row ? { parentId: row[0], position: row[1] } : undefined;
}

/** The ids of a node's children (or of the top-level nodes, for null), in order. */
export function childIds(database: Database.Database, parentId: number | null): number[] {
  return statement(database, 'SELECT id FROM nodes WHERE parent_id IS ? ORDER BY position')
    .pluck()
    .all(parentId) as number[];
}

/** Inserts a node at `index` among its siblings (the end when beyond) and returns its id. */
export function insertNode(
  database: Database.Database,
  parentId: number | null,
  index: number,
  fields: NodeFields,
  body: BodyDocument,
): number {
  const count = childCount(database, parentId);
  const position = Math.max(0, Math.min(index, count));
  statement(database, 'UPDATE nodes SET position = position + 1 WHERE parent_id IS ? AND position >= ?').run(
    parentId,
    position,
  );
  const empty = body.content.length === 0;
  const result = statement(
    database,
    `INSERT INTO nodes (parent_id, position, kind, title, side, mode, standard, weight, assessment, disputed, tags, speaker, minutes, difficulty, body, text)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    parentId,
    position,
    fields.kind,
    fields.title,
    fields.side,
    fields.mode,
    fields.standard,
    fields.weight,
    fields.assessment,
    fields.disputed ? 1 : 0,
    JSON.stringify(fields.tags),
    fields.speaker ?? null,
    fields.minutes ?? null,
    fields.difficulty ?? null,
    empty ? '' : JSON.stringify(body),
    empty ? '' : bodyPlainText(body),
  );
  const id = Number(result.lastInsertRowid);
  if (!empty) writeCitations(database, id, bodyCitations(body));
  return id;
}

/** Replaces a node's fields. */
export function updateFields(database: Database.Database, id: number, fields: NodeFields): void {
  statement(
    database,
    `UPDATE nodes SET kind = ?, title = ?, side = ?, mode = ?, standard = ?, weight = ?, assessment = ?, disputed = ?, tags = ?,
     speaker = ?, minutes = ?, difficulty = ?
     WHERE id = ?`,
  ).run(
    fields.kind,
    fields.title,
    fields.side,
    fields.mode,
    fields.standard,
    fields.weight,
    fields.assessment,
    fields.disputed ? 1 : 0,
    JSON.stringify(fields.tags),
    fields.speaker ?? null,
    fields.minutes ?? null,
    fields.difficulty ?? null,
    id,
  );
}

/** Replaces a node's body, with its plain text (search) and citation index, in the caller's transaction. */
export function updateBody(database: Database.Database, id: number, body: BodyDocument): void {
  const empty = body.content.length === 0;
  statement(database, 'UPDATE nodes SET body = ?, text = ? WHERE id = ?').run(
    empty ? '' : JSON.stringify(body),
    empty ? '' : bodyPlainText(body),
    id,
  );
  const citations = empty ? [] : bodyCitations(body);
  const current = statement(database, 'SELECT authority_key, pinpoint FROM citations WHERE node_id = ? ORDER BY seq')
    .raw()
    .all(id) as [string, string][];
  const unchanged =
    current.length === citations.length &&
    current.every(([key, pinpoint], index) => citations[index]!.key === key && citations[index]!.pinpoint === pinpoint);
  if (!unchanged) writeCitations(database, id, citations);
}

/** Rebuilds the citation index of a node from its stored body (after undo or redo). */
export function rebuildCitations(database: Database.Database, id: number): void {
  const body = loadBody(database, id);
  statement(database, 'DELETE FROM citations WHERE node_id = ?').run(id);
  if (body) writeCitations(database, id, bodyCitations(body), false);
}

function writeCitations(database: Database.Database, id: number, citations: CitationRef[], clear = true): void {
  if (clear) statement(database, 'DELETE FROM citations WHERE node_id = ?').run(id);
  const insert = statement(
    database,
    'INSERT INTO citations (node_id, seq, authority_key, pinpoint) VALUES (?, ?, ?, ?)',
  );
  citations.forEach((citation, seq) => {
    insert.run(id, seq, citation.key, citation.pinpoint);
  });
}

/** Moves a node to `index` among the children of `parentId` (the end when beyond). */
export function moveNode(database: Database.Database, id: number, parentId: number | null, index: number): void {
  const place = nodePlace(database, id);
  if (!place) return;
  closeGap(database, place.parentId, place.position);
  const count = childCount(database, parentId) - (place.parentId === parentId ? 1 : 0);
  const position = Math.max(0, Math.min(index, count));
  statement(
    database,
    'UPDATE nodes SET position = position + 1 WHERE parent_id IS ? AND position >= ? AND id != ?',
  ).run(parentId, position, id);
  statement(database, 'UPDATE nodes SET parent_id = ?, position = ? WHERE id = ?').run(parentId, position, id);
}

/** Deletes a node and everything below it; returns how many nodes were deleted. */
export function deleteSubtree(database: Database.Database, id: number): number {
  const place = nodePlace(database, id);
  if (!place) return 0;
  const order: number[] = [];
  const stack = [id];
  while (stack.length > 0) {
    const current = stack.pop()!;
    order.push(current);
    for (const child of childIds(database, current)) stack.push(child);
  }
  const deleteCitations = statement(database, 'DELETE FROM citations WHERE node_id = ?');
  const deleteNode = statement(database, 'DELETE FROM nodes WHERE id = ?');
  for (let index = order.length - 1; index >= 0; index--) {
    deleteCitations.run(order[index]);
    deleteNode.run(order[index]);
  }
  closeGap(database, place.parentId, place.position);
  return order.length;
}

function closeGap(database: Database.Database, parentId: number | null, position: number): void {
  statement(database, 'UPDATE nodes SET position = position - 1 WHERE parent_id IS ? AND position > ?').run(
    parentId,
    position,
  );
}

function childCount(database: Database.Database, parentId: number | null): number {
  return statement(database, 'SELECT count(*) FROM nodes WHERE parent_id IS ?').pluck().get(parentId) as number;
}
