import type Database from 'better-sqlite3';
import type { Authority, AuthorityType, CslItem } from '../model/types';
import { statement } from './statements';

export interface AuthorityFields {
  key: string;
  type: AuthorityType;
  short: string;
  csl: CslItem;
}

type AuthorityRow = [number, string, AuthorityType, string, string];

const toAuthority = (row: AuthorityRow): Authority => ({
  id: row[0],
  key: row[1],
  type: row[2],
  short: row[3],
  csl: JSON.parse(row[4]) as CslItem,
});

/** Every authority of the case, by key. */
export function listAuthorities(database: Database.Database): Authority[] {
  return (
    statement(database, 'SELECT id, key, type, short, csl FROM authorities ORDER BY key COLLATE NOCASE')
      .raw()
      .all() as AuthorityRow[]
  ).map(toAuthority);
}

/** One authority by id. */
export function getAuthority(database: Database.Database, id: number): Authority | undefined {
  const row = statement(database, 'SELECT id, key, type, short, csl FROM authorities WHERE id = ?').raw().get(id) as
    | AuthorityRow
    | undefined;
  return row ? toAuthority(row) : undefined;
}

/** One authority by key. */
export function findAuthorityByKey(database: Database.Database, key: string): Authority | undefined {
  const row = statement(database, 'SELECT id, key, type, short, csl FROM authorities WHERE key = ?').raw().get(key) as
    | AuthorityRow
    | undefined;
  return row ? toAuthority(row) : undefined;
}

/** Inserts an authority and returns its id. */
export function insertAuthority(database: Database.Database, fields: AuthorityFields): number {
  const result = statement(database, 'INSERT INTO authorities (key, type, short, csl) VALUES (?, ?, ?, ?)').run(
    fields.key,
    fields.type,
    fields.short,
    JSON.stringify(fields.csl),
  );
  return Number(result.lastInsertRowid);
}

/** Replaces an authority's fields. */
export function updateAuthority(database: Database.Database, id: number, fields: AuthorityFields): void {
  statement(database, 'UPDATE authorities SET key = ?, type = ?, short = ?, csl = ? WHERE id = ?').run(
    fields.key,
    fields.type,
    fields.short,
    JSON.stringify(fields.csl),
    id,
  );
}

/** Deletes an authority. */
export function deleteAuthority(database: Database.Database, id: number): void {
  statement(database, 'DELETE FROM authorities WHERE id = ?').run(id);
}

/** The ids of the nodes that cite an authority key. */
export function nodesCiting(database: Database.Database, key: string): number[] {
  return statement(database, 'SELECT DISTINCT node_id FROM citations WHERE authority_key = ?')
    .pluck()
    .all(key) as number[];
}
