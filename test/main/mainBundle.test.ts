import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

/** The sources bundled into Electron's main process, from its source map. */
function mainSources(): string[] {
  const map = JSON.parse(readFileSync(resolve(ROOT, 'out/main/main.js.map'), 'utf8')) as { sources: string[] };
  return map.sources.map((source) => source.replace(/^(\.\.\/)+/, ''));
}

it("keeps the case service out of Electron's main process: windows, menus, dialogs and files only", () => {
  const sources = mainSources();
  expect(sources.some((source) => source.startsWith('main/'))).toBe(true);
  const libraries = sources
    .map((source) => /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(source)?.[1])
    .filter((name): name is string => name !== undefined);
  expect(new Set(libraries)).toEqual(new Set(['zod']));
  // The service, its store and its exporters live in the engine process.
  const service = /^app\/(api\/(service|handlers|lazyHandlers)\.ts|store\/|session\/|collab\/|import\/|export\/export)/;
  const domain = sources.filter((source) => service.test(source));
  expect(domain).toEqual([]);
});
