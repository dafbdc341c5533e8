import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin/casewright');
/** Written by the build: which sources went into each chunk of the CLI. */
const METAFILE = join(ROOT, 'out/cli-chunks/metafile.json');
/** The libraries that only exports and imports need, as their paths under node_modules start. */
const HEAVY = ['docx/', 'citeproc/', '@citation-js/', 'mammoth/', 'jszip/', 'playwright-core/'];

let folder: string;
let preload: string;

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'casewright-cli-loading-'));
  // A loader hook records every module file Node loads as a module; at exit, the CommonJS files it required.
  const hook = join(folder, 'hook.mjs');
  writeFileSync(
    hook,
    `import { appendFileSync } from 'node:fs';
export async function load(url, context, next) {
  if (url.startsWith('file:')) appendFileSync(process.env.LOAD_LOG, url + '\\n');
  return next(url, context);
}`,
  );
  preload = join(folder, 'preload.mjs');
  writeFileSync(
    preload,
    `import { appendFileSync } from 'node:fs';
import { createRequire, register } from 'node:module';
register(${JSON.stringify(pathToFileURL(hook).href)});
const required = createRequire(import.meta.url).cache;
process.on('exit', () => appendFileSync(process.env.LOAD_LOG, Object.keys(required).join('\\n') + '\\n'));`,
  );
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Runs the CLI; returns its exit code and the sources of every file it loaded (chunks resolved through the metafile). */
function loadedSources(...args: string[]): { code: number | null; sources: string[] } {
  const log = join(folder, `loaded-${args[0]}.log`);
  writeFileSync(log, '');
  const result = spawnSync(process.execPath, ['--import', pathToFileURL(preload).href, BIN, ...args], {
    cwd: folder,
    encoding: 'utf8',
    env: { ...process.env, CASEWRIGHT_HOME: join(folder, 'home'), LOAD_LOG: log },
  });
  const { outputs } = JSON.parse(readFileSync(METAFILE, 'utf8')) as {
    outputs: Record<string, { inputs: Record<string, unknown> }>;
  };
  const sources: string[] = [];
  for (const line of readFileSync(log, 'utf8').split('\n').filter(Boolean)) {
    const path = line.startsWith('file:') ? new URL(line).pathname : line;
    sources.push(path);
    const chunk = outputs[`out/${path.split('/out/')[1]}`];
    if (chunk) sources.push(...Object.keys(chunk.inputs));
  }
  return { code: result.status, sources };
}

const heavyIn = (sources: string[]) =>
  HEAVY.filter((library) => sources.some((source) => source.includes(`node_modules/${library}`)));

describe('what the CLI loads', () => {
  it('prints --help without loading the service, SQLite or any export library', () => {
    const { code, sources } = loadedSources('--help');
    expect(code).toBe(0);
    expect(sources.some((source) => source.endsWith('app/cli/usage.ts'))).toBe(true);
    expect(heavyIn(sources)).toEqual([]);
    expect(sources.filter((source) => /node_modules\/(zod|better-sqlite3)\//.test(source))).toEqual([]);
    expect(sources.filter((source) => source.includes('app/api/'))).toEqual([]);
  });

  it('shows a case without loading the export and import libraries, and loads DOCX only to export one', () => {
    expect(loadedSources('new', 'case.casewright', '--template', 'russia-dprk-pact-2024').code).toBe(0);
    const show = loadedSources('show', 'case.casewright');
    expect(show.code).toBe(0);
    expect(show.sources.some((source) => source.endsWith('app/cli/commands/show.ts'))).toBe(true);
    expect(show.sources.some((source) => source.includes('node_modules/better-sqlite3/'))).toBe(true);
    expect(heavyIn(show.sources)).toEqual([]);
    // The service loads a feature's handlers (their schemas and code) when one of its methods is first called.
    expect(
      show.sources.filter((source) => /app\/api\/(export|import|version|source|citecheck)Handlers/.test(source)),
    ).toEqual([]);
    // zod's messages in 40 languages are a third of the bundle: `import { z } from 'zod'` would bring them all.
    expect(show.sources.filter((source) => /node_modules\/zod\/v4\/locales\/(?!en\.js)/.test(source))).toEqual([]);

    const docx = loadedSources('export', 'case.casewright', '--format', 'docx', '--out', 'case.docx');
    expect(docx.code).toBe(0);
    expect(heavyIn(docx.sources)).toEqual(['docx/']);
  });
});
