import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { EngineMessage } from '../app/engine/engineProtocol';
import { startWebServer, type WebServer } from '../app/server/httpServer';
import { type TempService, tempService } from './support/tempService';

let t: TempService;
let web: WebServer;

beforeEach(async () => {
  t = tempService();
  await t.api['case-create']({ path: t.path('case.casewright'), templateId: 'legal-memo' });
  web = await startWebServer(t.service, t.path('renderer'));
});
afterEach(async () => {
  await web.close();
  t.dispose();
});

/** A client of the browser mode's channel, as a page opens it (or with one thing wrong). */
function openSocket(options: { token?: string; origin?: string; host?: string } = {}): WebSocket {
  const token = options.token ?? web.token;
  const origin = options.origin ?? `http://127.0.0.1:${web.port}`;
  return new WebSocket(`ws://127.0.0.1:${web.port}/api/stream?token=${encodeURIComponent(token)}`, {
    headers: { Origin: origin, ...(options.host && { Host: options.host }) },
  });
}

/** Every message the socket receives, in order, and a way to wait for one that matches. */
function listen(socket: WebSocket) {
  const messages: EngineMessage[] = [];
  const waiters: (() => void)[] = [];
  socket.on('message', (data) => {
    messages.push(JSON.parse(String(data)) as EngineMessage);
    for (const wake of waiters.splice(0)) wake();
  });
  const until = async (found: (message: EngineMessage) => boolean): Promise<EngineMessage> => {
    for (;;) {
      const match = messages.find(found);
      if (match) return match;
      await new Promise<void>((wake) => waiters.push(wake));
    }
  };
  return { messages, until };
}

const opened = (socket: WebSocket) =>
  new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });

/** How the server answered an upgrade it refused: its HTTP status. */
const refusal = (socket: WebSocket) =>
  new Promise<number>((resolve) => {
    socket.once('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
    socket.once('error', () => resolve(0));
  });

const isReply = (id: number) => (message: EngineMessage) => 'id' in message && message.id === id;

describe("the browser mode's channel to the engine", () => {
  it("answers a page's call over the socket, after pushing the change it made, named as that page's", async () => {
    const socket = openSocket();
    const { messages, until } = listen(socket);
    await opened(socket);
    const [issue] = await t.api['outline-get']({});
    socket.send(
      JSON.stringify({ id: 1, method: 'nodes-update', input: { id: issue!.id, title: 'Renamed' }, origin: 'page-1' }),
    );
    const reply = await until(isReply(1));
    expect(reply).toMatchObject({ id: 1, ok: true, revision: 1 });
    const change = messages.findIndex((message) => 'push' in message && message.push.type === 'change');
    expect(change).toBeGreaterThanOrEqual(0);
    expect(change).toBeLessThan(messages.indexOf(reply));
    const pushed = messages[change] as Extract<EngineMessage, { push: unknown }>;
    expect(pushed.push).toMatchObject({ type: 'change', change: { revision: 1, origin: 'page-1' } });
    expect((await t.api['outline-get']({}))[0]!.title).toBe('Renamed');
    socket.close();
  });

  it('answers a refused call with its error and keeps serving; ignores what is not a request', async () => {
    const socket = openSocket();
    const { until } = listen(socket);
    await opened(socket);
    socket.send('not json');
    socket.send(JSON.stringify({ hello: 'there' }));
    socket.send(JSON.stringify({ id: 2, method: 'nodes-update', input: { id: 999_999, title: 'x' } }));
    expect(await until(isReply(2))).toMatchObject({ id: 2, ok: false, error: { code: 'not_found' } });
    socket.send(JSON.stringify({ id: 3, method: 'no-such-method', input: {} }));
    expect(await until(isReply(3))).toMatchObject({ id: 3, ok: false });
    socket.send(JSON.stringify({ id: 4, method: 'history-state', input: {} }));
    expect(await until(isReply(4))).toMatchObject({ id: 4, ok: true });
    socket.close();
  });

  it.each([
    ['without the token', { token: 'x'.repeat(32) }],
    ['from another site', { origin: 'http://evil.example' }],
    ['under another host name', { host: 'evil.example' }],
  ])('refuses a socket opened %s, and nothing changes', async (_case, options) => {
    const before = await t.api['outline-get']({});
    expect(await refusal(openSocket(options))).toBe(403);
    expect(await t.api['outline-get']({})).toEqual(before);
  });
});
