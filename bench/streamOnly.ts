import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CaseService } from '../app/api/service';
import { generateCase } from './generateCase';
import type { Count } from './printResults';
import { CHROMIUM_ARGS } from './rendererBench';
import { measureStreamRows, type StreamSink } from './streamBench';

/** The first Chromium found on this machine, if any. */
export function findChromium(): string | undefined {
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((path) => existsSync(path));
}

/** A sink that adds the stream rows to the table and the counts. */
export function streamSink(row: StreamSink['row'], counts: Count[], log: (text: string) => void): StreamSink {
  return { row, count: (name, count, target) => counts.push({ name, count, target }), log };
}

/**
 * `npm run bench -- --stream-only [--size N]`: only the stream rows, on cases of N and 10·N nodes (default 1,000),
 * to check that they run; the figures that count are those of the full run on the 10k and 100k cases.
 */
export async function runStreamOnly(folder: string, dataFolder: string, sink: StreamSink): Promise<void> {
  const sizeArgument = process.argv.indexOf('--size');
  const size = sizeArgument > 0 ? Number(process.argv[sizeArgument + 1]) : 1000;
  const make = async (nodes: number) => {
    const path = join(folder, `stream-${nodes}.casewright`);
    const service = new CaseService({ dataFolder, templatesFolder: join(folder, 'none') });
    await service.call('case-create', { path });
    await service.call('interchange-import', { document: generateCase(nodes) });
    service.close();
    return path;
  };
  const label = (nodes: number) => (nodes % 1000 === 0 ? `${nodes / 1000}k` : String(nodes));
  const chromium = findChromium();
  await measureStreamRows(
    {
      caseMedium: await make(size),
      caseLarge: await make(size * 10),
      mediumLabel: label(size),
      largeLabel: label(size * 10),
      engineEntry: join(import.meta.dirname, 'engine.js'),
      home: dataFolder,
      openInProcessMs: null,
      ...(chromium
        ? { renderer: { folder: join(import.meta.dirname, 'renderer'), chromium, args: CHROMIUM_ARGS } }
        : {}),
    },
    sink,
  );
}
