import { CHROMIUM_ARGS, findChromium } from '../export/printPdf';
import { CasewrightError } from '../model/errors';

/** The largest side, in pixels, of a PNG Chromium will draw; a larger map is drawn smaller to fit. */
const MAX_SIDE = 16_000;

/**
 * An SVG drawn as a PNG by a headless Chromium, network closed, at `scale` device pixels per CSS pixel (twice the
 * screen's resolution by default: sharp on a slide). A map too large for that is drawn at the largest scale that fits.
 */
export async function rasterizeSvg(
  svg: string,
  size: { width: number; height: number },
  scale = 2,
  executablePath: string = findChromium(),
): Promise<{ png: Buffer; scale: number }> {
  const width = Math.ceil(size.width);
  const height = Math.ceil(size.height);
  const fitted = Math.min(scale, MAX_SIDE / width, MAX_SIDE / height);
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
    const context = await browser.newContext({ offline: true, viewport: { width, height }, deviceScaleFactor: fitted });
    const page = await context.newPage();
    await page.route('**/*', (route) => route.abort());
    const body = svg.replace(/^<\?xml[^>]*>\s*/, '');
    await page.setContent(`<!doctype html><html><body style="margin:0">${body}</body></html>`, { waitUntil: 'load' });
    const png = await page.screenshot({ type: 'png', clip: { x: 0, y: 0, width, height }, timeout: 600_000 });
    return { png, scale: fitted };
  } finally {
    await browser.close();
  }
}
