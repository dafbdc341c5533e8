import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CASEWRIGHT_APPLICATION_ID } from '../app/store/fileHeader';
import { SCHEMA_VERSION } from '../app/store/migrations/index';
import { type TempService, tempService } from './support/tempService';

let t: TempService;
beforeEach(() => {
  t = tempService();
});
afterEach(() => t.dispose());

const digest = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

async function makeCase(name: string, nodes = 50): Promise<string> {
  const path = t.path(name);
  await t.api['case-create']({ path });
  for (let index = 0; index < nodes; index++) {
    await t.api['nodes-add']({ parentId: null, kind: 'claim', title: `Claim ${index} ${'x'.repeat(200)}` });
  }
  await t.api['case-close']({});
  return path;
}

async function expectRefused(path: string, message: RegExp) {
  const before = digest(path);
  const siblings = readdirSync(t.folder).sort();
  await expect(t.api['case-open']({ path })).rejects.toMatchObject({
    code: 'file_refused',
    message: expect.stringMatching(message),
  });
  expect(digest(path)).toBe(before);
  expect(readdirSync(t.folder).sort()).toEqual(siblings);
}

describe('the case file', () => {
  it('is an SQLite file in WAL mode with foreign keys, our application id and the schema version', async () => {
    const path = await makeCase('a.casewright', 1);
    const database = new Database(path, { readonly: true });
    expect(database.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(database.pragma('application_id', { simple: true })).toBe(CASEWRIGHT_APPLICATION_ID);
    expect(database.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    database.close();
  });

  it('has the schema of the snapshot when built from scratch', async () => {
    const path = await makeCase('schema.casewright', 0);
    const database = new Database(path, { readonly: true });
    const schema = database
      .prepare('SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY type, name')
      .all()
      .map((row) => `${(row as { sql: string }).sql};`)
      .join('\n\n');
    database.close();
    await expect(`${schema}\n`).toMatchFileSnapshot('./fixtures/schema.snapshot.sql');
  });

  it('refuses a file of a newer schema and leaves it byte-identical', async () => {
    const path = await makeCase('newer.casewright');
    const database = new Database(path);
    database.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    database.close();
    await expectRefused(path, /newer version of Casewright/);
  });

  it('refuses a file that is not SQLite', async () => {
    const path = t.path('notes.casewright');
    writeFileSync(path, 'These are my notes, not a case.\n'.repeat(100));
    await expectRefused(path, /not a Casewright case \(it is not an SQLite database\)/);
  });

  it('refuses an empty file', async () => {
    const path = t.path('empty.casewright');
    writeFileSync(path, '');
    await expectRefused(path, /is empty/);
  });

  it("refuses another program's SQLite database", async () => {
    const path = t.path('other.casewright');
    const database = new Database(path);
    database.exec('CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL); INSERT INTO invoices VALUES (1, 9.5);');
    database.close();
    await expectRefused(path, /another program's SQLite database/);
  });

  it('refuses a truncated case', async () => {
    const path = await makeCase('truncated.casewright', 200);
    truncateSync(path, Math.floor(statSync(path).size / 2 / 4096) * 4096);
    await expectRefused(path, /truncated/);
  });

  it('refuses a damaged case that fails the integrity check', async () => {
    const path = await makeCase('damaged.casewright', 300);
    const bytes = readFileSync(path);
    const pageSize = bytes.readUInt16BE(16);
    for (let page = 2; page < bytes.length / pageSize; page++)
      bytes.fill(0x5a, page * pageSize + 8, page * pageSize + 200);
    writeFileSync(path, bytes);
    await expectRefused(path, /damaged/);
  });

  it('refuses a missing file', async () => {
    await expect(t.api['case-open']({ path: t.path('missing.casewright') })).rejects.toThrow(/does not exist/);
    expect(existsSync(t.path('missing.casewright'))).toBe(false);
  });

  it('migrates a case of an older schema after backing it up', async () => {
    const path = t.path('old.casewright');
    const database = new Database(path);
    database.pragma(`application_id = ${CASEWRIGHT_APPLICATION_ID}`);
    database.pragma('journal_mode = WAL');
    database.close();
    await t.api['case-open']({ path });
    await t.api['nodes-add']({ parentId: null, kind: 'issue', title: 'Works after migration' });
    expect((await t.api['backups-list']({})).backups).toHaveLength(1);
  });

  it('refuses to create a case over an existing file', async () => {
    const path = t.path('exists.casewright');
    writeFileSync(path, 'keep me');
    await expect(t.api['case-create']({ path })).rejects.toMatchObject({ code: 'conflict' });
    expect(readFileSync(path, 'utf8')).toBe('keep me');
  });
});

describe('backups and save as', () => {
  it('keeps rotating backups in the data folder and restores the newest', async () => {
    const path = await makeCase('backed.casewright', 2);
    await t.api['case-open']({ path });
    const backup = await t.api['backups-create']({});
    expect(backup.path.startsWith(t.dataFolder)).toBe(true);
    await t.api['nodes-add']({ parentId: null, kind: 'claim', title: 'Added after the backup' });
    const restored = await t.api['backups-restore']({});
    expect(restored.restoredFrom).toBe(backup.path);
    expect((await t.api['outline-get']({})).map((row) => row.title)).not.toContain('Added after the backup');
    for (let index = 0; index < 12; index++) await t.api['backups-create']({});
    expect((await t.api['backups-list']({})).backups).toHaveLength(10);
    expect(readdirSync(t.folder).filter((name) => name.includes('backup'))).toEqual([]);
  });

  it('copies the case with save as and continues in the copy', async () => {
    const path = await makeCase('original.casewright', 3);
    await t.api['case-open']({ path });
    const copy = t.path('copy.casewright');
    expect((await t.api['case-save-as']({ path: copy })).path).toBe(join(t.folder, 'copy.casewright'));
    await t.api['nodes-add']({ parentId: null, kind: 'claim', title: 'Only in the copy' });
    expect((await t.api['outline-get']({})).length).toBe(4);
    await t.api['case-open']({ path });
    expect((await t.api['outline-get']({})).length).toBe(3);
  });
});

describe('recovery', () => {
  it('refuses a damaged case with a message that offers the latest backup, and restores it', async () => {
    const path = await makeCase('precious.casewright', 300);
    await t.api['case-open']({ path });
    const backup = await t.api['backups-create']({});
    await t.api['case-close']({});
    const bytes = readFileSync(path);
    const pageSize = bytes.readUInt16BE(16);
    for (let page = 2; page < bytes.length / pageSize; page++)
      bytes.fill(0x5a, page * pageSize + 8, page * pageSize + 200);
    writeFileSync(path, bytes);
    await expect(t.api['case-open']({ path })).rejects.toThrow(
      /damaged.*The latest backup was taken at .*casewright restore/s,
    );
    const restored = await t.api['backups-restore']({ path });
    expect(restored.restoredFrom).toBe(backup.path);
    expect(restored.previousStateSavedAs).toMatch(/\.damaged$/);
    expect((await t.api['outline-get']({})).length).toBe(300);
    expect((await t.api['backups-list']({ path })).backups.map((entry) => entry.path)).toContain(backup.path);
  });
});
