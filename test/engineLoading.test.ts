import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');

interface Output {
  imports: { path: string; kind: string }[];
  inputs: Record<string, unknown>;
}

/** The sources in a built entry and in every chunk it imports statically: what Node loads before the entry runs. */
function loadedAtStart(entry: string): string[] {
  const { outputs } = JSON.parse(readFileSync(join(ROOT, 'out/web-chunks/metafile.json'), 'utf8')) as {
    outputs: Record<string, Output>;
  };
  const seen = new Set<string>();
  const visit = (path: string) => {
    if (seen.has(path) || !outputs[path]) return;
    seen.add(path);
    for (const imported of outputs[path].imports) if (imported.kind === 'import-statement') visit(imported.path);
  };
  visit(entry);
  return [...seen].flatMap((path) => Object.keys(outputs[path]!.inputs));
}

const LIBRARY = /node_modules\/(docx|citeproc|@citation-js\/[^/]+|mammoth|jszip|pdfjs-dist|pagedjs)\//;

describe('what the browser mode loads before it serves', () => {
  it('starts the engine and the server without the export, import and PDF libraries, which load when first used', () => {
    const engine = loadedAtStart('out/engine.js');
    expect(engine.some((source) => source.endsWith('app/api/service.ts'))).toBe(true);
    expect(new Set(engine.map((source) => LIBRARY.exec(source)?.[1]).filter(Boolean))).toEqual(new Set());
    expect(loadedAtStart('out/web.js').filter((source) => LIBRARY.test(source))).toEqual([]);
  });
});
