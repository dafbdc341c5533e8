import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StreamMessage } from '../../app/api/changeEvent';
import type { SharedCaseStatus } from '../../app/collab/sharedCaseStatus';
import { waitFor } from './collabSupport';
import { newReplica, type Replica, settled, startTeam, type TeamServer } from './replicas';

let team: TeamServer;
let alice: Replica;
let pushed: (SharedCaseStatus | null)[];

beforeEach(async () => {
  team = await startTeam('moot', 1);
  alice = newReplica();
  await alice.api['case-create']({ path: alice.file });
  pushed = [];
  alice.service.subscribe((message: StreamMessage) => {
    if (message.type === 'collab') pushed.push(message.status);
  });
});

afterEach(async () => {
  alice.dispose();
  await team.close();
});

const last = () => pushed.at(-1);

describe("a shared case's status, pushed on the change stream", () => {
  it('goes online, offline with the edits not yet sent counted, and online again with them sent', async () => {
    await alice.api['case-share']({ url: team.server.url, name: 'moot', token: team.tokens[0]! });
    await waitFor(() => last()?.connected === true && last()?.synced === true, 'online and synced');
    expect(last()).toMatchObject({ url: team.server.url, name: 'moot', online: true, unsent: 0, tokenNeeded: false });

    await alice.api['collab-connection']({ online: false });
    expect(last()).toMatchObject({ online: false, connected: false });
    await alice.api['nodes-add']({ parentId: null, kind: 'issue', title: 'Jurisdiction' });
    await alice.api['nodes-add']({ parentId: null, kind: 'issue', title: 'Admissibility' });
    expect(last()).toMatchObject({ online: false, unsent: 2 });

    await alice.api['collab-connection']({ online: true });
    await waitFor(() => last()?.connected === true && last()?.unsent === 0, 'the edits sent');
    await settled(alice.api);
  });

  it('is pushed as null once another case, not shared, is opened', async () => {
    await alice.api['case-share']({ url: team.server.url, name: 'moot', token: team.tokens[0]! });
    await waitFor(() => last()?.connected === true, 'online');
    await alice.api['case-create']({ path: alice.path('other.casewright') });
    expect(last()).toBeNull();
  });
});
