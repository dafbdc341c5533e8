import { existsSync } from 'node:fs';
import { CasewrightError } from '../model/errors';
import { awaitPagination, type PaginationState } from './awaitPagination';

const CHROMIUM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
/** Runs in the page (as a function, not eval, which the document's CSP forbids): the root's pagination state. */
function readPagination(): PaginationState {
  const root = (globalThis as unknown as { document: { documentElement: { dataset: PaginationState } } }).document
    .documentElement;
  return { paged: root.dataset.paged, pagedError: root.dataset.pagedError };
}

/** The Chromium to print with: CASEWRIGHT_CHROMIUM, else the first of the usual paths that exists. */
export function findChromium(environment: NodeJS.ProcessEnv = process.env): string {
  const configured = environment.CASEWRIGHT_CHROMIUM?.trim();
  if (configured) {
    if (existsSync(configured)) return configured;
    throw new CasewrightError('io', `CASEWRIGHT_CHROMIUM names ${configured}, which does not exist.`);
  }
  const found = CHROMIUM_PATHS.find((path) => existsSync(path));
  if (found) return found;
  throw new CasewrightError(
    'io',
    `PDF export needs Chromium, which was not found (looked for ${CHROMIUM_PATHS.join(', ')}). Install it (for example "apt-get install chromium") or set CASEWRIGHT_CHROMIUM to its path.`,
  );
}

type Browser = Awaited<ReturnType<typeof import('playwright-core')['chromium']['launch']>>;

/**
 * A headless Chromium that prints paged HTML exports to PDF, network closed: each document paginates itself with
 * its own script (allowed by hash in its CSP) and is printed when it says it is done. One printer can print many.
 */
export class PdfPrinter {
  private constructor(private readonly browser: Browser) {}

  static async launch(executablePath: string = findChromium()): Promise<PdfPrinter> {
    const { chromium } = await import('playwright-core');
    try {
      return new PdfPrinter(await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true }));
    } catch (error) {
      throw new CasewrightError(
        'io',
        `Chromium (${executablePath}) could not start: ${(error as Error).message.split('\n')[0]}`,
      );
    }
  }

  async print(html: string): Promise<Buffer> {
    const context = await this.browser.newContext({ offline: true });
    try {
      const page = await context.newPage();
      await page.route('**/*', (route) => route.abort());
      await page.setContent(html, { waitUntil: 'load' });
      await awaitPagination(() => page.evaluate(readPagination));
      return await page.pdf({ printBackground: true, preferCSSPageSize: true });
    } finally {
      await context.close();
    }
  }

  close(): Promise<void> {
    return this.browser.close();
  }
}

/** Prints one paged HTML export to PDF with a Chromium of its own. Electron's printToPDF prints the same HTML. */
export async function printPdf(html: string, executablePath: string = findChromium()): Promise<Buffer> {
  const printer = await PdfPrinter.launch(executablePath);
  try {
    return await printer.print(html);
  } finally {
    await printer.close();
  }
}
