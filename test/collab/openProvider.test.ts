import { createServer, type Server, type Socket } from 'node:net';
import { afterEach, expect, it } from 'vitest';
import * as Y from 'yjs';
import { openProvider } from '../../app/collab/openProvider';

let server: Server | undefined;
const sockets: Socket[] = [];

afterEach(async () => {
  for (const socket of sockets) socket.destroy();
  await new Promise((resolve) => server?.close(resolve));
});

/** A server that accepts connections and never answers: a team server that is restarting or stalled. */
async function silentServer(): Promise<string> {
  server = createServer((socket) => sockets.push(socket));
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return `ws://127.0.0.1:${address.port}`;
}

it('a connection attempt abandoned while the server is silent does not crash the engine', async () => {
  const uncaught: unknown[] = [];
  const record = (error: unknown) => uncaught.push(error);
  process.on('uncaughtException', record);
  try {
    const url = await silentServer();
    const connection = openProvider({ url, name: 'case', token: 'token' }, new Y.Doc());
    const socket = connection.provider.configuration.websocketProvider;
    await new Promise((resolve) => setTimeout(resolve, 50));
    // A second attempt replaces the first, which is still waiting for the handshake.
    void socket.connect();
    await new Promise((resolve) => setTimeout(resolve, 50));
    connection.close();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(sockets.length).toBeGreaterThanOrEqual(2);
    expect(uncaught).toEqual([]);
  } finally {
    process.off('uncaughtException', record);
  }
});
