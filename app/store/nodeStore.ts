import type Database from 'better-sqlite3';
import { bodyCitations, bodyPlainText } from '../body/bodyText';
import type { BodyDocument } from '../body/types';
import { emptyBody } from '../body/types';
import { fromColumn, NODE_FIELD_COLUMNS, NODE_FIELD_NAMES, type NodeFields, toColumn } from '../model/nodeFields';
import type { CitationRef, NodeSummary } from '../model/types';
import { statement } from './statements';

export type { NodeFields };

/** The node's place, its fields, and whether it is a question without a prepared answer. */
const SUMMARY_COLUMNS = [
  'id',
  'parent_id',
  'position',
  ...NODE_FIELD_COLUMNS,
  "CASE WHEN kind = 'question' THEN text = '' ELSE 0 END",
].join(', ');
const NO_CITATIONS: CitationRef[] = [];

/** A row of SUMMARY_COLUMNS: the node's place, then its fields as stored, then whether it is unanswered. */
type SummaryRow = [number, number | null, number, ...unknown[]];

function toSummary(row: SummaryRow): NodeSummary {
  const summary: Record<string, unknown> = { id: row[0], parentId: row[1], position: row[2] };
  for (let index = 0; index < NODE_FIELD_NAMES.length; index++) {
    const name = NODE_FIELD_NAMES[index]!;
    summary[name] = fromColumn(name, row[3 + index]);
  }
  summary.unanswered = row[3 + NODE_FIELD_NAMES.length] === 1;
  summary.citations = NO_CITATIONS;
  return summary as unknown as NodeSummary;
}

const columnValues = (fields: NodeFields) => NODE_FIELD_NAMES.map((name) => toColumn(name, fields[name]));
const INSERT_NODE = `INSERT INTO nodes (parent_id, position, ${NODE_FIELD_COLUMNS.join(', ')}, body, text)
  VALUES (${new Array(NODE_FIELD_COLUMNS.length + 4).fill('?').join(', ')})`;
const UPDATE_FIELDS = `UPDATE nodes SET ${NODE_FIELD_COLUMNS.map((column) => `${column} = ?`).join(', ')} WHERE id = ?`;

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
  const result = statement(database, INSERT_NODE).run(
    parentId,
    position,
    ...columnValues(fields),
    empty ? '' : JSON.stringify(body),
    empty ? '' : bodyPlainText(body),
  );
  const id = Number(result.lastInsertRowid);
  if (!empty) writeCitations(database, id, bodyCitations(body));
  return id;
}

/** Replaces a node's fields. */
export function updateFields(database: Database.Database, id: number, fields: NodeFields): void {
  statement(database, UPDATE_FIELDS).run(...columnValues(fields), id);
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
