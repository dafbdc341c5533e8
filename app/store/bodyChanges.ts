import type Database from 'better-sqlite3';
import { statement } from './statements';

/** Starts recording, on this connection, which nodes' bodies change (a temporary trigger). */
export function watchBodies(database: Database.Database): void {
  database.exec(`
CREATE TEMP TABLE IF NOT EXISTS changed_bodies (id INTEGER PRIMARY KEY);
CREATE TEMP TRIGGER IF NOT EXISTS changed_bodies_update AFTER UPDATE OF body ON main.nodes BEGIN
  INSERT OR IGNORE INTO changed_bodies VALUES (old.id);
END;`);
}

/** Reads and clears the ids of nodes whose body changed since the last call. */
export function takeChangedBodies(database: Database.Database): number[] {
  const ids = statement(database, 'SELECT id FROM changed_bodies').pluck().all() as number[];
  if (ids.length > 0) statement(database, 'DELETE FROM changed_bodies').run();
  return ids;
}
