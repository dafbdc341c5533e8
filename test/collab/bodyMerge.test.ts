import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bodyPlainText } from '../../app/body/bodyText';
import type { BodyDocument } from '../../app/body/types';
import { converged, newReplica, type Replica, startTeam, type TeamServer } from './replicas';

const CASE = 'moot';
let team: TeamServer;
let alice: Replica;
let bob: Replica;

const converge = () => converged(alice, bob);

function paragraphs(...texts: string[]): BodyDocument {
  return { type: 'doc', content: texts.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) };
}

async function bodyText(replica: Replica): Promise<string> {
  const [claim] = await replica.api['outline-get']({});
  return bodyPlainText((await replica.api['nodes-get']({ id: claim!.id })).body);
}

const BASE = paragraphs('The parties consented.', 'The Court has jurisdiction.', 'Costs follow.');

beforeEach(async () => {
  team = await startTeam(CASE, 2);
  alice = newReplica();
  bob = newReplica();
  await alice.api['case-create']({ path: alice.file, title: 'Applicant v Respondent' });
  await alice.api['nodes-add']({ parentId: null, kind: 'claim', title: 'Consent', body: BASE });
  await alice.api['case-share']({ url: team.server.url, name: CASE, token: team.tokens[0]! });
  await bob.api['case-open-shared']({ url: team.server.url, name: CASE, token: team.tokens[1]!, path: bob.file });
  await converge();
});

afterEach(async () => {
  alice.dispose();
  bob.dispose();
  await team.close();
});

describe('a body edited by two collaborators', () => {
  it("keeps both edits of different paragraphs when one is saved from a base without the other's", async () => {
    const [aliceClaim] = await alice.api['outline-get']({});
    const [bobClaim] = await bob.api['outline-get']({});
    await alice.api['nodes-update']({
      id: aliceClaim!.id,
      body: paragraphs('Both parties consented in writing.', 'The Court has jurisdiction.', 'Costs follow.'),
    });
    await converge();
    await bob.api['nodes-update']({
      id: bobClaim!.id,
      baseBody: BASE,
      body: paragraphs('The parties consented.', 'The Court has jurisdiction under Article 36.', 'Costs follow.'),
    });
    await converge();
    const expected = 'Both parties consented in writing.\nThe Court has jurisdiction under Article 36.\nCosts follow.';
    expect(await bodyText(alice)).toBe(expected);
    expect(await bodyText(bob)).toBe(expected);
  });

  it('keeps a paragraph the collaborator added and the one this user added, and a deletion of either side', async () => {
    const [aliceClaim] = await alice.api['outline-get']({});
    const [bobClaim] = await bob.api['outline-get']({});
    await alice.api['nodes-update']({
      id: aliceClaim!.id,
      body: paragraphs('Alice’s opening.', 'The parties consented.', 'The Court has jurisdiction.'),
    });
    await converge();
    await bob.api['nodes-update']({
      id: bobClaim!.id,
      baseBody: BASE,
      body: paragraphs('The Court has jurisdiction.', 'Costs follow.', 'Bob’s closing.'),
    });
    await converge();
    const expected = 'Alice’s opening.\nThe Court has jurisdiction.\nBob’s closing.';
    expect(await bodyText(alice)).toBe(expected);
    expect(await bodyText(bob)).toBe(expected);
  });

  it('gives a paragraph both changed the text of the later save, keeps the rest, the same on both replicas', async () => {
    const [aliceClaim] = await alice.api['outline-get']({});
    const [bobClaim] = await bob.api['outline-get']({});
    await alice.api['nodes-update']({
      id: aliceClaim!.id,
      body: paragraphs('The parties consented.', 'The Court lacks jurisdiction.', 'Costs are reserved.'),
    });
    await converge();
    await bob.api['nodes-update']({
      id: bobClaim!.id,
      baseBody: BASE,
      body: paragraphs('The parties consented.', 'The Court has jurisdiction, says Bob.', 'Costs follow.'),
    });
    await converge();
    const expected = 'The parties consented.\nThe Court has jurisdiction, says Bob.\nCosts are reserved.';
    expect(await bodyText(alice)).toBe(expected);
    expect(await bodyText(bob)).toBe(expected);
  });

  it('keeps both versions of a paragraph two people changed offline, in the same order on both replicas', async () => {
    const [aliceClaim] = await alice.api['outline-get']({});
    const [bobClaim] = await bob.api['outline-get']({});
    await bob.api['collab-connection']({ online: false });
    await alice.api['nodes-update']({
      id: aliceClaim!.id,
      baseBody: BASE,
      body: paragraphs('Alice consented.', 'The Court lacks jurisdiction.', 'Costs follow.'),
    });
    await bob.api['nodes-update']({
      id: bobClaim!.id,
      baseBody: BASE,
      body: paragraphs('The parties consented.', 'The Court has jurisdiction, says Bob.', 'Costs follow.'),
    });
    await bob.api['collab-connection']({ online: true });
    await converge();
    const text = await bodyText(alice);
    expect(text).toBe(await bodyText(bob));
    expect(text.split('\n')).toEqual([
      'Alice consented.',
      expect.stringMatching(/^The Court (lacks jurisdiction\.|has jurisdiction, says Bob\.)$/),
      expect.stringMatching(/^The Court (lacks jurisdiction\.|has jurisdiction, says Bob\.)$/),
      'Costs follow.',
    ]);
  });
});
