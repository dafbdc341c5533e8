import type Database from 'better-sqlite3';
import { statement } from './statements';

/** A speaker's name before and after an edit of the oral-argument settings. */
export interface SpeakerRename {
  from: string;
  to: string;
}

/**
 * Gives every node argued by a renamed speaker the new name, in the caller's transaction (one undo step with the
 * settings). The nodes are found before any is renamed, so that two speakers may swap names.
 */
export function renameSpeakers(database: Database.Database, renames: readonly SpeakerRename[]): number {
  const select = statement(database, 'SELECT id FROM nodes WHERE speaker = ?').pluck();
  const found = renames.map((rename) => ({ to: rename.to, ids: select.all(rename.from) as number[] }));
  const update = statement(database, 'UPDATE nodes SET speaker = ? WHERE id = ?');
  let renamed = 0;
  for (const { to, ids } of found) {
    for (const id of ids) renamed += update.run(to, id).changes;
  }
  return renamed;
}
