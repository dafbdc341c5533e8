import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

interface Output {
  imports: { path: string; kind: string }[];
  inputs: Record<string, unknown>;
}

/** The sources Electron's main process can ever load: its entry and every chunk it imports, statically or not. */
function reachableFromMain(): string[] {
  const metafile = JSON.parse(readFileSync(resolve(ROOT, 'out/main-metafile.json'), 'utf8')) as {
    outputs: Record<string, Output>;
  };
  const seen = new Set<string>();
  const visit = (path: string) => {
    if (seen.has(path) || !metafile.outputs[path]) return;
    seen.add(path);
    for (const imported of metafile.outputs[path].imports) visit(imported.path);
  };
  visit('out/main/main.js');
  return [...seen].flatMap((path) => Object.keys(metafile.outputs[path]!.inputs));
}

it("keeps the case service out of Electron's main process: windows, menus, dialogs and files only", () => {
  const sources = reachableFromMain();
  expect(sources.some((source) => source.startsWith('main/'))).toBe(true);
  const libraries = sources
    .map((source) => /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(source)?.[1])
    .filter((name): name is string => name !== undefined);
  expect(new Set(libraries)).toEqual(new Set(['zod']));
  // The service, its store and its exporters live in the engine process.
  const service = /^app\/(api\/(service|handlers|lazyHandlers)\.ts|store\/|session\/|collab\/|import\/|export\/export)/;
  expect(sources.filter((source) => service.test(source))).toEqual([]);
});
