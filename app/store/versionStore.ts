import type Database from 'better-sqlite3';
import { conflict, notFound } from '../model/errors';
import { statement } from './statements';

/** A named version of the case, as listed. */
export interface VersionInfo {
  id: number;
  name: string;
  /** ISO 8601, UTC. */
  createdAt: string;
  /** Saved by Casewright itself (before an import or a restore). */
  automatic: boolean;
  /** How many stored rows this version costs (what changed between it and the next). */
  changedRows: number;
}

type VersionRow = [number, string, string, number, number];

const toVersion = (row: VersionRow): VersionInfo => ({
  id: row[0],
  name: row[1],
  createdAt: row[2],
  automatic: row[3] === 1,
  changedRows: row[4],
});

/** Every version of the case, newest first. */
export function listVersions(database: Database.Database): VersionInfo[] {
  return (
    statement(
      database,
      `SELECT id, name, created_at, automatic, (SELECT count(*) FROM version_rows WHERE version_id = versions.id)
       FROM versions ORDER BY id DESC`,
    )
      .raw()
      .all() as VersionRow[]
  ).map(toVersion);
}

/**
 * Saves the case as it is now as a new version. It costs nothing yet: the triggers copy each row
 * the first time it changes afterwards. A name given by the user must be new; automatic names may repeat.
 */
export function saveVersion(database: Database.Database, name: string, automatic = false): VersionInfo {
  if (!automatic && findVersionByName(database, name)) {
    throw conflict(`There is already a version named “${name}”; choose another name.`);
  }
  const createdAt = new Date().toISOString();
  const result = statement(database, 'INSERT INTO versions (name, created_at, automatic) VALUES (?, ?, ?)').run(
    name,
    createdAt,
    automatic ? 1 : 0,
  );
  return { id: Number(result.lastInsertRowid), name, createdAt, automatic, changedRows: 0 };
}

function findVersionByName(database: Database.Database, name: string): VersionInfo | undefined {
  const id = statement(database, 'SELECT id FROM versions WHERE name = ? ORDER BY id DESC LIMIT 1').pluck().get(name) as
    | number
    | undefined;
  return id === undefined ? undefined : findVersion(database, id);
}

function findVersion(database: Database.Database, id: number): VersionInfo | undefined {
  const row = statement(
    database,
    `SELECT id, name, created_at, automatic, (SELECT count(*) FROM version_rows WHERE version_id = versions.id)
     FROM versions WHERE id = ?`,
  )
    .raw()
    .get(id) as VersionRow | undefined;
  return row ? toVersion(row) : undefined;
}

/** A version by id, or by name (the newest of that name), or a clear error. */
export function requireVersion(database: Database.Database, reference: number | string): VersionInfo {
  const version =
    typeof reference === 'number' ? findVersion(database, reference) : findVersionByName(database, reference);
  if (!version) {
    throw notFound(
      typeof reference === 'number'
        ? `There is no version ${reference} in this case.`
        : `There is no version named “${reference}” in this case (see the list of versions).`,
    );
  }
  return version;
}

/**
 * Deletes a version. What it kept that the older version needs (its rows that the older one did not
 * keep) passes to the older version, so every other version reads back exactly as before.
 */
export function deleteVersion(database: Database.Database, id: number): void {
  const older = statement(database, 'SELECT max(id) FROM versions WHERE id < ?').pluck().get(id) as number | null;
  if (older !== null) {
    statement(
      database,
      `INSERT INTO version_rows (version_id, part, row_id, data)
       SELECT ?, part, row_id, data FROM version_rows AS newer WHERE newer.version_id = ?
       AND NOT EXISTS (SELECT 1 FROM version_rows AS kept
                       WHERE kept.version_id = ? AND kept.part = newer.part AND kept.row_id = newer.row_id)`,
    ).run(older, id, older);
  }
  statement(database, 'DELETE FROM version_rows WHERE version_id = ?').run(id);
  statement(database, 'DELETE FROM versions WHERE id = ?').run(id);
}
