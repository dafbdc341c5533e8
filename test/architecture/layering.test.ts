import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const config = join(root, '.dependency-cruiser.cjs');
const depcruise = join(root, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');
const run = promisify(execFile);

interface Violation {
  from: string;
  to: string;
  rule: { name: string };
}

/** Runs dependency-cruiser with the project's rules over `folders` of `cwd`: each violation as `rule: from → to`. */
async function cruise(cwd: string, folders: string[]): Promise<string[]> {
  const args = [depcruise, ...folders, '--config', config, '--output-type', 'json'];
  const { stdout } = await run(process.execPath, args, { cwd, maxBuffer: 64 * 1024 * 1024 });
  const violations = JSON.parse(stdout).summary.violations as Violation[];
  return violations.map((violation) => `${violation.rule.name}: ${violation.from} → ${violation.to}`).sort();
}

describe('the layering, checked by dependency-cruiser', () => {
  it('app/, main/ and renderer/ follow the rules', async () => {
    expect(await cruise(root, ['app', 'main', 'renderer'])).toEqual([]);
  }, 120_000);

  describe('a forbidden import fails the check', () => {
    let tree: string;
    let violations: string[];
    const file = (path: string, text: string) => {
      mkdirSync(dirname(join(tree, path)), { recursive: true });
      writeFileSync(join(tree, path), text);
    };

    beforeAll(async () => {
      mkdirSync(join(root, 'out/testing'), { recursive: true });
      // Inside the project, so that `electron`, `react` and `better-sqlite3` resolve to its node_modules.
      tree = mkdtempSync(join(root, 'out/testing/layering-'));
      file('tsconfig.node.json', '{ "compilerOptions": { "module": "esnext", "moduleResolution": "bundler" } }');
      file('app/model/types.ts', "export type Kind = 'claim';\nexport const KINDS = ['claim'];\n");
      file(
        'app/store/nodeStore.ts',
        "import Database from 'better-sqlite3';\nexport const open = () => new Database(':memory:');\n",
      );
      file(
        'app/api/window.ts',
        "import { BrowserWindow } from 'electron';\nexport const make = () => new BrowserWindow();\n",
      );
      file(
        'app/api/view.ts',
        "import { createElement } from 'react';\nexport const view = () => createElement('p');\n",
      );
      file(
        'app/api/sql.ts',
        "import Database from 'better-sqlite3';\nexport const open = () => new Database(':memory:');\n",
      );
      file(
        'app/api/types.ts',
        "import type Database from 'better-sqlite3';\nexport type Handle = Database.Database;\n",
      );
      file('app/api/shell.ts', "import { menu } from '../../main/menu';\nexport const shell = menu;\n");
      file(
        'app/export/ui.ts',
        "import { Outline } from '../../renderer/outline/Outline';\nexport const ui = Outline;\n",
      );
      file('app/cite/parseCitation.ts', "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n");
      file('main/menu.ts', "import { Outline } from '../renderer/outline/Outline';\nexport const menu = Outline;\n");
      file(
        'renderer/outline/Outline.tsx',
        [
          "import { KINDS } from '../../app/model/types';",
          "import type { Handle } from '../../app/api/types';",
          "import { open } from '../../app/store/nodeStore';",
          "import { read } from '../../app/cite/parseCitation';",
          'export const Outline = [KINDS, open, read] as unknown as Handle;',
          '',
        ].join('\n'),
      );
      violations = await cruise(tree, ['app', 'main', 'renderer']);
    }, 120_000);
    afterAll(() => rmSync(tree, { recursive: true, force: true }));

    it.each([
      ['app-not-electron', 'app/api/window.ts'],
      ['app-not-react', 'app/api/view.ts'],
      ['app-not-shells', 'app/api/shell.ts'],
      ['app-not-shells', 'app/export/ui.ts'],
      ['only-store-runs-sqlite', 'app/api/sql.ts'],
      ['renderer-app-types-only', 'renderer/outline/Outline.tsx'],
      ['pure-modules-stay-pure', 'app/cite/parseCitation.ts'],
      ['main-not-renderer', 'main/menu.ts'],
    ])('%s: %s', (rule, from) => {
      expect(violations.some((line) => line.startsWith(`${rule}: ${from} →`))).toBe(true);
    });

    it('allows what the rules allow: SQLite in app/store, its types elsewhere, the pure modules in the renderer', () => {
      expect(violations.filter((line) => line.includes('app/store/nodeStore.ts →'))).toEqual([]);
      expect(violations.filter((line) => line.startsWith('only-store-runs-sqlite: app/api/types.ts'))).toEqual([]);
      expect(violations.filter((line) => line.endsWith('→ app/model/types.ts'))).toEqual([]);
      expect(violations.filter((line) => line.endsWith('→ app/api/types.ts'))).toEqual([]);
      expect(violations).toContain('renderer-app-types-only: renderer/outline/Outline.tsx → app/store/nodeStore.ts');
    });
  });
});
