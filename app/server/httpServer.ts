import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { type ApiReply, toReply } from '../api/reply';
import type { CaseEngine } from '../engine/engineProtocol';
import { resolveInside } from '../files/resolveInside';
import { CONTENT_SECURITY_POLICY } from './contentSecurityPolicy';
import { contentType } from './contentType';
import { attachEngineSocket } from './engineSocket';

/** Largest API request body accepted (a big import). */
const MAX_BODY_BYTES = 64 * 1024 * 1024;

export interface WebServer {
  url: string;
  port: number;
  token: string;
  server: Server;
  close: () => Promise<void>;
}

/**
 * The browser mode's loopback adapter of the service API: serves the built renderer and
 * `POST /api/<method>` on 127.0.0.1 only, with a random token and a Host-header check.
 */
export async function startWebServer(service: CaseEngine, rendererFolder: string, port = 0): Promise<WebServer> {
  const token = randomBytes(24).toString('base64url');
  let actualPort = port;
  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => send(response, 500, 'text/plain', String(error)));
  });

  const rightHost = (host: string | undefined) =>
    host === `127.0.0.1:${actualPort}` || host === `localhost:${actualPort}`;

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const host = request.headers.host ?? '';
    if (!rightHost(host)) return send(response, 421, 'text/plain', 'Wrong host.');
    const url = new URL(request.url ?? '/', `http://${host}`);
    if (url.pathname.startsWith('/api/')) {
      if (request.method !== 'POST') return send(response, 405, 'text/plain', 'Use POST.');
      if (!sameToken(request.headers['x-casewright-token'], token))
        return send(response, 403, 'text/plain', 'Bad token.');
      if (!String(request.headers['content-type']).startsWith('application/json')) {
        return send(response, 415, 'text/plain', 'Send JSON.');
      }
      const method = decodeURIComponent(url.pathname.slice('/api/'.length));
      let input: unknown;
      try {
        input = JSON.parse((await readBody(request)) || '{}');
      } catch (error) {
        const reply: ApiReply = { ok: false, error: { code: 'invalid_input', message: (error as Error).message } };
        return sendJson(response, 400, reply);
      }
      const client = request.headers['x-casewright-client'];
      const origin = typeof client === 'string' ? client.slice(0, 64) : undefined;
      const reply = await toReply(() => service.call(method, input, origin));
      return sendJson(response, 200, { ...reply, revision: service.revision() });
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405, 'text/plain', 'Use GET.');
    if (url.pathname === '/' || url.pathname === '/index.html') {
      if (!sameToken(url.searchParams.get('token') ?? undefined, token)) {
        return send(
          response,
          403,
          'text/plain',
          'Open the address that "npm run web" printed: it carries the access token.',
        );
      }
      return serveFile(response, rendererFolder, 'index.html');
    }
    return serveFile(response, rendererFolder, url.pathname);
  }

  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => done());
  });
  const address = server.address();
  actualPort = typeof address === 'object' && address ? address.port : port;
  const detach = attachEngineSocket(
    server,
    service,
    (request, given) =>
      rightHost(request.headers.host) &&
      rightOrigin(request.headers.origin, actualPort) &&
      sameToken(given ?? undefined, token),
    MAX_BODY_BYTES,
  );
  return {
    url: `http://127.0.0.1:${actualPort}/?token=${token}`,
    port: actualPort,
    token,
    server,
    close: () => {
      detach();
      return new Promise((done) => server.close(() => done()));
    },
  };
}

/** The renderer's built scripts and styles: their names carry a hash of their content, so they never change. */
const HASHED_ASSET = /^\/assets\/[\w.-]+-[\w-]{8}\.(?:js|css)$/;
/** A hashed asset may be kept for a year: a reload then reads it, and the code compiled from it, from the cache. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

async function serveFile(response: ServerResponse, root: string, requestPath: string): Promise<void> {
  const path = resolveInside(root, requestPath);
  if (!path) return send(response, 404, 'text/plain', 'Not found.');
  try {
    const content = await readFile(path);
    const cache = HASHED_ASSET.test(requestPath) ? IMMUTABLE : 'no-store';
    return send(response, 200, contentType(path), content, cache);
  } catch {
    return send(response, 404, 'text/plain', 'Not found.');
  }
}

/** A page of the app itself, or a client that is not a browser (which sends no Origin). */
function rightOrigin(origin: string | undefined, port: number): boolean {
  return origin === undefined || origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`;
}

function sameToken(given: string | string[] | undefined, token: string): boolean {
  if (typeof given !== 'string' || given.length !== token.length) return false;
  return timingSafeEqual(Buffer.from(given), Buffer.from(token));
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((done, fail) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        fail(new Error('The request is too large.'));
        request.destroy();
      } else chunks.push(chunk);
    });
    request.on('end', () => done(Buffer.concat(chunks).toString('utf8')));
    request.on('error', fail);
  });
}

function send(response: ServerResponse, status: number, type: string, body: string | Buffer, cache = 'no-store'): void {
  response.writeHead(status, {
    'Content-Type': type,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': cache,
  });
  response.end(body);
}

function sendJson(response: ServerResponse, status: number, value: unknown): void {
  send(response, status, 'application/json; charset=utf-8', JSON.stringify(value));
}
