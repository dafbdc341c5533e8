import { readFileSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Duplex } from 'node:stream';
import { Redis } from '@hocuspocus/extension-redis';
import { SQLite, schema as sqliteSchema } from '@hocuspocus/extension-sqlite';
import { type Extension, Hocuspocus } from '@hocuspocus/server';
import { WebSocketServer } from 'ws';
import { invalidInput } from '../model/errors';
import { isDocumentName, MemberStore } from '../store/memberStore';
import { awarenessClaims, checkIncomingMessage } from './incomingMessage';

/** The largest message a client may send (a whole case uploaded at once fits; a flood does not). */
export const DEFAULT_MAX_MESSAGE_BYTES = 8 * 1024 * 1024;

export interface CollabServerOptions {
  /** The folder of the members and the documents. */
  folder: string;
  port: number;
  /** Where to listen; loopback unless told otherwise. */
  host?: string;
  /** A certificate and its key (PEM files): the server speaks TLS (wss://). */
  cert?: string;
  key?: string;
  maxMessageBytes?: number;
  /** A Redis server through which several servers share their documents' updates. */
  redis?: { host: string; port: number };
  /** Tells of refused connections and messages (the CLI prints them). */
  log?: (line: string) => void;
}

/** A running team server. */
export interface CollabServer {
  port: number;
  /** The address clients connect to (`ws://` or `wss://`). */
  url: string;
  /** How many documents are loaded in memory. */
  documentCount(): number;
  close(): Promise<void>;
}

const UPSERT = `INSERT INTO "documents" ("name", "data") VALUES ($name, $data)
  ON CONFLICT(name) DO UPDATE SET data = $data`;

/** Thrown from a hook: Hocuspocus closes the connection with this reason. */
function refusal(reason: string): Error & { reason: string; code: number } {
  return Object.assign(new Error(reason), { reason, code: 4403 });
}

/**
 * Why an awareness message is refused: it gives a new state (not an echo of one the server has, which clients send
 * back) under a name other than the connection's member's, so that nobody appears to the others as someone else.
 */
function impersonation(
  message: Uint8Array,
  member: string | undefined,
  known: Map<number, { clock: number }>,
): string | undefined {
  const claims = awarenessClaims(message) ?? [];
  const other = claims.find(
    (claim) => claim.name !== null && claim.name !== member && claim.clock > (known.get(claim.clientId)?.clock ?? -1),
  );
  return other && `presence under another member's name (${other.name})`;
}

/**
 * Starts a team server: Hocuspocus over our own HTTP(S) server, documents persisted in `documents.sqlite` of the
 * folder; every connection authenticated by a member's token, for a case shared with that member.
 */
export async function startCollabServer(options: CollabServerOptions): Promise<CollabServer> {
  if ((options.cert === undefined) !== (options.key === undefined)) {
    throw invalidInput('TLS needs both a certificate (--cert) and its key (--key).');
  }
  const members = new MemberStore(options.folder);
  const maxMessageBytes = options.maxMessageBytes ?? DEFAULT_MAX_MESSAGE_BYTES;
  const log = options.log ?? (() => {});
  const sqlite: SQLite = new SQLite({
    database: join(options.folder, 'documents.sqlite'),
    // Awaited, unlike the extension's own: a document is unloaded (and the server may stop) only once it is stored.
    store: ({ documentName, state }) =>
      new Promise<void>((resolve, reject) => {
        sqlite.db?.run(UPSERT, { $name: documentName, $data: state }, (error) => (error ? reject(error) : resolve()));
      }),
  });
  const extensions: Extension[] = [sqlite];
  if (options.redis) extensions.push(new Redis({ host: options.redis.host, port: options.redis.port }));
  const hocuspocus = new Hocuspocus({
    quiet: true,
    debounce: 500,
    maxDebounce: 2000,
    extensions,
    async onAuthenticate({ token, documentName }) {
      const member = members.memberOf(token);
      if (!member) {
        log(`refused: unknown or removed token for ${documentName}`);
        throw refusal('Unknown token');
      }
      if (!isDocumentName(documentName) || !members.isShared(documentName, member)) {
        log(`refused: ${documentName} is not shared with ${member}`);
        throw refusal('Case not shared with you');
      }
      return { member };
    },
    // Each client learns its member's name from the server, and shows it to the others as its presence.
    async connected({ connection, context }) {
      connection.sendStateless(JSON.stringify({ member: (context as { member: string }).member }));
    },
    async beforeHandleMessage({ update, context, document }) {
      const member = (context as { member?: string }).member;
      const problem =
        checkIncomingMessage(update, maxMessageBytes) ?? impersonation(update, member, document.awareness.meta);
      if (problem) {
        log(`refused a message from ${member ?? 'a client'}: ${problem}`);
        throw refusal(problem);
      }
    },
  });
  // The extension creates its table without waiting; a document loaded before that would fail.
  await new Promise<void>((resolve) => setImmediate(resolve));
  await new Promise<void>((resolve, reject) => {
    if (!sqlite.db) reject(new Error('The documents database did not open.'));
    sqlite.db?.run(sqliteSchema, (error) => (error ? reject(error) : resolve()));
  });
  const server: Server =
    options.cert !== undefined && options.key !== undefined
      ? createHttpsServer({ cert: readFileSync(options.cert), key: readFileSync(options.key) })
      : createHttpServer();
  const sockets = new WebSocketServer({ noServer: true, maxPayload: maxMessageBytes + 1024 });
  server.on('request', (_request, response) => {
    response.writeHead(426, { 'Content-Type': 'text/plain' }).end('A Casewright team server: connect by WebSocket.');
  });
  server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    sockets.handleUpgrade(request, socket, head, (incoming) => {
      incoming.on('error', () => incoming.terminate());
      hocuspocus.handleConnection(incoming, request);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const scheme = options.cert ? 'wss' : 'ws';
  return {
    port,
    url: `${scheme}://${options.host ?? '127.0.0.1'}:${port}`,
    documentCount: () => hocuspocus.getDocumentsCount(),
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const client of sockets.clients) client.terminate();
      // Each document is stored when its last client has gone, then unloaded.
      for (let waited = 0; hocuspocus.getDocumentsCount() > 0 && waited < 10_000; waited += 20) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      await new Promise<void>((resolve) => sockets.close(() => resolve()));
      await closed;
      await hocuspocus.hooks('onDestroy', { instance: hocuspocus });
      await new Promise<void>((resolve) => (sqlite.db ? sqlite.db.close(() => resolve()) : resolve()));
      members.close();
    },
  };
}
