import { setTimeout as delay } from 'node:timers/promises';
import { CasewrightError } from '../model/errors';

// Apart from the printer, so that Electron's main process, which prints with its own window, loads no browser driver.

/** How long a document may take to paginate before printing gives up. */
const PAGINATION_TIMEOUT_MS = 10 * 60_000;

/** What the document's driver has written on its root: the page count when done, or why it failed. */
export interface PaginationState {
  paged?: string;
  pagedError?: string;
}

/** The same, as a script for Electron's `executeJavaScript` (which the document's CSP does not govern). */
export const PAGINATION_STATE_SCRIPT =
  '({ paged: document.documentElement.dataset.paged, pagedError: document.documentElement.dataset.pagedError })';

/** Waits until a paged document says it is paginated (polling `read`); a clear error if it failed or took too long. */
export async function awaitPagination(read: () => Promise<PaginationState>): Promise<number> {
  const deadline = Date.now() + PAGINATION_TIMEOUT_MS;
  let state = await read();
  while (state.paged === undefined && state.pagedError === undefined) {
    if (Date.now() > deadline) throw new CasewrightError('io', 'The document took too long to paginate.');
    await delay(100);
    state = await read();
  }
  if (state.pagedError !== undefined)
    throw new CasewrightError('io', `The document could not be paginated: ${state.pagedError}`);
  return Number(state.paged);
}
