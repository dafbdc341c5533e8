import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CaseService } from '../app/api/service';
import { startWebServer } from '../app/server/httpServer';
import { medianValue } from './measure';
import { CHROMIUM_ARGS } from './rendererBench';

export interface MapFigures {
  /** Median time from clicking Map to every box in view being drawn. */
  layoutMs: number;
  /** Median work of one panning step: the mouse event, the redraw and the layout of the page after it. */
  panMs: number;
  /** The most boxes drawn at once while panning. */
  drawnBoxes: number;
}

// Run in the page as a string (the bench has no DOM types): pans the map by `steps` drags of 40 px, timing each step
// from the mouse event to the end of the redraw (React's task) and a layout of the page.
const PAN_SCRIPT = (steps: number) => `(async () => {
  const svg = document.querySelector('[role="tree"][aria-label="Argument map"]');
  const bounds = svg.getBoundingClientRect();
  const at = (x, y, type, buttons) => svg.dispatchEvent(new MouseEvent(type, {
    bubbles: true, clientX: bounds.left + x, clientY: bounds.top + y, buttons, button: 0,
  }));
  const tick = () => new Promise((resolve) => { const channel = new MessageChannel(); channel.port1.onmessage = resolve; channel.port2.postMessage(0); });
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  let origin = { x: 4, y: 4 };
  search: for (let y = 10; y < bounds.height; y += 20) {
    for (let x = 10; x < bounds.width; x += 20) {
      if (document.elementFromPoint(bounds.left + x, bounds.top + y) === svg) { origin = { x, y }; break search; }
    }
  }
  at(origin.x, origin.y, 'mousedown', 1);
  const times = [];
  let most = 0;
  for (let step = 1; step <= ${steps}; step++) {
    await frame();
    const start = performance.now();
    at(origin.x - (step * 40) % 4000, origin.y - Math.floor(step / 100) * 40, 'mousemove', 1);
    await tick();
    svg.getBoundingClientRect();
    document.body.offsetHeight;
    times.push(performance.now() - start);
    most = Math.max(most, svg.querySelectorAll('[role="treeitem"]').length);
  }
  at(origin.x, origin.y, 'mouseup', 0);
  return { times, most };
})()`;

/**
 * The map of a large case in Chromium: switching to it until every box in view is drawn (median of three after a
 * warm-up), and the work of each step while panning across it.
 */
export async function measureMap(
  casePath: string,
  dataFolder: string,
  rendererFolder: string,
  chromiumPath: string,
  panSteps = 120,
): Promise<MapFigures> {
  const service = new CaseService({ dataFolder, templatesFolder: join(rendererFolder, 'none') });
  await service.call('case-open', { path: casePath });
  const server = await startWebServer(service, rendererFolder);
  const browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const map = page.getByRole('tree', { name: 'Argument map' });
    const layouts: number[] = [];
    for (let round = 0; round < 4; round++) {
      await page.goto(server.url);
      await page.getByRole('treeitem').first().waitFor();
      const start = Date.now();
      await page.getByRole('button', { name: 'Map', exact: true }).click();
      // Every box in view is drawn in the same commit, with the selected one among them.
      await map.locator('[role="treeitem"][aria-selected="true"]').waitFor({ state: 'attached', timeout: 60_000 });
      if (round > 0) layouts.push(Date.now() - start);
    }
    // Let the page settle (the panels and deferred parts load once the outline has painted) before timing the pan.
    await page.waitForTimeout(1500);
    const pan = (await page.evaluate(PAN_SCRIPT(panSteps))) as { times: number[]; most: number };
    return { layoutMs: medianValue(layouts), panMs: medianValue(pan.times), drawnBoxes: pan.most };
  } finally {
    await browser.close();
    await server.close();
    service.close();
  }
}
