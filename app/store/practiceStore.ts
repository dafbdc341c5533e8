import type Database from 'better-sqlite3';
import { bodyToMarkdown } from '../body/bodyToMarkdown';
import type { BodyDocument } from '../body/types';
import type { PracticeRecord, PracticeRun } from '../oral/practiceRecord';
import { statement } from './statements';

/** Records a practice run (outside the undo history: a run is a log, not an edit) and returns its id. */
export function insertPracticeRun(database: Database.Database, record: PracticeRecord): number {
  const result = statement(
    database,
    'INSERT INTO practice_runs (started_at, speaker, rating, record) VALUES (?, ?, ?, ?)',
  ).run(record.startedAt, record.speaker, record.rating ?? null, JSON.stringify(record));
  return Number(result.lastInsertRowid);
}

/** Sets a run's self-rating; false when there is no such run. */
export function ratePracticeRun(database: Database.Database, id: number, rating: number): boolean {
  const row = statement(database, 'SELECT record FROM practice_runs WHERE id = ?').pluck().get(id) as
    | string
    | undefined;
  if (row === undefined) return false;
  const record = { ...(JSON.parse(row) as PracticeRecord), rating };
  statement(database, 'UPDATE practice_runs SET rating = ?, record = ? WHERE id = ?').run(
    rating,
    JSON.stringify(record),
    id,
  );
  return true;
}

/** Every practice run, oldest first. */
export function listPracticeRuns(database: Database.Database): PracticeRun[] {
  const rows = statement(database, 'SELECT id, record FROM practice_runs ORDER BY id').raw().all() as [
    number,
    string,
  ][];
  // Runs recorded before reply rounds could be practised were speeches.
  return rows.map(([id, text]) => {
    const record = JSON.parse(text) as Partial<PracticeRecord> & Omit<PracticeRecord, 'round'>;
    return { id, ...record, round: record.round ?? 'speech' };
  });
}

/**
 * The prepared answer of every question, by id: its body as Markdown, citations as written, `[@key, pinpoint]`, so
 * that a printed answer shows what it cites (the plain text kept for search runs key and pinpoint into the text).
 */
export function loadQuestionAnswers(database: Database.Database): Map<number, string> {
  const rows = statement(database, "SELECT id, body FROM nodes WHERE kind = 'question'").raw().all() as [
    number,
    string,
  ][];
  return new Map(rows.map(([id, body]) => [id, body === '' ? '' : bodyToMarkdown(JSON.parse(body) as BodyDocument)]));
}
