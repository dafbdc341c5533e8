import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import { type CaseConnection, openProvider, type SharedCaseAddress } from '../../app/collab/openProvider';

/** A fresh folder for a team server's data. */
export function serverFolder(): string {
  return mkdtempSync(join(tmpdir(), 'casewright-serve-'));
}

/** Waits until `check` holds, polling; fails with `what` after `timeoutMs`. */
export async function waitFor(check: () => boolean, what: string, timeoutMs = 15_000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error(`Timed out waiting for ${what}.`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** A plain Yjs client of a team server: its document, its connection and whether the server refused it. */
export interface PlainClient {
  document: Y.Doc;
  connection: CaseConnection;
  refused: () => string | undefined;
  synced: () => boolean;
}

/** Connects a fresh document to a case on a server. */
export function connectClient(address: SharedCaseAddress, document = new Y.Doc()): PlainClient {
  let refusal: string | undefined;
  let synced = false;
  const connection = openProvider(address, document, {
    onAuthenticationFailed: (reason) => {
      refusal = reason || 'refused';
    },
  });
  connection.provider.on('synced', () => {
    synced = true;
  });
  return { document, connection, refused: () => refusal, synced: () => synced };
}
