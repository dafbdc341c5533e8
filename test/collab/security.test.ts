import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { type CollabServer, startCollabServer } from '../../app/collab/collabServer';
import { MemberStore } from '../../app/store/memberStore';
import { connectClient, serverFolder, waitFor } from './collabSupport';

const CASE = 'moot-2027';
const LIMIT = 64 * 1024;

let server: CollabServer;
let alice: string;
let bob: string;
let carol: string;

/** The case as a fresh, authorised client reads it from the server. */
async function serverState(): Promise<string> {
  const reader = connectClient({ url: server.url, name: CASE, token: alice });
  await waitFor(reader.synced, 'the reader to sync');
  const state = JSON.stringify(reader.document.getMap('case').toJSON());
  reader.connection.close();
  return state;
}

/** Varint and string encoding of Hocuspocus's wire format, to send what no provider would. */
function encode(...parts: (number | string | Uint8Array)[]): Uint8Array {
  const bytes: number[] = [];
  const uint = (value: number) => {
    let rest = value;
    while (rest > 0x7f) {
      bytes.push((rest & 0x7f) | 0x80);
      rest = Math.floor(rest / 128);
    }
    bytes.push(rest);
  };
  for (const part of parts) {
    if (typeof part === 'number') {
      uint(part);
      continue;
    }
    const payload = typeof part === 'string' ? new TextEncoder().encode(part) : part;
    uint(payload.length);
    for (const byte of payload) bytes.push(byte);
  }
  return new Uint8Array(bytes);
}

/** Connects with a valid token by hand, sends `message`, and resolves with whether the server closed the socket. */
function sendRaw(message: Uint8Array): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = new WebSocket(server.url);
    let closed = false;
    socket.on('open', () => {
      socket.send(encode(CASE, 2, 0, alice));
      setTimeout(() => socket.send(message), 300);
      setTimeout(() => {
        socket.terminate();
        resolve(closed);
      }, 1500);
    });
    socket.on('message', (data: Buffer) => {
      // Hocuspocus says it closes with a message of type 7 before the socket closes.
      if (
        data.length > 0 &&
        data.includes(7) &&
        data.toString('latin1').includes(CASE) &&
        data[CASE.length + 1] === 7
      ) {
        closed = true;
      }
    });
    socket.on('close', () => {
      closed = true;
    });
    socket.on('error', () => {});
  });
}

beforeAll(async () => {
  const folder = serverFolder();
  const members = new MemberStore(folder);
  alice = members.addMember('Alice');
  bob = members.addMember('Bob');
  carol = members.addMember('Carol');
  members.share(CASE, 'Alice');
  members.share(CASE, 'Carol');
  members.removeMember('Carol');
  members.close();
  server = await startCollabServer({ folder, port: 0, maxMessageBytes: LIMIT });
  const writer = connectClient({ url: server.url, name: CASE, token: alice });
  await waitFor(writer.synced, 'Alice to sync');
  writer.document.getMap('case').set('title', 'Applicant v Respondent');
  await waitFor(() => !writer.connection.provider.hasUnsyncedChanges, 'the title to reach the server');
  writer.connection.close();
});

afterAll(async () => {
  await server?.close();
});

describe('a team server refuses', () => {
  it('the member it shares the case with reads it', async () => {
    expect(await serverState()).toBe(JSON.stringify({ title: 'Applicant v Respondent' }));
  });

  it.each([
    ['no token', () => ''],
    ['a wrong token', () => `cw1.1.${'A'.repeat(43)}`],
    ['a token of another shape', () => 'let-me-in'],
    ['a removed member', () => carol],
    ['a member the case is not shared with', () => bob],
  ])('%s, and nothing it writes reaches the case', async (_label, token) => {
    const before = await serverState();
    const intruder = connectClient({ url: server.url, name: CASE, token: token() });
    intruder.document.getMap('case').set('title', 'Defaced');
    await waitFor(() => intruder.refused() !== undefined, 'the refusal');
    intruder.connection.close();
    expect(intruder.synced()).toBe(false);
    expect(await serverState()).toBe(before);
  });

  it('a case name it does not share, even with a valid token', async () => {
    const intruder = connectClient({ url: server.url, name: '../members', token: alice });
    await waitFor(() => intruder.refused() !== undefined, 'the refusal');
    intruder.connection.close();
  });

  it('a malformed update, closing the connection, with the case unchanged', async () => {
    const before = await serverState();
    const garbage = new Uint8Array([1, 255, 255, 255, 255, 255, 255, 255, 255, 255, 3, 7, 0, 9]);
    expect(await sendRaw(encode(CASE, 0, 2, garbage))).toBe(true);
    expect(await sendRaw(encode(CASE, 0, 9, garbage))).toBe(true);
    expect(await sendRaw(encode(CASE, 42))).toBe(true);
    expect(await serverState()).toBe(before);
  });

  it("presence under another member's name, while the member's own name reaches the others", async () => {
    const names = (client: ReturnType<typeof connectClient>) =>
      [...client.connection.provider.awareness!.getStates().values()].map(
        (state) => (state as { user?: { name?: string } }).user?.name,
      );
    const observer = connectClient({ url: server.url, name: CASE, token: alice });
    const honest = connectClient({ url: server.url, name: CASE, token: alice });
    const impostor = connectClient({ url: server.url, name: CASE, token: alice });
    let impostorClosed = false;
    impostor.connection.provider.on('close', () => {
      impostorClosed = true;
    });
    await waitFor(() => observer.synced() && honest.synced() && impostor.synced(), 'the clients to sync');
    impostor.connection.provider.setAwarenessField('user', { name: 'Bob' });
    honest.connection.provider.setAwarenessField('user', { name: 'Alice' });
    await waitFor(() => names(observer).includes('Alice'), "Alice's presence");
    await waitFor(() => impostorClosed, 'the impostor to be disconnected');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(names(observer)).not.toContain('Bob');
    for (const client of [observer, honest, impostor]) client.connection.close();
  });

  it('an oversized update, with the case unchanged', async () => {
    const before = await serverState();
    const big = new Y.Doc();
    big.getMap('case').set('title', 'x'.repeat(LIMIT * 2));
    expect(await sendRaw(encode(CASE, 0, 2, Y.encodeStateAsUpdate(big)))).toBe(true);
    expect(await serverState()).toBe(before);
  });
});
