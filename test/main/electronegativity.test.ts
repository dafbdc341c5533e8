import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { findingsInTable, isMediumOrAbove } from './support/electronegativityTable';

const root = resolve(import.meta.dirname, '../..');
const sample = readFileSync(resolve(import.meta.dirname, 'support/electronegativitySample.txt'), 'utf8');

describe('Electronegativity', () => {
  test('its table is read finding by finding, with severity, file and place', () => {
    expect(findingsInTable(sample)).toEqual([
      { check: 'CSP_GLOBAL_CHECK', severity: 'LOW', confidence: 'FIRM', file: 'renderer/index.html', location: '6:0' },
      { check: 'LIMIT_NAVIGATION_GLOBAL_CHECK', severity: 'HIGH', confidence: 'CERTAIN', file: 'N/A', location: '0:0' },
      {
        check: 'SANDBOX_JS_CHECK',
        severity: 'MEDIUM',
        confidence: 'FIRM',
        file: 'main/a-rather-long-folder-name/windowFactory.ts',
        location: '33:67',
      },
    ]);
    expect(
      findingsInTable(sample)
        .filter(isMediumOrAbove)
        .map((finding) => finding.check),
    ).toEqual(['LIMIT_NAVIGATION_GLOBAL_CHECK', 'SANDBOX_JS_CHECK']);
  });

  // It reads what Electron runs and shows: the main process's and the renderer's sources, the preload bundle and the
  // package's manifest, copied aside (the rest of the project holds no Electron code, and scanning the 100 MB of
  // build output took most of a minute). The check of Electron's releases is left out: it needs the network.
  // Its `-o` file is not read: the tool writes the CSV header and the rows with two concurrent writes, so the file
  // is sometimes garbled; the table is printed whole.
  test('finds nothing of medium severity or above in the project', () => {
    const input = mkdtempSync(join(tmpdir(), 'casewright-electronegativity-'));
    try {
      for (const part of ['main', 'renderer', 'out/preload', 'package.json']) {
        cpSync(join(root, part), join(input, part), { recursive: true });
      }
      const run = spawnSync(
        process.execPath,
        [
          'node_modules/.bin/electronegativity',
          ...['-i', input, '-e', '45.0.0', '-r', '-x', 'AvailableSecurityFixesGlobalCheck'],
        ],
        { cwd: root, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' }, timeout: 240_000 },
      );
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout).toMatch(/\d+ check\(s\) successfully loaded/);
      const findings = findingsInTable(run.stdout);
      expect(findings.length > 0 || /No issues found/i.test(run.stdout), run.stdout).toBe(true);
      expect(findings.map((finding) => finding.file)).toContain('renderer/index.html');
      expect(findings.filter(isMediumOrAbove)).toEqual([]);
    } finally {
      rmSync(input, { recursive: true, force: true });
    }
  }, 300_000);
});
