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
  const [drawn] = await rasterizeSvgs([{ svg, ...size }], scale, executablePath);
  return drawn!;
}

/** Several SVGs drawn as PNGs, as `rasterizeSvg` draws one (each at its own `scale`, if it has one), by one Chromium. */
export async function rasterizeSvgs(
  svgs: readonly { svg: string; width: number; height: number; scale?: number }[],
  scale = 2,
  executablePath: string = findChromium(),
): Promise<{ png: Buffer; scale: number }[]> {
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
    const drawn: { png: Buffer; scale: number }[] = [];
    for (const { svg, ...size } of svgs) {
      const width = Math.ceil(size.width);
      const height = Math.ceil(size.height);
      const fitted = Math.min(size.scale ?? scale, MAX_SIDE / width, MAX_SIDE / height);
      const context = await browser.newContext({
        offline: true,
        viewport: { width, height },
        deviceScaleFactor: fitted,
      });
      try {
        const page = await context.newPage();
        await page.route('**/*', (route) => route.abort());
        const body = svg.replace(/^<\?xml[^>]*>\s*/, '');
        await page.setContent(`<!doctype html><html><body style="margin:0">${body}</body></html>`, {
          waitUntil: 'load',
        });
        const png = await page.screenshot({ type: 'png', clip: { x: 0, y: 0, width, height }, timeout: 600_000 });
        drawn.push({ png, scale: fitted });
      } finally {
        await context.close();
      }
    }
    return drawn;
  } finally {
    await browser.close();
  }
}
