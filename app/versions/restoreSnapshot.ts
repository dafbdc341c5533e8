import type Database from 'better-sqlite3';
import { bodyPlainText } from '../body/bodyText';
import type { BodyDocument } from '../body/types';
import { rebuildCitations } from '../store/nodeStore';
import { statement } from '../store/statements';
import { type CaseSnapshot, CONTENT_FIELDS, type SnapshotNode } from './caseSnapshot';
import { readCurrentSnapshot } from './readSnapshot';

const sameContent = (a: SnapshotNode, b: SnapshotNode) => CONTENT_FIELDS.every((field) => a[field] === b[field]);
const plainText = (body: string) => (body === '' ? '' : bodyPlainText(JSON.parse(body) as BodyDocument));

/**
 * Makes the case in `database` what `target` describes, inside the caller's transaction, touching only
 * the rows that differ (so the undo step and the versions' copies stay small).
 */
export function restoreSnapshot(database: Database.Database, target: CaseSnapshot): void {
  const current = readCurrentSnapshot(database);
  // Parents and children are written in any order; the foreign keys are checked at commit.
  database.pragma('defer_foreign_keys = ON');
  restoreNodes(database, current, target);
  restoreAuthorities(database, current, target);
  const info = target.caseInfo;
  if (JSON.stringify(info) !== JSON.stringify(current.caseInfo)) {
    statement(
      database,
      `UPDATE case_info SET title = ?, forum = ?, applicant = ?, respondent = ?, side = ?, citation_style = ?, settings = ?
       WHERE id = 1`,
    ).run(info.title, info.forum, info.applicant, info.respondent, info.side, info.citationStyle, info.settings);
  }
}

function restoreNodes(database: Database.Database, current: CaseSnapshot, target: CaseSnapshot): void {
  const deleteCitations = statement(database, 'DELETE FROM citations WHERE node_id = ?');
  const deleteNode = statement(database, 'DELETE FROM nodes WHERE id = ?');
  for (const id of current.nodes.keys()) {
    if (target.nodes.has(id)) continue;
    deleteCitations.run(id);
    deleteNode.run(id);
  }
  const insert = statement(
    database,
    `INSERT INTO nodes (id, parent_id, position, ${CONTENT_FIELDS.join(', ')}, text)
     VALUES (?, ?, ?, ${CONTENT_FIELDS.map(() => '?').join(', ')}, ?)`,
  );
  const updatePlace = statement(database, 'UPDATE nodes SET parent_id = ?, position = ? WHERE id = ?');
  const updateContent = statement(
    database,
    `UPDATE nodes SET ${CONTENT_FIELDS.map((field) => `${field} = ?`).join(', ')}, text = ? WHERE id = ?`,
  );
  for (const [id, node] of target.nodes) {
    const now = current.nodes.get(id);
    const content = CONTENT_FIELDS.map((field) => node[field]);
    if (!now) {
      insert.run(id, node.parentId, node.position, ...content, plainText(node.body));
      rebuildCitations(database, id);
      continue;
    }
    if (now.parentId !== node.parentId || now.position !== node.position) {
      updatePlace.run(node.parentId, node.position, id);
    }
    if (!sameContent(now, node)) {
      updateContent.run(...content, plainText(node.body), id);
      if (now.body !== node.body) rebuildCitations(database, id);
    }
  }
}

function restoreAuthorities(database: Database.Database, current: CaseSnapshot, target: CaseSnapshot): void {
  for (const id of current.authorities.keys()) {
    if (!target.authorities.has(id)) statement(database, 'DELETE FROM authorities WHERE id = ?').run(id);
  }
  for (const [id, authority] of target.authorities) {
    const now = current.authorities.get(id);
    if (!now) {
      statement(database, 'INSERT INTO authorities (id, key, type, short, csl) VALUES (?, ?, ?, ?, ?)').run(
        id,
        authority.key,
        authority.type,
        authority.short,
        authority.csl,
      );
    } else if (JSON.stringify(now) !== JSON.stringify(authority)) {
      statement(database, 'UPDATE authorities SET key = ?, type = ?, short = ?, csl = ? WHERE id = ?').run(
        authority.key,
        authority.type,
        authority.short,
        authority.csl,
        id,
      );
    }
  }
}
