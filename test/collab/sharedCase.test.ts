import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChangeEvent } from '../../app/api/changeEvent';
import { converged, newReplica, type Replica, startTeam, type TeamServer } from './replicas';

const CASE = 'moot';
let team: TeamServer;
let alice: Replica;
let bob: Replica;

const converge = () => converged(alice, bob);

beforeEach(async () => {
  team = await startTeam(CASE, 2);
  alice = newReplica();
  bob = newReplica();
  await alice.api['case-create']({ path: alice.file, title: 'Applicant v Respondent' });
  const issue = await alice.api['nodes-add']({ parentId: null, kind: 'issue', title: 'Jurisdiction' });
  await alice.api['nodes-add']({
    parentId: issue.id,
    kind: 'claim',
    title: 'Consent',
    text: 'Both **parties** consented.',
  });
  await alice.api['authorities-add']({
    key: 'nicaragua',
    type: 'case',
    short: 'Nicaragua',
    csl: { title: 'Nicaragua' },
  } as never);
  await alice.api['case-share']({ url: team.server.url, name: CASE, token: team.tokens[0]! });
  await bob.api['case-open-shared']({ url: team.server.url, name: CASE, token: team.tokens[1]!, path: bob.file });
});

afterEach(async () => {
  alice.dispose();
  bob.dispose();
  await team.close();
});

describe('a shared case', () => {
  it('opens on another replica as it is: tree, fields, bodies, authorities, settings', async () => {
    await converge();
    const outline = await bob.api['outline-get']({});
    expect(outline.map((row) => [row.depth, row.kind, row.title])).toEqual([
      [0, 'issue', 'Jurisdiction'],
      [1, 'claim', 'Consent'],
    ]);
    const claim = await bob.api['nodes-get']({ id: outline[1]!.id });
    expect(JSON.stringify(claim.body)).toContain('"bold"');
    expect((await bob.api['case-get']({})).title).toBe('Applicant v Respondent');
  });

  it("carries one replica's edits to the other's change stream, not to its undo", async () => {
    await converge();
    const events: ChangeEvent[] = [];
    bob.service.subscribe((message) => {
      if (message.type === 'change') events.push(message.change);
    });
    const [issue] = await alice.api['outline-get']({});
    await alice.api['nodes-update']({ id: issue!.id, title: 'Jurisdiction of the Court' });
    await alice.api['nodes-add']({ parentId: issue!.id, kind: 'evidence', title: 'Declaration' });
    await alice.api['case-update']({ forum: 'ICJ' });
    await converge();
    expect(
      events.some(
        (event) =>
          event.cause === 'remote' && event.nodes.changed.some((node) => node.title === 'Jurisdiction of the Court'),
      ),
    ).toBe(true);
    expect((await bob.api['case-get']({})).forum).toBe('ICJ');
    expect((await bob.api['history-state']({})).canUndo).toBe(false);
  });

  it("undoes only this replica's edits: an undo step that would take back a collaborator's edit is dropped", async () => {
    const own = await bob.api['nodes-add']({ parentId: null, kind: 'note', title: 'Bob’s note' });
    await converge();
    const [, claim] = await alice.api['outline-get']({});
    const bobClaim = (await bob.api['outline-get']({}))[1]!;
    await alice.api['nodes-update']({ id: claim!.id, tags: ['alice'] });
    await converge();
    await bob.api['nodes-update']({ id: own.id, tags: ['bob'] });
    await converge();
    expect((await alice.api['history-state']({})).undoLabel).toBe('Edit node');
    await bob.api['nodes-update']({ id: bobClaim.id, title: 'Consent, by Bob' });
    await converge();
    expect((await alice.api['history-state']({})).canUndo).toBe(false);
    expect((await alice.api['nodes-get']({ id: claim!.id })).title).toBe('Consent, by Bob');
  });

  it("takes back, on every replica, this replica's edit and not a collaborator's made since", async () => {
    await converge();
    const [aliceIssue, aliceClaim] = await alice.api['outline-get']({});
    const [bobIssue] = await bob.api['outline-get']({});
    await alice.api['nodes-update']({ id: aliceClaim!.id, title: 'Consent, by Alice' });
    await bob.api['nodes-update']({ id: bobIssue!.id, title: 'Jurisdiction, by Bob' });
    await converge();
    expect((await alice.api['history-undo']({})).undone).toBe('Edit title');
    await converge();
    const titles = async (replica: Replica) => (await replica.api['outline-get']({})).map((row) => row.title);
    expect(await titles(alice)).toEqual(['Jurisdiction, by Bob', 'Consent']);
    expect(await titles(bob)).toEqual(['Jurisdiction, by Bob', 'Consent']);
    expect((await bob.api['history-undo']({})).undone).toBe('Edit title');
    await converge();
    expect(await titles(alice)).toEqual(['Jurisdiction', 'Consent']);
    expect((await bob.api['history-state']({})).canUndo).toBe(false);
    expect((await alice.api['nodes-get']({ id: aliceIssue!.id })).title).toBe('Jurisdiction');
    expect((await alice.api['history-redo']({})).redone).toBe('Edit title');
    await converge();
    expect(await titles(bob)).toEqual(['Jurisdiction', 'Consent, by Alice']);
  });

  it('edits offline and merges on reconnect, the edits kept in the file meanwhile', async () => {
    await converge();
    await bob.api['collab-connection']({ online: false });
    const [issue] = await bob.api['outline-get']({});
    await bob.api['nodes-add']({ parentId: issue!.id, kind: 'rule', title: 'Article 36(2)' });
    await alice.api['nodes-add']({ parentId: null, kind: 'issue', title: 'Merits' });
    bob.service.close();
    await bob.api['case-open']({ path: bob.file });
    await converge();
    const titles = (await alice.api['outline-get']({})).map((row) => row.title);
    expect(titles).toEqual(expect.arrayContaining(['Article 36(2)', 'Merits']));
  });

  it('resolves moves that make a cycle the same way on both replicas', async () => {
    const first = await alice.api['nodes-add']({ parentId: null, kind: 'issue', title: 'First' });
    const second = await alice.api['nodes-add']({ parentId: null, kind: 'issue', title: 'Second' });
    await converge();
    const bobIds = Object.fromEntries((await bob.api['outline-get']({})).map((row) => [row.title, row.id]));
    await alice.api['collab-connection']({ online: false });
    await bob.api['collab-connection']({ online: false });
    await alice.api['nodes-move']({ id: first.id, parentId: second.id, index: 0 });
    await bob.api['nodes-move']({ id: bobIds.Second!, parentId: bobIds.First!, index: 0 });
    await alice.api['collab-connection']({ online: true });
    await bob.api['collab-connection']({ online: true });
    await converge();
    const outline = await alice.api['outline-get']({});
    const depths = Object.fromEntries(outline.map((row) => [row.title, row.depth]));
    expect([depths.First, depths.Second].sort()).toEqual([0, 1]);
    const top = outline.find((row) => row.depth === 0 && (row.title === 'First' || row.title === 'Second'))!;
    for (const replica of [alice, bob]) {
      const [notice] = (await replica.api['collab-status']({}))!.notices;
      expect(notice?.kind).toBe('cycle');
      expect(notice?.message).toContain(`“${top.title}”`);
    }
  });

  it('keeps a node deleted while another replica edits it, with a notice', async () => {
    await converge();
    const [, claim] = await alice.api['outline-get']({});
    const bobClaim = (await bob.api['outline-get']({}))[1]!;
    await alice.api['collab-connection']({ online: false });
    await bob.api['collab-connection']({ online: false });
    await alice.api['nodes-delete']({ id: claim!.id });
    await bob.api['nodes-update']({ id: bobClaim.id, title: 'Consent, as amended' });
    await alice.api['collab-connection']({ online: true });
    await bob.api['collab-connection']({ online: true });
    await converge();
    const titles = (await alice.api['outline-get']({})).map((row) => row.title);
    expect(titles).toContain('Consent, as amended');
    const status = await alice.api['collab-status']({});
    expect(status?.notices.map((notice) => notice.message).join()).toContain('Consent, as amended');
    alice.service.close();
    await alice.api['case-open']({ path: alice.file });
    await converge();
    expect((await alice.api['collab-status']({}))?.notices).toHaveLength(status!.notices.length);
  });

  it('decides two edits of one field the same way on both replicas, and tells the loser, who can restore theirs', async () => {
    await converge();
    const [, claim] = await alice.api['outline-get']({});
    const bobClaim = (await bob.api['outline-get']({}))[1]!;
    await alice.api['collab-connection']({ online: false });
    await bob.api['collab-connection']({ online: false });
    await alice.api['nodes-update']({ id: claim!.id, title: 'Consent by treaty' });
    await bob.api['nodes-update']({ id: bobClaim.id, title: 'Consent by declaration' });
    await alice.api['nodes-update']({ id: claim!.id, tags: ['alice'] });
    await alice.api['collab-connection']({ online: true });
    await bob.api['collab-connection']({ online: true });
    await converge();
    const kept = (await alice.api['nodes-get']({ id: claim!.id })).title;
    expect(['Consent by treaty', 'Consent by declaration']).toContain(kept);
    const [winner, loser] = kept === 'Consent by treaty' ? [alice, bob] : [bob, alice];
    const lost = kept === 'Consent by treaty' ? 'Consent by declaration' : 'Consent by treaty';
    expect((await winner.api['collab-status']({}))!.notices).toEqual([]);
    const [notice, ...others] = (await loser.api['collab-status']({}))!.notices;
    expect(others).toEqual([]);
    const loserClaim = (await loser.api['outline-get']({}))[1]!;
    expect(notice).toMatchObject({ kind: 'overwritten', nodeId: loserClaim.id, field: 'title', lost });
    const winnerName = winner === alice ? 'Member 1' : 'Member 2';
    expect(notice!.message).toBe(
      `${winnerName} retitled a node “${kept}” at the same time as you retitled it “${lost}”; theirs was kept.`,
    );
    loser.service.close();
    await loser.api['case-open']({ path: loser.file });
    await converge();
    expect((await loser.api['collab-status']({}))!.notices).toEqual([notice]);

    const restored = await loser.api['collab-notice-restore']({ id: notice!.id });
    expect(restored.notices).toEqual([]);
    expect((await loser.api['history-state']({})).undoLabel).toBe('Restore title');
    await converge();
    expect((await winner.api['nodes-get']({ id: (await winner.api['outline-get']({}))[1]!.id })).title).toBe(lost);
    expect((await winner.api['collab-status']({}))!.notices).toEqual([]);
  });

  it('dismisses a notice for good', async () => {
    await converge();
    const [, claim] = await alice.api['outline-get']({});
    const bobClaim = (await bob.api['outline-get']({}))[1]!;
    await alice.api['collab-connection']({ online: false });
    await bob.api['collab-connection']({ online: false });
    await alice.api['nodes-update']({ id: claim!.id, weight: null, tags: ['a'] });
    await bob.api['nodes-update']({ id: bobClaim.id, tags: ['b'] });
    await alice.api['collab-connection']({ online: true });
    await bob.api['collab-connection']({ online: true });
    await converge();
    const notices = [
      ...(await alice.api['collab-status']({}))!.notices,
      ...(await bob.api['collab-status']({}))!.notices,
    ];
    expect(notices.map((notice) => notice.field)).toEqual(['tags']);
    const loser = (await alice.api['collab-status']({}))!.notices.length > 0 ? alice : bob;
    expect((await loser.api['collab-notice-dismiss']({ id: notices[0]!.id })).notices).toEqual([]);
    loser.service.close();
    await loser.api['case-open']({ path: loser.file });
    await converge();
    expect((await loser.api['collab-status']({}))!.notices).toEqual([]);
  });

  it('tells the loser of two edits of one case setting, who can restore theirs', async () => {
    await converge();
    await alice.api['collab-connection']({ online: false });
    await bob.api['collab-connection']({ online: false });
    await alice.api['case-update']({ forum: 'ICJ' });
    await bob.api['case-update']({ forum: 'PCA' });
    await alice.api['collab-connection']({ online: true });
    await bob.api['collab-connection']({ online: true });
    await converge();
    const kept = (await alice.api['case-get']({})).forum;
    const [winner, loser, lost] = kept === 'ICJ' ? [alice, bob, 'PCA'] : [bob, alice, 'ICJ'];
    expect((await winner.api['collab-status']({}))!.notices).toEqual([]);
    const [notice] = (await loser.api['collab-status']({}))!.notices;
    expect(notice).toMatchObject({ kind: 'overwritten', nodeId: null, field: 'forum', lost });
    expect(notice!.message).toMatch(
      new RegExp(`^Member [12] set the case's forum to “${kept}” at the same time as you set it to “${lost}”`),
    );
    await loser.api['collab-notice-restore']({ id: notice!.id });
    expect((await loser.api['history-state']({})).undoLabel).toBe('Restore case forum');
    await converge();
    expect((await winner.api['case-get']({})).forum).toBe(lost);
  });
});
