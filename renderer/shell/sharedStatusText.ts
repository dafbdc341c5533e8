import type { SharedStatus } from '../state/caseStore';

const edits = (count: number) => (count === 1 ? '1 edit not yet sent' : `${count} edits not yet sent`);

/** How a shared case stands, in words: "Shared on host — online", "… — offline, 3 edits not yet sent". */
export function sharedStatusText(status: NonNullable<SharedStatus>): string {
  const host = URL.canParse(status.url) ? new URL(status.url).host : status.url;
  return `Shared on ${host} as “${status.name}” — ${connectionText(status)}`;
}

function connectionText(status: NonNullable<SharedStatus>): string {
  const unsent = status.unsent > 0 ? `, ${edits(status.unsent)}` : '';
  if (status.tokenNeeded) return `offline: no token for this case on this computer${unsent}`;
  if (status.refused !== null) return `offline: the server refused your token${unsent}`;
  if (!status.online) return `offline${unsent}`;
  if (!status.connected) return `server not reachable, trying again${unsent}`;
  return status.synced ? 'online' : 'syncing…';
}
