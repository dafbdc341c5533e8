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

/** `@key` in a query: the nodes that cite that authority (a key's own characters, as bodySchema allows them). */
const AUTHORITY_TOKEN = /(?:^|\s)@([A-Za-z0-9_][A-Za-z0-9_:.\-/]*)/g;

/** The authority keys a query asks for (`@pulpmills`) and the words left for the full-text search. */
export function splitQuery(query: string): { keys: string[]; words: string } {
  const keys = [...query.matchAll(AUTHORITY_TOKEN)].map((match) => match[1]!.replace(/[.:/-]+$/, ''));
  return { keys: [...new Set(keys)], words: query.replace(AUTHORITY_TOKEN, ' ') };
}

/**
 * Full-text search over titles and bodies, best match first (titles count more). `@key` finds the nodes that cite
 * that authority; with words too, the nodes that cite it and hold the words.
 */
export function searchNodes(database: Database.Database, query: string, limit: number): SearchHit[] {
  const { keys, words } = splitQuery(query);
  if (keys.length > 0) return searchCitations(database, keys, toFtsQuery(words), limit);
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

/** The nodes that cite every one of `keys` (and match `match`, when given), oldest first, with their pinpoints. */
function searchCitations(
  database: Database.Database,
  keys: readonly string[],
  match: string | undefined,
  limit: number,
): SearchHit[] {
  const placeholders = keys.map(() => '?').join(', ');
  const words = match === undefined ? '' : 'AND c.node_id IN (SELECT rowid FROM nodes_fts WHERE nodes_fts MATCH ?)';
  const rows = statement(
    database,
    `SELECT c.node_id, group_concat(c.authority_key || char(31) || c.pinpoint, char(30))
     FROM citations c JOIN nodes n ON n.id = c.node_id
     WHERE c.authority_key IN (${placeholders}) ${words}
     GROUP BY c.node_id HAVING count(DISTINCT c.authority_key) = ?
     ORDER BY n.id LIMIT ?`,
  )
    .raw()
    .all(...keys, ...(match === undefined ? [] : [match]), keys.length, limit) as [number, string][];
  return rows.map(([nodeId, cited]) => ({ nodeId, snippet: `Cites ${describeCitations(cited)}` }));
}

/** "«pulpmills», para 101; «pulpmills», para 204": the citations as the snippet shows them, keys marked. */
function describeCitations(cited: string): string {
  return cited
    .split('\u001e')
    .map((entry) => {
      const [key, pinpoint] = entry.split('\u001f');
      return pinpoint ? `«${key}», ${pinpoint}` : `«${key}»`;
    })
    .join('; ');
}
