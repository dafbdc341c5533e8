import { copyFileSync, existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MemberStore } from '../../app/store/memberStore';
import { newReplica, type Replica, settled, startTeam, type TeamServer } from './replicas';

const CASE = 'memorial';
let team: TeamServer;
let alice: Replica;
let bob: Replica;

/** What the case file itself holds, read with SQLite once the service has let it go. */
function filedToken(file: string): string {
  const database = new Database(file, { readonly: true });
  try {
    return database.prepare('SELECT token FROM collab_link').pluck().get() as string;
  } finally {
    database.close();
  }
}

async function waitFor(check: () => Promise<boolean>): Promise<void> {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > 15_000) throw new Error('Timed out.');
    await new Promise((resolve) => setTimeout(resolve, 30));
  }
}

async function titles(replica: Replica): Promise<string[]> {
  return (await replica.api['outline-get']({})).map((row) => row.title);
}

async function waitForTitles(replica: Replica, expected: string[]): Promise<void> {
  const start = Date.now();
  while (JSON.stringify(await titles(replica)) !== JSON.stringify(expected)) {
    if (Date.now() - start > 15_000) throw new Error(`Still ${JSON.stringify(await titles(replica))}`);
    await new Promise((resolve) => setTimeout(resolve, 30));
  }
}

beforeEach(async () => {
  team = await startTeam(CASE, 2);
  alice = newReplica();
  bob = newReplica();
  await alice.api['case-create']({ path: alice.file });
  await alice.api['nodes-add']({ parentId: null, kind: 'issue', title: 'Jurisdiction' });
  await alice.api['case-share']({ url: team.server.url, name: CASE, token: team.tokens[0]! });
  await settled(alice.api);
});

afterEach(async () => {
  alice.dispose();
  bob.dispose();
  await team.close();
});

describe("the member's token", () => {
  it('is kept in the data folder, readable by the user only, and never in the shared file', async () => {
    await alice.api['case-close']({});
    expect(filedToken(alice.file)).toBe('');
    expect(readFileSync(alice.file).includes(team.tokens[0]!)).toBe(false);
    const kept = join(alice.dataFolder, 'team-tokens.json');
    expect(readFileSync(kept, 'utf8')).toContain(team.tokens[0]!);
    if (process.platform !== 'win32') expect(statSync(kept).mode & 0o077).toBe(0);

    await alice.api['case-open']({ path: alice.file });
    await settled(alice.api);
  });

  it('a copy of the file mailed to a colleague opens offline and asks for a token, refusing a wrong one', async () => {
    await alice.api['case-close']({});
    copyFileSync(alice.file, bob.file);

    await bob.api['case-open']({ path: bob.file });
    expect(await titles(bob)).toEqual(['Jurisdiction']);
    expect(await bob.api['collab-status']({})).toMatchObject({ tokenNeeded: true, online: false, connected: false });
    await expect(bob.api['collab-connection']({ online: true })).rejects.toThrow(
      /No member's token for “memorial” on ws:\/\/127\.0\.0\.1:\d+ is kept on this computer: give it with collab-connection/,
    );
    await expect(bob.api['collab-connection']({ online: true, token: 'not-a-token' })).rejects.toThrow(
      /refused this token/,
    );
    expect(await bob.api['collab-status']({})).toMatchObject({ tokenNeeded: true, online: false });

    await bob.api['collab-connection']({ online: true, token: team.tokens[1]! });
    await settled(bob.api);
    await alice.api['case-open']({ path: alice.file });
    await alice.api['nodes-add']({ parentId: null, kind: 'issue', title: 'Admissibility' });
    await waitForTitles(bob, ['Jurisdiction', 'Admissibility']);
  });

  it('held in a file shared by an earlier Casewright moves to the data folder when the file is opened', async () => {
    await alice.api['case-close']({});
    const database = new Database(alice.file);
    database.prepare('UPDATE collab_link SET token = ?').run(team.tokens[0]!);
    database.close();

    await alice.api['case-open']({ path: alice.file });
    await settled(alice.api);
    await alice.api['case-close']({});
    expect(filedToken(alice.file)).toBe('');
    expect(readFileSync(join(alice.dataFolder, 'team-tokens.json'), 'utf8')).toContain(team.tokens[0]!);
  });
});

describe('a token the server stops taking', () => {
  it('takes the case offline, says why, and a new token given with collab-connection brings it back', async () => {
    await alice.api['collab-connection']({ online: false });
    const members = new MemberStore(team.folder);
    members.removeMember('Member 1');
    const newToken = members.addMember('Member 1 again');
    members.share(CASE, 'Member 1 again');
    members.close();

    await alice.api['collab-connection']({ online: true });
    await waitFor(async () => (await alice.api['collab-status']({}))?.refused != null);
    expect(await alice.api['collab-status']({})).toMatchObject({ connected: false, tokenNeeded: false });
    await alice.api['nodes-add']({ parentId: null, kind: 'issue', title: 'Kept while refused' });

    await alice.api['collab-connection']({ online: true, token: newToken });
    await settled(alice.api);
    expect(await alice.api['collab-status']({})).toMatchObject({ refused: null, online: true, unsent: 0 });
    expect(readFileSync(join(alice.dataFolder, 'team-tokens.json'), 'utf8')).toContain(newToken);
  });
});

describe('Save As of a shared case', () => {
  it('makes the copy an ordinary case, says so, and leaves the original shared', async () => {
    await bob.api['case-open-shared']({ url: team.server.url, name: CASE, token: team.tokens[1]!, path: bob.file });
    await settled(bob.api);
    const copy = alice.path('copy.casewright');

    const saved = await alice.api['case-save-as']({ path: copy });
    expect(saved.notice).toMatch(
      /The copy is an ordinary case of its own, not shared: “memorial” on ws:\/\/.+ is edited together in .+shared\.casewright\./,
    );
    expect(await alice.api['collab-status']({})).toBeNull();
    await alice.api['nodes-add']({ parentId: null, kind: 'issue', title: 'Only in the copy' });

    await bob.api['nodes-add']({ parentId: null, kind: 'issue', title: 'From Bob' });
    await alice.api['case-open']({ path: alice.file });
    await waitForTitles(alice, ['Jurisdiction', 'From Bob']);
    expect(await titles(bob)).toEqual(['Jurisdiction', 'From Bob']);
    await alice.api['case-open']({ path: copy });
    expect(await titles(alice)).toEqual(['Jurisdiction', 'Only in the copy']);
    expect(await alice.api['collab-status']({})).toBeNull();
  });

  it('of an ordinary case has no notice', async () => {
    const other = newReplica();
    try {
      await other.api['case-create']({ path: other.file });
      const saved = await other.api['case-save-as']({ path: other.path('copy.casewright') });
      expect(saved.notice).toBeNull();
    } finally {
      other.dispose();
    }
  });
});

describe('sharing that fails changes nothing', () => {
  it('says plainly that the token was refused, the name is taken or no server answers', async () => {
    await bob.api['case-create']({ path: bob.file });
    const share = (url: string, token: string) => bob.api['case-share']({ url, name: CASE, token });
    await expect(share(team.server.url, 'cw1.1.wrong')).rejects.toThrow(
      /The team server at ws:\/\/.+ refused this token for “memorial”/,
    );
    await expect(share(team.server.url, team.tokens[1]!)).rejects.toThrow(
      /“memorial” on ws:\/\/.+ holds a case already: open it with Open shared case\./,
    );
    const started = Date.now();
    await expect(share('ws://127.0.0.1:9', team.tokens[1]!)).rejects.toThrow(
      /No team server answers at ws:\/\/127\.0\.0\.1:9: check the address/,
    );
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(await bob.api['collab-status']({})).toBeNull();
    expect(existsSync(join(bob.dataFolder, 'team-tokens.json'))).toBe(false);
  });
});
