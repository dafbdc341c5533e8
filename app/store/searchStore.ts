import type Database from 'better-sqlite3';
import { statement } from './statements';

export interface SearchHit {
  nodeId: number;
  snippet: string;
}

/**
 * Turns what a user typed into an FTS5 query: every word must match, the last as a prefix, and
 * nothing the user typed is read as FTS5 syntax.
 */
export function toFtsQuery(query: string): string | undefined {
  const words = query.match(/[\p{L}\p{N}_]+/gu);
  if (!words || words.length === 0) return undefined;
  return words.map((word, index) => `"${word}"${index === words.length - 1 ? '*' : ''}`).join(' ');
}

/** Full-text search over titles and bodies, best match first (titles count more). */
export function searchNodes(database: Database.Database, query: string, limit: number): SearchHit[] {
  const match = toFtsQuery(query);
  if (!match) return [];
  const rows = statement(
    database,
    `SELECT rowid, snippet(nodes_fts, -1, '«', '»', '…', 12) FROM nodes_fts WHERE nodes_fts MATCH ?
     ORDER BY bm25(nodes_fts, 4.0, 1.0) LIMIT ?`,
  )
    .raw()
    .all(match, limit) as [number, string][];
  return rows.map(([nodeId, snippet]) => ({ nodeId, snippet }));
}
