import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import { awaitPagination, PAGINATION_STATE_SCRIPT, type PaginationState } from '../app/export/awaitPagination';

/** The partition of the print windows: its own session, so nothing they load mixes with the case windows'. */
export const PRINT_PARTITION = 'casewright-print';

/**
 * The options of the hidden window that prints an export: no preload, sandboxed as every window. It runs scripts so
 * that the paged export can paginate itself; its CSP lets only its own driver run (by hash) and load nothing.
 */
export function printWindowOptions(): BrowserWindowConstructorOptions {
  return {
    show: false,
    webPreferences: { javascript: true, partition: PRINT_PARTITION },
  };
}

/**
 * Prints a paged HTML export (self-contained, with its own strict CSP) to PDF with Electron's Chromium, as the CLI
 * prints it with Chromium: loaded from a temporary file into a hidden window, paginated by its own script (unless
 * `paged` is false: a page without one, such as the Cite Check Report, is printed once loaded), then `printToPDF`
 * at the page size its stylesheet gives.
 */
export async function printHtmlToPdf(
  html: string,
  createWindow: (options: BrowserWindowConstructorOptions) => BrowserWindow,
  { paged = true }: { paged?: boolean } = {},
): Promise<Buffer> {
  const folder = await mkdtemp(join(tmpdir(), 'casewright-print-'));
  const window = createWindow(printWindowOptions());
  try {
    const file = join(folder, 'document.html');
    await writeFile(file, html, 'utf8');
    await window.loadFile(file);
    if (paged) {
      await awaitPagination(
        async () => (await window.webContents.executeJavaScript(PAGINATION_STATE_SCRIPT)) as PaginationState,
      );
    }
    return await window.webContents.printToPDF({ preferCSSPageSize: true, printBackground: true });
  } finally {
    if (!window.isDestroyed()) window.destroy();
    await rm(folder, { recursive: true, force: true });
  }
}
