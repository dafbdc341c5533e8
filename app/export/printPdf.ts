import { existsSync } from 'node:fs';
import { CasewrightError } from '../model/errors';

const CHROMIUM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

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

/**
 * Prints an HTML export to PDF (its stylesheet gives A4 and the page numbers) with headless Chromium, scripts off and the network
 * closed. Electron's printToPDF can print the same HTML string.
 */
export async function printPdf(html: string, executablePath: string = findChromium()): Promise<Buffer> {
  const { chromium } = await import('playwright-core');
  let browser: Awaited<ReturnType<typeof chromium.launch>>;
  try {
    browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
  } catch (error) {
    throw new CasewrightError(
      'io',
      `Chromium (${executablePath}) could not start: ${(error as Error).message.split('\n')[0]}`,
    );
  }
  try {
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    const page = await context.newPage();
    await page.route('**/*', (route) => route.abort());
    await page.setContent(html, { waitUntil: 'load' });
    return await page.pdf({
      format: 'A4',
      printBackground: true,
      preferCSSPageSize: true,
    });
  } finally {
    await browser.close();
  }
}
