import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');

describe('what the installed CLI needs at run time', () => {
  it('is in the dependencies: every package its bundle leaves to node_modules (SQLite, the PDF browser driver)', () => {
    const { outputs } = JSON.parse(readFileSync(join(ROOT, 'out/cli-chunks/metafile.json'), 'utf8')) as {
      outputs: Record<string, { imports: { path: string; external?: boolean }[] }>;
    };
    const builtin = new Set(builtinModules);
    const packages = new Set<string>();
    for (const output of Object.values(outputs)) {
      for (const entry of output.imports) {
        if (entry.external && !entry.path.startsWith('node:') && !builtin.has(entry.path)) packages.add(entry.path);
      }
    }
    const { dependencies } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    expect([...packages].sort()).toContain('playwright-core');
    expect([...packages].filter((name) => !Object.hasOwn(dependencies, name))).toEqual([]);
  });
});
