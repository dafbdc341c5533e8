import { findChromium } from '../../export/printPdf';
import { CasewrightError } from '../../model/errors';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Prints the report's HTML to PDF with headless Chromium, the network closed. */
export async function printReportPdf(html: string, executablePath: string = findChromium()): Promise<Buffer> {
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
    const context = await browser.newContext({ offline: true });
    const page = await context.newPage();
    await page.route('**/*', (route) => route.abort());
    await page.setContent(html, { waitUntil: 'load' });
    return await page.pdf({ printBackground: true, preferCSSPageSize: true });
  } finally {
    await browser.close();
  }
}
