import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach } from 'vitest';

const BIN = resolve(import.meta.dirname, '../../bin/casewright');

/** What the CLI did: its exit code and what it printed. */
export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** A temporary folder, new for each test of the file that calls this, in which `cli` runs the built CLI. */
export interface CliFolder {
  /** A path inside the test's folder. */
  path: (name: string) => string;
  /** Runs `casewright ...args` in the folder, with its data folder in `home` there. */
  cli: (...args: string[]) => CliResult;
}

/** Makes a folder named `prefix…` before each test and removes it after; call it at the top of a test file. */
export function cliFolder(prefix: string): CliFolder {
  let folder = '';
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), prefix));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));
  return {
    path: (name) => join(folder, name),
    cli: (...args) => {
      const result = spawnSync(process.execPath, [BIN, ...args], {
        cwd: folder,
        encoding: 'utf8',
        env: { ...process.env, CASEWRIGHT_HOME: join(folder, 'home') },
      });
      return { code: result.status, stdout: result.stdout, stderr: result.stderr };
    },
  };
}
