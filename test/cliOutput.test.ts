import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const BIN = resolve(import.meta.dirname, '../bin/casewright');

let folder: string;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'casewright-cli-output-'));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

const env = () => ({ ...process.env, CASEWRIGHT_HOME: join(folder, 'home') });

/** Runs the CLI with its standard output in a file; returns what it wrote. */
function cliToFile(...args: string[]): string {
  const out = join(folder, 'out.txt');
  const fd = openSync(out, 'w');
  try {
    const result = spawnSync(process.execPath, [BIN, ...args], {
      cwd: folder,
      env: env(),
      stdio: ['ignore', fd, 'pipe'],
    });
    expect(result.status).toBe(0);
  } finally {
    closeSync(fd);
  }
  return readFileSync(out, 'utf8');
}

/** Runs the CLI with its standard output in a pipe whose reader starts late (`| (sleep 0.3; cat)`). */
function cliToSlowPipe(...args: string[]): { code: number | null; stdout: string } {
  const command = [process.execPath, BIN, ...args].map((part) => `'${part}'`).join(' ');
  const result = spawnSync('/bin/bash', ['-c', `set -o pipefail; ${command} | (sleep 0.3; cat)`], {
    cwd: folder,
    env: env(),
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout };
}

describe('the CLI’s standard output', () => {
  it('arrives whole and in order through a pipe read late, as through a file', () => {
    expect(
      spawnSync(process.execPath, [BIN, 'new', 'case.casewright', '--template', 'russia-dprk-pact-2024'], {
        cwd: folder,
        env: env(),
      }).status,
    ).toBe(0);
    for (const args of [['--json'], ['--why']]) {
      const expected = cliToFile('show', 'case.casewright', ...args);
      // Larger than a pipe's buffer (64 KiB), so the writer waits for the reader.
      if (args[0] === '--json') expect(expected.length).toBeGreaterThan(200_000);
      const piped = cliToSlowPipe('show', 'case.casewright', ...args);
      expect(piped.code).toBe(0);
      expect(piped.stdout).toBe(expected);
    }
  });
});
