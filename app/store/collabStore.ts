import type Database from 'better-sqlite3';
import { emptyBody } from '../body/types';
import { newNodeFields } from '../model/nodeFields';
import { insertNode } from './nodeStore';
import { statement } from './statements';

/** Where a shared case lives on its team server (the member's token is kept in the data folder, not in the file). */
export interface CollabLink {
  url: string;
  name: string;
}

/** The shared case's address, or undefined when the case is not shared. */
export function loadCollabLink(database: Database.Database): CollabLink | undefined {
  return statement(database, 'SELECT url, name FROM collab_link WHERE id = 1').get() as CollabLink | undefined;
}

/** Records that the case is shared, and where. */
export function saveCollabLink(database: Database.Database, link: CollabLink): void {
  statement(database, "INSERT OR REPLACE INTO collab_link (id, url, name, token) VALUES (1, ?, ?, '')").run(
    link.url,
    link.name,
  );
}

/** The member's token that a file shared by an earlier Casewright still holds (none since tokens left the file). */
export function loadFiledToken(database: Database.Database): string | undefined {
  const token = statement(database, 'SELECT token FROM collab_link WHERE id = 1').pluck().get() as string | undefined;
  return token ? token : undefined;
}

/** Takes the member's token out of the file, once it is kept elsewhere. */
export function clearFiledToken(database: Database.Database): void {
  statement(database, "UPDATE collab_link SET token = '' WHERE id = 1").run();
}

/** Makes the case an ordinary one, no longer linked to its team server (its shared document's records go too). */
export function removeCollabLink(database: Database.Database): void {
  database.transaction(() => {
    for (const table of ['collab_link', 'collab_updates', 'collab_nodes', 'collab_notices']) {
      statement(database, `DELETE FROM ${table}`).run();
    }
  })();
}

/** The Yjs updates kept in the file, oldest first. */
export function loadCollabUpdates(database: Database.Database): Uint8Array[] {
  return (statement(database, 'SELECT data FROM collab_updates ORDER BY seq').pluck().all() as Buffer[]).map(
    (data) => new Uint8Array(data),
  );
}

/** Keeps one more Yjs update; returns how many the file holds. */
export function appendCollabUpdate(database: Database.Database, update: Uint8Array): number {
  return Number(statement(database, 'INSERT INTO collab_updates (data) VALUES (?)').run(update).lastInsertRowid);
}

/** Replaces the kept updates with one that holds them all. */
export function compactCollabUpdates(database: Database.Database, state: Uint8Array): void {
  database.transaction(() => {
    statement(database, 'DELETE FROM collab_updates').run();
    statement(database, 'INSERT INTO collab_updates (data) VALUES (?)').run(state);
  })();
}

/** Each node's id in the shared document, by its id in this file. */
export function loadCollabUids(database: Database.Database): Map<number, string> {
  const rows = statement(database, 'SELECT node_id, uid FROM collab_nodes').raw().all() as [number, string][];
  return new Map(rows);
}

/** Records a node's id in the shared document. */
export function saveCollabUid(database: Database.Database, nodeId: number, uid: string): void {
  statement(database, 'INSERT OR REPLACE INTO collab_nodes (uid, node_id) VALUES (?, ?)').run(uid, nodeId);
}

/** Adds a blank node (the caller gives it its place, fields and body) and returns its id. */
export function insertBlankNode(database: Database.Database): number {
  return insertNode(database, null, Number.MAX_SAFE_INTEGER, newNodeFields('note'), emptyBody());
}

/** Every node's parent and position. */
export function loadPlaces(database: Database.Database): Map<number, { parentId: number | null; position: number }> {
  const rows = statement(database, 'SELECT id, parent_id, position FROM nodes').raw().all() as [
    number,
    number | null,
    number,
  ][];
  return new Map(rows.map(([id, parentId, position]) => [id, { parentId, position }]));
}

/** Sets a node's parent and position as they are (no renumbering of its siblings: the caller places them all). */
export function setPlace(database: Database.Database, id: number, parentId: number | null, position: number): void {
  statement(database, 'UPDATE nodes SET parent_id = ?, position = ? WHERE id = ?').run(parentId, position, id);
}

/** Deletes nodes (their children are deleted or moved by the caller, in the same transaction). */
export function deleteNodes(database: Database.Database, ids: readonly number[]): void {
  database.pragma('defer_foreign_keys = ON');
  for (const id of ids) {
    statement(database, 'DELETE FROM citations WHERE node_id = ?').run(id);
    statement(database, 'DELETE FROM nodes WHERE id = ?').run(id);
  }
}

/** Lets the caller's transaction break the tree's foreign keys until it commits. */
export function deferForeignKeys(database: Database.Database): void {
  database.pragma('defer_foreign_keys = ON');
}

/** What was decided for the user: a node kept after deletion, a move undone, a field overwritten. */
export type CollabNoticeKind = 'kept' | 'cycle' | 'overwritten';

/** A notice as the file keeps it: about a node (by its uid in the shared document), with the value that lost. */
export interface StoredCollabNotice {
  id: number;
  at: string;
  kind: CollabNoticeKind;
  uid: string;
  message: string;
  field: string | null;
  /** The overwritten value (JSON), for an overwritten field. */
  lost: string | null;
}

/** Tells the user of a conflict decided for them about a node (by its uid in the shared document). */
export function addCollabNotice(
  database: Database.Database,
  notice: { kind: CollabNoticeKind; uid: string; message: string; field?: string; lost?: unknown },
): void {
  statement(database, 'INSERT INTO collab_notices (kind, uid, message, field, lost) VALUES (?, ?, ?, ?, ?)').run(
    notice.kind,
    notice.uid,
    notice.message,
    notice.field ?? null,
    notice.lost === undefined ? null : JSON.stringify(notice.lost),
  );
}

/** The nodes the user has been told about already, as `kind:uid`. */
export function noticedUids(database: Database.Database): Set<string> {
  const rows = statement(database, 'SELECT DISTINCT kind, uid FROM collab_notices').raw().all() as [string, string][];
  return new Set(rows.map(([kind, uid]) => `${kind}:${uid}`));
}

/** The notices not dismissed, newest first. */
export function listCollabNotices(database: Database.Database): StoredCollabNotice[] {
  return statement(
    database,
    'SELECT id, at, kind, uid, message, field, lost FROM collab_notices WHERE dismissed = 0 ORDER BY id DESC LIMIT 100',
  ).all() as StoredCollabNotice[];
}

/** One notice, dismissed or not. */
export function loadCollabNotice(database: Database.Database, id: number): StoredCollabNotice | undefined {
  return statement(database, 'SELECT id, at, kind, uid, message, field, lost FROM collab_notices WHERE id = ?').get(
    id,
  ) as StoredCollabNotice | undefined;
}

/** Stops showing a notice; returns whether there was one. */
export function dismissCollabNotice(database: Database.Database, id: number): boolean {
  return statement(database, 'UPDATE collab_notices SET dismissed = 1 WHERE id = ?').run(id).changes > 0;
}
