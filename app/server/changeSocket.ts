import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import type { CaseEngine } from '../engine/engineProtocol';
import { EXTERNAL_CHECK_MS } from '../engine/serveEngine';

/** The path of the browser mode's change stream. */
export const STREAM_PATH = '/api/stream';

/**
 * The browser mode's change stream: one WebSocket per page at `/api/stream?token=…`, refused unless its Host,
 * Origin and token are the server's; every change of the case and the export progress are sent to every page.
 */
export function attachChangeSocket(
  server: Server,
  engine: CaseEngine,
  accepts: (request: IncomingMessage, token: string | null) => boolean,
): () => void {
  const sockets = new WebSocketServer({ noServer: true, maxPayload: 1024 });
  const stop = engine.subscribe((message) => {
    const text = JSON.stringify(message);
    for (const socket of sockets.clients) socket.send(text);
  });
  const timer = engine.checkExternal && setInterval(() => engine.checkExternal?.(), EXTERNAL_CHECK_MS);
  timer?.unref();
  server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (url.pathname !== STREAM_PATH || !accepts(request, url.searchParams.get('token'))) {
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
      return;
    }
    sockets.handleUpgrade(request, socket, head, (client) => {
      client.on('message', () => client.close(1008, 'The stream only sends.'));
    });
  });
  return () => {
    if (timer) clearInterval(timer);
    stop();
    for (const client of sockets.clients) client.terminate();
    sockets.close();
  };
}
