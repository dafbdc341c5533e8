import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Collaborator } from '../../app/collab/presence';
import { colourOf, initialsOf } from '../../app/collab/presence';
import { collaboratorOf } from '../../app/collab/presenceState';
import { waitFor } from './collabSupport';
import { newReplica, type Replica, settled, startTeam, type TeamServer } from './replicas';

const CASE = 'presence';
let team: TeamServer;
let alice: Replica;
let bob: Replica;
/** What Bob's views have been told of the collaborators, latest last. */
let bobHeard: Collaborator[][];

beforeEach(async () => {
  team = await startTeam(CASE, 2);
  alice = newReplica();
  bob = newReplica();
  await alice.api['case-create']({ path: alice.file, title: 'Applicant v Respondent' });
  const issue = await alice.api['nodes-add']({ parentId: null, kind: 'issue', title: 'Jurisdiction' });
  await alice.api['nodes-add']({ parentId: issue.id, kind: 'claim', title: 'Consent', text: 'Both parties agreed.' });
  await alice.api['case-share']({ url: team.server.url, name: CASE, token: team.tokens[0]! });
  await bob.api['case-open-shared']({ url: team.server.url, name: CASE, token: team.tokens[1]!, path: bob.file });
  await settled(alice.api);
  await settled(bob.api);
  bobHeard = [];
  bob.service.subscribe((message) => {
    if (message.type === 'presence') bobHeard.push(message.collaborators);
  });
});

afterEach(async () => {
  alice.dispose();
  bob.dispose();
  await team.close();
});

describe('presence in a shared case', () => {
  it("reaches a collaborator's change stream with the member's name on the server, the node and the selection", async () => {
    const aliceClaim = (await alice.api['outline-get']({}))[1]!;
    const bobClaim = (await bob.api['outline-get']({})).find((row) => row.title === 'Consent')!;
    await alice.api['collab-presence']({ nodeId: aliceClaim.id, field: 'body', anchor: 3, head: 9 });
    await waitFor(() => bobHeard.at(-1)?.[0]?.head === 9, "Alice's selection on Bob's stream");
    expect(bobHeard.at(-1)).toEqual([
      expect.objectContaining({
        name: 'Member 1',
        initials: 'M1',
        colour: colourOf('Member 1'),
        nodeId: bobClaim.id,
        field: 'body',
        anchor: 3,
        head: 9,
      }),
    ]);
    const fromBob = await bob.api['collab-presence']({ nodeId: bobClaim.id });
    expect(fromBob?.map((collaborator) => [collaborator.name, collaborator.nodeId])).toEqual([
      ['Member 1', bobClaim.id],
    ]);
    let aliceHeard: Collaborator[] = [];
    alice.service.subscribe((message) => {
      if (message.type === 'presence') aliceHeard = message.collaborators;
    });
    await waitFor(() => aliceHeard[0]?.nodeId === aliceClaim.id, "Bob's node on Alice's stream");
    expect(aliceHeard).toEqual([expect.objectContaining({ name: 'Member 2', field: null, anchor: null })]);
  });

  it('follows a collaborator onto a node they have just added, and forgets them when they go offline', async () => {
    const added = await alice.api['nodes-add']({ parentId: null, kind: 'issue', title: 'Merits' });
    await alice.api['collab-presence']({ nodeId: added.id });
    await waitFor(() => bobHeard.at(-1)?.[0]?.nodeId != null, "Alice's node on Bob's stream");
    const bobMerits = (await bob.api['outline-get']({})).find((row) => row.title === 'Merits')!;
    expect(bobHeard.at(-1)?.[0]?.nodeId).toBe(bobMerits.id);
    await alice.api['collab-connection']({ online: false });
    await waitFor(() => bobHeard.at(-1)?.length === 0, "Alice's leaving on Bob's stream");
    expect(await bob.api['collab-presence']({ nodeId: null })).toEqual([]);
  });

  it('is null for a case that is not shared', async () => {
    const solo = newReplica();
    await solo.api['case-create']({ path: solo.file, title: 'Alone' });
    expect(await solo.api['collab-presence']({ nodeId: null })).toBeNull();
    solo.dispose();
  });
});

describe("a collaborator's awareness state", () => {
  const idOf = (uid: string) => (uid === 'known' ? 7 : undefined);
  const place = { node: 'known', field: 'body', anchor: 1, head: 4 };

  it.each([
    ['no user', { place }],
    ['an empty name', { user: { name: '' }, place }],
    ['a name that is not a string', { user: { name: 42 }, place }],
    ['a name of 10,000 characters', { user: { name: 'x'.repeat(10_000) }, place }],
    ['a negative position', { user: { name: 'Eve' }, place: { ...place, anchor: -1 } }],
    ['a fractional position', { user: { name: 'Eve' }, place: { ...place, head: 1.5 } }],
    ['another field', { user: { name: 'Eve' }, place: { ...place, field: 'title' } }],
    ['a string for a state', 'Eve'],
    ['null', null],
  ])('with %s is no collaborator', (_what, state) => {
    expect(collaboratorOf(1, state, idOf)).toBeUndefined();
  });

  it('on a node this replica does not have is on no node, and has no selection', () => {
    const collaborator = collaboratorOf(1, { user: { name: 'Eve Ng' }, place: { ...place, node: 'gone' } }, idOf);
    expect(collaborator).toMatchObject({ name: 'Eve Ng', initials: 'EN', nodeId: null, field: null, head: null });
  });

  it('has a colour that depends on the name only, and initials of its first and last words', () => {
    expect(colourOf('Ana Petrova')).toBe(colourOf('Ana Petrova'));
    expect(new Set(['Ana Petrova', 'Ben Okafor', 'Chloé Martin', 'Dev Rao'].map(colourOf)).size).toBeGreaterThan(1);
    expect(initialsOf('Ana Maria Petrova')).toBe('AP');
    expect(initialsOf('élodie')).toBe('É');
  });
});
