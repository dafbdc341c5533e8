import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { conflict, invalidInput, notFound } from '../model/errors';
import { isSharedCaseName } from '../model/sharedCaseAddress';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS members (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  salt BLOB NOT NULL,
  hash BLOB NOT NULL,
  removed INTEGER NOT NULL DEFAULT 0 CHECK (removed IN (0, 1))
);
CREATE TABLE IF NOT EXISTS shares (
  document TEXT NOT NULL,
  member_id INTEGER NOT NULL REFERENCES members (id),
  PRIMARY KEY (document, member_id)
);
`;

const NAME = /^[\p{L}\p{N}][\p{L}\p{N} ._@-]{0,99}$/u;
const TOKEN = /^cw1\.(\d{1,12})\.([A-Za-z0-9_-]{43})$/;

/** Whether a case's name on a server is acceptable: letters, digits, dots, dashes and underscores, up to 100. */
export function isDocumentName(name: string): boolean {
  return isSharedCaseName(name);
}

function hashSecret(secret: string, salt: Buffer): Buffer {
  return scryptSync(secret, salt, 32);
}

/**
 * A team server's members and the cases shared with each, in `members.sqlite` of its data folder. A token is
 * `cw1.<member id>.<secret>`; only a salted scrypt hash of the secret is kept.
 */
export class MemberStore {
  private readonly database: Database.Database;

  constructor(folder: string) {
    mkdirSync(folder, { recursive: true });
    this.database = new Database(join(folder, 'members.sqlite'));
    this.database.pragma('journal_mode = WAL');
    this.database.pragma('busy_timeout = 5000');
    this.database.pragma('foreign_keys = ON');
    this.database.exec(SCHEMA);
  }

  /** Adds a member (or gives a removed one back their access) and returns their new token. */
  addMember(name: string): string {
    if (!NAME.test(name)) throw invalidInput(`"${name}" is not a member name (letters, digits, spaces, . _ @ -).`);
    const existing = this.database.prepare('SELECT id, removed FROM members WHERE name = ?').get(name) as
      | { id: number; removed: number }
      | undefined;
    if (existing && existing.removed === 0) throw conflict(`${name} is already a member.`);
    const secret = randomBytes(32).toString('base64url');
    const salt = randomBytes(16);
    const hash = hashSecret(secret, salt);
    let id = existing?.id;
    if (id === undefined) {
      const insert = this.database.prepare('INSERT INTO members (name, salt, hash) VALUES (?, ?, ?)');
      id = Number(insert.run(name, salt, hash).lastInsertRowid);
    } else {
      this.database.prepare('UPDATE members SET salt = ?, hash = ?, removed = 0 WHERE id = ?').run(salt, hash, id);
    }
    return `cw1.${id}.${secret}`;
  }

  /** Removes a member: their token stops working at once. */
  removeMember(name: string): void {
    const result = this.database.prepare('UPDATE members SET removed = 1 WHERE name = ? AND removed = 0').run(name);
    if (result.changes === 0) throw notFound(`${name} is not a member.`);
  }

  /** Shares a case (by its name on the server) with a member. */
  share(document: string, name: string): void {
    if (!isDocumentName(document)) {
      throw invalidInput(`"${document}" is not a case name (letters, digits, . _ -, up to 100).`);
    }
    const member = this.database.prepare('SELECT id FROM members WHERE name = ? AND removed = 0').get(name) as
      | { id: number }
      | undefined;
    if (!member) throw notFound(`${name} is not a member.`);
    this.database.prepare('INSERT OR IGNORE INTO shares (document, member_id) VALUES (?, ?)').run(document, member.id);
  }

  /** The member a token belongs to, when it is a current member's token; undefined otherwise. */
  memberOf(token: unknown): string | undefined {
    if (typeof token !== 'string') return undefined;
    const match = TOKEN.exec(token);
    if (!match) return undefined;
    const row = this.database
      .prepare('SELECT name, salt, hash FROM members WHERE id = ? AND removed = 0')
      .get(Number(match[1])) as { name: string; salt: Buffer; hash: Buffer } | undefined;
    if (!row) return undefined;
    return timingSafeEqual(hashSecret(match[2]!, row.salt), row.hash) ? row.name : undefined;
  }

  /** Whether a case is shared with a (current) member. */
  isShared(document: string, name: string): boolean {
    return (
      this.database
        .prepare(
          `SELECT 1 FROM shares JOIN members ON members.id = shares.member_id
           WHERE shares.document = ? AND members.name = ? AND members.removed = 0`,
        )
        .get(document, name) !== undefined
    );
  }

  close(): void {
    this.database.close();
  }
}
