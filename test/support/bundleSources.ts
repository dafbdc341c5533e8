import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

interface Output {
  imports: { path: string; kind: string }[];
  inputs: Record<string, unknown>;
}

/**
 * The sources in a built entry and in the chunks it imports, read from the build's metafile: with `later`, every
 * chunk it can ever load (dynamic imports too); without, only what Node loads before the entry runs.
 */
export function bundledSources(metafile: string, entry: string, later = false): string[] {
  const { outputs } = JSON.parse(readFileSync(join(ROOT, metafile), 'utf8')) as { outputs: Record<string, Output> };
  const seen = new Set<string>();
  const visit = (path: string) => {
    if (seen.has(path) || !outputs[path]) return;
    seen.add(path);
    for (const imported of outputs[path].imports) {
      if (later || imported.kind === 'import-statement') visit(imported.path);
    }
  };
  visit(entry);
  return [...seen].flatMap((path) => Object.keys(outputs[path]!.inputs));
}
