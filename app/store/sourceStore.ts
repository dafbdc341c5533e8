import type Database from 'better-sqlite3';
import type { SourceContent, SourceFileFormat, SourceUnit } from '../sources/sourceTypes';
import { statement } from './statements';

/** A source as listed: which authority it is the text of, the file, and how many units of each kind it has. */
export interface SourceEntry {
  authorityId: number;
  fileName: string;
  format: SourceFileFormat;
  bytes: number;
  characters: number;
  attachedAt: string;
}

/** What a source file became when it was attached: the file itself, its text and its units. */
export interface SourceRecord extends SourceContent {
  authorityId: number;
  fileName: string;
  format: SourceFileFormat;
  content: Uint8Array;
  attachedAt: string;
}

/** Attaches a source to an authority, replacing the one it had. */
export function putSource(database: Database.Database, record: SourceRecord): void {
  statement(
    database,
    'INSERT OR REPLACE INTO sources (authority_id, file_name, format, content, text, units, attached_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  ).run(
    record.authorityId,
    record.fileName,
    record.format,
    Buffer.from(record.content),
    record.text,
    JSON.stringify(record.units),
    record.attachedAt,
  );
}

/** Removes an authority's source; whether it had one. */
export function removeSource(database: Database.Database, authorityId: number): boolean {
  return statement(database, 'DELETE FROM sources WHERE authority_id = ?').run(authorityId).changes > 0;
}

/** Every source of the case, without its file or text. */
export function listSources(database: Database.Database): SourceEntry[] {
  return statement(
    database,
    'SELECT authority_id AS authorityId, file_name AS fileName, format, length(content) AS bytes, length(text) AS characters, attached_at AS attachedAt FROM sources ORDER BY authority_id',
  ).all() as SourceEntry[];
}

/** The text and units of an authority's source. */
export function loadSourceContent(database: Database.Database, authorityId: number): SourceContent | undefined {
  const row = statement(database, 'SELECT text, units FROM sources WHERE authority_id = ?').raw().get(authorityId) as
    | [string, string]
    | undefined;
  return row ? { text: row[0], units: JSON.parse(row[1]) as SourceUnit[] } : undefined;
}

/** The file of an authority's source, as it was attached. */
export function loadSourceFile(
  database: Database.Database,
  authorityId: number,
): { fileName: string; format: SourceFileFormat; content: Buffer } | undefined {
  return statement(database, 'SELECT file_name AS fileName, format, content FROM sources WHERE authority_id = ?').get(
    authorityId,
  ) as { fileName: string; format: SourceFileFormat; content: Buffer } | undefined;
}

/** A citation checked by hand: the citation as it stood, who checked it and on what date. */
export interface HandCheck {
  nodeId: number;
  key: string;
  pinpoint: string;
  quote: string;
  checkedBy: string;
  checkedOn: string;
}

/** Records (or replaces) a check by hand. */
export function putHandCheck(database: Database.Database, check: HandCheck): void {
  statement(
    database,
    'INSERT OR REPLACE INTO citation_checks (node_id, authority_key, pinpoint, quote, checked_by, checked_on) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(check.nodeId, check.key, check.pinpoint, check.quote, check.checkedBy, check.checkedOn);
}

/** Withdraws a check by hand; whether there was one. */
export function removeHandCheck(
  database: Database.Database,
  check: Omit<HandCheck, 'checkedBy' | 'checkedOn'>,
): boolean {
  return (
    statement(
      database,
      'DELETE FROM citation_checks WHERE node_id = ? AND authority_key = ? AND pinpoint = ? AND quote = ?',
    ).run(check.nodeId, check.key, check.pinpoint, check.quote).changes > 0
  );
}

/** Every check by hand, for the citations of the case. */
export function listHandChecks(database: Database.Database): HandCheck[] {
  return statement(
    database,
    'SELECT node_id AS nodeId, authority_key AS key, pinpoint, quote, checked_by AS checkedBy, checked_on AS checkedOn FROM citation_checks',
  ).all() as HandCheck[];
}
