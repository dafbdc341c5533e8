import { join } from 'node:path';
import { CaseService } from '../app/api/service';
import { generateCase } from './generateCase';
import { measureMap } from './mapBench';
import { CHROMIUM_ARGS, measureRenderer } from './rendererBench';
import { measureEditToPaint } from './streamBench';
import { findChromium } from './streamOnly';

const ROWS = ['render-outline-10k', 'edit-to-paint-10k', 'edit-to-frame-10k', 'map-layout-10k', 'map-pan-10k'] as const;

/**
 * `npm run bench -- --only render-outline-10k,edit-to-paint-10k [--repeat N]`: only the renderer's rows that reach
 * the 10,000-node case in Chromium (the map's too), each measured N times (default 3), to compare a change before and after in the
 * same conditions. Prints every run's median and the median of those.
 */
export async function runOnlyRows(folder: string, dataFolder: string, log: (text: string) => void): Promise<string> {
  const chosen = process.argv[process.argv.indexOf('--only') + 1]?.split(',') ?? [];
  const unknown = chosen.filter((name) => !(ROWS as readonly string[]).includes(name));
  if (unknown.length > 0) throw new Error(`--only knows ${ROWS.join(', ')}; not ${unknown.join(', ')}.`);
  const repeatArgument = process.argv.indexOf('--repeat');
  const repeat = repeatArgument > 0 ? Number(process.argv[repeatArgument + 1]) : 3;
  const chromium = findChromium();
  if (!chromium) throw new Error('--only measures in Chromium, which was not found.');
  const path = join(folder, 'case-10k.casewright');
  const service = new CaseService({ dataFolder, templatesFolder: join(folder, 'none') });
  await service.call('case-create', { path });
  await service.call('interchange-import', { document: generateCase(10_000) });
  service.close();
  const rendererFolder = join(import.meta.dirname, 'renderer');
  const engineEntry = join(import.meta.dirname, 'engine.js');
  const measures: Record<(typeof ROWS)[number], () => Promise<number>> = {
    'render-outline-10k': async () => (await measureRenderer(path, dataFolder, rendererFolder, chromium)).firstRenderMs,
    'edit-to-paint-10k': async () => {
      const figures = await measureEditToPaint(path, engineEntry, dataFolder, rendererFolder, chromium, CHROMIUM_ARGS);
      log(
        `roundtrips-per-edit: ${figures.roundTripsPerEdit}, edit-to-frame-10k: ${figures.editToFrameMs.toFixed(2)} ms`,
      );
      return figures.editToPaintMs;
    },
    'edit-to-frame-10k': async () =>
      (await measureEditToPaint(path, engineEntry, dataFolder, rendererFolder, chromium, CHROMIUM_ARGS)).editToFrameMs,
    'map-layout-10k': async () => (await measureMap(path, dataFolder, rendererFolder, chromium)).layoutMs,
    'map-pan-10k': async () => {
      const figures = await measureMap(path, dataFolder, rendererFolder, chromium);
      log(`map-pan-10k: at most ${figures.drawnBoxes} boxes drawn`);
      return figures.panMs;
    },
  };
  const lines: string[] = [];
  for (const name of chosen as (typeof ROWS)[number][]) {
    const runs: number[] = [];
    for (let round = 0; round < repeat; round++) {
      runs.push(await measures[name]());
      log(`${name} run ${round + 1}: ${runs.at(-1)!.toFixed(2)} ms`);
    }
    const sorted = [...runs].sort((left, right) => left - right);
    const median = sorted[Math.floor(sorted.length / 2)]!;
    lines.push(`${name}: median ${median.toFixed(2)} ms of runs ${runs.map((run) => run.toFixed(2)).join(', ')}`);
  }
  return `${lines.join('\n')}\n`;
}
