import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';

/** The partition of the print windows: its own session, so nothing they load mixes with the case windows'. */
export const PRINT_PARTITION = 'casewright-print';

/** The options of the hidden window that prints an export: no preload, no JavaScript (and sandboxed, as every window). */
export function printWindowOptions(): BrowserWindowConstructorOptions {
  return {
    show: false,
    webPreferences: { javascript: false, partition: PRINT_PARTITION },
  };
}

/**
 * Prints an HTML export (self-contained, with its own strict CSP) to an A4 PDF with Chromium: loaded from a
 * temporary file into a hidden window that runs no script, then `printToPDF`.
 */
export async function printHtmlToPdf(
  html: string,
  createWindow: (options: BrowserWindowConstructorOptions) => BrowserWindow,
): Promise<Buffer> {
  const folder = await mkdtemp(join(tmpdir(), 'casewright-print-'));
  const window = createWindow(printWindowOptions());
  try {
    const file = join(folder, 'document.html');
    await writeFile(file, html, 'utf8');
    await window.loadFile(file);
    return await window.webContents.printToPDF({ pageSize: 'A4', printBackground: true });
  } finally {
    if (!window.isDestroyed()) window.destroy();
    await rm(folder, { recursive: true, force: true });
  }
}
