import * as Y from 'yjs';
import { CasewrightError } from '../model/errors';
import { NODES } from './caseDoc';
import { openProvider, type SharedCaseAddress } from './openProvider';

/** How long to wait for a team server's first answer. */
const PROBE_TIMEOUT_MS = 15_000;
/** After this many connections refused or dropped before one opened, nothing is listening at the address. */
const UNREACHABLE_AFTER = 3;

/**
 * Connects to a shared case once, to learn before anything is written whether the server takes the member's token
 * for this case and whether the case there holds nodes already.
 */
export function probeSharedCase(address: SharedCaseAddress): Promise<{ empty: boolean }> {
  const document = new Y.Doc();
  return new Promise<{ empty: boolean }>((resolve, reject) => {
    let settled = false;
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      connection.close();
      document.destroy();
      outcome();
    };
    const connection = openProvider(address, document, {
      onAuthenticationFailed: (reason) =>
        finish(() =>
          reject(
            new CasewrightError(
              'conflict',
              `The team server at ${address.url} refused this token for “${address.name}” (${reason || 'not allowed'}).`,
            ),
          ),
        ),
    });
    connection.provider.on('synced', () => finish(() => resolve({ empty: document.getMap(NODES).size === 0 })));
    let opened = false;
    let failures = 0;
    connection.provider.on('open', () => {
      opened = true;
    });
    connection.provider.on('close', () => {
      if (opened || ++failures < UNREACHABLE_AFTER) return;
      finish(() =>
        reject(
          new CasewrightError(
            'io',
            `No team server answers at ${address.url}: check the address, and that the server is running and reachable.`,
          ),
        ),
      );
    });
    const timer = setTimeout(
      () => finish(() => reject(new CasewrightError('io', `No answer from a team server at ${address.url}.`))),
      PROBE_TIMEOUT_MS,
    );
  });
}
