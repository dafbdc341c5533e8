import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CaseService } from '../app/api/service';
import { startWebServer } from '../app/server/httpServer';
import { medianValue } from './measure';

export interface RendererFigures {
  firstRenderMs: number;
  maxTreeItems: number;
  keystrokeMs: number;
}

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

/**
 * The renderer in Chromium on a case: time from loading the page to the first rendered outline,
 * the most tree items in the DOM while scrolling, and the median time the editor takes to handle a
 * keystroke (from the key event to the end of its handling).
 */
export async function measureRenderer(
  casePath: string,
  dataFolder: string,
  rendererFolder: string,
  chromiumPath: string,
): Promise<RendererFigures> {
  const service = new CaseService({ dataFolder, templatesFolder: join(rendererFolder, 'none') });
  await service.call('case-open', { path: casePath });
  const server = await startWebServer(service, rendererFolder);
  const browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const renders: number[] = [];
    for (let round = 0; round < 6; round++) {
      const start = Date.now();
      await page.goto(server.url);
      await page.getByRole('treeitem').first().waitFor();
      if (round > 0) renders.push(Date.now() - start);
    }
    const tree = page.getByRole('tree', { name: 'Outline' });
    let maxTreeItems = 0;
    for (const fraction of [0, 0.1, 0.25, 0.5, 0.75, 0.9, 1]) {
      await tree.evaluate((element, at) => {
        element.scrollTop = (element.scrollHeight - element.clientHeight) * at;
      }, fraction);
      await page.waitForTimeout(60);
      maxTreeItems = Math.max(maxTreeItems, await page.getByRole('treeitem').count());
    }
    await tree.evaluate((element) => {
      element.scrollTop = 0;
    });
    await page.getByRole('treeitem').nth(2).click();
    const body = page.getByRole('textbox', { name: 'Body' });
    await body.click();
    await page.keyboard.press('End');
    await page.evaluate(`
      window.keystrokeTimes = [];
      window.addEventListener('keydown', (event) => {
        setTimeout(() => window.keystrokeTimes.push(performance.now() - event.timeStamp), 0);
      }, true);
    `);
    for (const character of 'the Council decided that all Member States shall prevent the supply of arms') {
      await page.keyboard.type(character);
      await page.waitForTimeout(25);
    }
    const times = (await page.evaluate('window.keystrokeTimes')) as number[];
    return {
      firstRenderMs: medianValue(renders),
      maxTreeItems,
      keystrokeMs: medianValue(times),
    };
  } finally {
    await browser.close();
    await server.close();
    service.close();
  }
}
