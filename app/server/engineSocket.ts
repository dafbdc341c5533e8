import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import type { CaseEngine } from '../engine/engineProtocol';
import { EXTERNAL_CHECK_MS, serveEngine } from '../engine/serveEngine';

/** The path of the browser mode's channel to the engine. */
export const STREAM_PATH = '/api/stream';

/**
 * The browser mode's channel to the engine: one WebSocket per page at `/api/stream?token=…`, refused unless its
 * Host, Origin and token are the server's. A page's calls go over it as the desktop window's go over its MessagePort
 * (a request with an id, answered by one reply), and every change of the case and the export progress are pushed to
 * every page. A request larger than the HTTP API accepts closes the socket.
 */
export function attachEngineSocket(
  server: Server,
  engine: CaseEngine,
  accepts: (request: IncomingMessage, token: string | null) => boolean,
  maxPayload: number,
): () => void {
  const sockets = new WebSocketServer({ noServer: true, maxPayload });
  const timer = engine.checkExternal && setInterval(() => engine.checkExternal?.(), EXTERNAL_CHECK_MS);
  timer?.unref();
  server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (url.pathname !== STREAM_PATH || !accepts(request, url.searchParams.get('token'))) {
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
      return;
    }
    sockets.handleUpgrade(request, socket, head, (client) => {
      const stop = serveEngine(engine, {
        send: (message) => {
          if (client.readyState === client.OPEN) client.send(JSON.stringify(message));
        },
        onMessage: (listener) => client.on('message', (data) => listener(parseMessage(String(data)))),
      });
      client.on('close', stop);
    });
  });
  return () => {
    if (timer) clearInterval(timer);
    for (const client of sockets.clients) client.terminate();
    sockets.close();
  };
}

/** A message from a page, or undefined when it is not JSON (which `serveEngine` then ignores, as any non-request). */
function parseMessage(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
