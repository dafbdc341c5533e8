import { expect, it } from 'vitest';
import { bundledSources } from '../support/bundleSources';

/** The sources Electron's main process runs: its bundle and every chunk it loads, at start or later. */
const mainSources = () => bundledSources('out/main-metafile.json', 'out/main/main.js', true);

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
