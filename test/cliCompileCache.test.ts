import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin/casewright');

let folder: string;
let home: string;
beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'casewright-compile-cache-'));
  home = join(folder, 'home');
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: folder,
    encoding: 'utf8',
    env: { ...process.env, CASEWRIGHT_HOME: home },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The compiled code `show` kept, by file, with each file's modification time. */
function kept(): Map<string, number> {
  const showFolder = join(home, 'compiled', process.version, 'show');
  return new Map(readdirSync(showFolder).map((name) => [name, statSync(join(showFolder, name)).mtimeMs]));
}

describe('the compiled code the CLI keeps between runs', () => {
  it('is written by the first run, read by the next, and replaced when damaged, the output the same each time', () => {
    expect(cli('new', 'case.casewright', '--template', 'russia-dprk-pact-2024').code).toBe(0);
    const first = cli('show', 'case.casewright');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('[? unsupported]');
    const written = kept();
    expect([...written.keys()].some((name) => /^case-.*\.cjs\.code$/.test(name))).toBe(true);

    const second = cli('show', 'case.casewright');
    expect(second).toEqual(first);
    expect(kept()).toEqual(written);

    const showFolder = join(home, 'compiled', process.version, 'show');
    for (const name of written.keys()) {
      const file = join(showFolder, name);
      writeFileSync(file, readFileSync(file).subarray(0, 64));
    }
    const third = cli('show', 'case.casewright');
    expect(third).toEqual(first);
    for (const name of written.keys()) expect(statSync(join(showFolder, name)).size).toBeGreaterThan(64);
  });

  it('leaves a command that imports a library at run time (the browser driver of a PDF) silent on stderr', () => {
    expect(cli('new', 'pdf.casewright', '--template', 'legal-memo').code).toBe(0);
    for (const run of [1, 2]) {
      const exported = cli('export', 'pdf.casewright', '--format', 'pdf', '--out', `memo-${run}.pdf`);
      expect(exported.code, exported.stderr).toBe(0);
      expect(exported.stderr).toBe('');
      expect(
        readFileSync(join(folder, `memo-${run}.pdf`))
          .subarray(0, 5)
          .toString(),
      ).toBe('%PDF-');
    }
  });

  it('is kept only for chunks named by their content, since V8 checks no more than a source length against it', () => {
    const { outputs } = JSON.parse(readFileSync(join(ROOT, 'out/cli-chunks/metafile.json'), 'utf8')) as {
      outputs: Record<string, unknown>;
    };
    const chunks = Object.keys(outputs);
    expect(chunks.length).toBeGreaterThan(10);
    expect(chunks.filter((chunk) => !/^out\/cli-chunks\/[\w.-]+-[\w-]{8}\.cjs$/.test(chunk))).toEqual([]);
  });
});
