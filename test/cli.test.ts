import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const BIN = resolve(import.meta.dirname, '../bin/casewright');
const HAND_WRITTEN = resolve(import.meta.dirname, 'fixtures/hand-written-case.json');

let folder: string;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'casewright-cli-'));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: folder,
    encoding: 'utf8',
    env: { ...process.env, CASEWRIGHT_HOME: join(folder, 'home') },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const digest = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('the casewright CLI', () => {
  it('prints help for the program and for every command', () => {
    const main = cli('--help');
    expect(main.code).toBe(0);
    expect(main.stdout).toContain('Usage: casewright <command>');
    for (const command of [
      'templates',
      'new',
      'show',
      'search',
      'check',
      'export',
      'import',
      'backup',
      'restore',
      'template',
    ]) {
      const help = cli(command, '--help');
      expect(help.code, command).toBe(0);
      expect(help.stdout, command).toContain(`casewright ${command}`);
    }
  });

  it('creates a case, imports a hand-written document, shows, searches and exports it', () => {
    expect(cli('new', 'case.casewright').code).toBe(0);
    const imported = cli('import', 'case.casewright', '--format', 'json', HAND_WRITTEN);
    expect(imported).toMatchObject({ code: 0, stdout: 'Imported 7 nodes, 2 new authorities.\n' });

    const show = cli('show', 'case.casewright');
    expect(show.stdout).toContain('#3 rule: The arms embargo  [✓ established]');

    const json = JSON.parse(cli('show', 'case.casewright', '--json').stdout);
    const claim = json.nodes[0].children[0];
    expect(claim).toMatchObject({ kind: 'claim', mode: 'all', standard: 'preponderance', status: 'contested' });
    expect(claim.children.map((child: { kind: string }) => child.kind)).toEqual([
      'rule',
      'evidence',
      'counter',
      'note',
    ]);
    expect(claim.children[1]).toMatchObject({ weight: 'moderate', assessment: 'contested', status: 'contested' });
    expect(claim.children[2].children[0]).toMatchObject({ kind: 'response', side: 'applicant' });
    expect(typeof claim.id).toBe('number');

    const search = JSON.parse(cli('search', 'case.casewright', 'report', '--json').stdout);
    expect(search.results.map((result: { title: string }) => result.title)).toEqual(['Panel reports transfers']);
    const byTitle = JSON.parse(cli('search', 'case.casewright', 'embargo', '--json').stdout);
    expect(byTitle.results[0]).toMatchObject({ kind: 'rule', title: 'The arms embargo' });

    expect(cli('export', 'case.casewright', '--format', 'json', '--out', 'first.json').code).toBe(0);
    expect(cli('new', 'copy.casewright').code).toBe(0);
    expect(cli('import', 'copy.casewright', '--format', 'json', 'first.json').code).toBe(0);
    expect(cli('export', 'copy.casewright', '--format', 'json', '--out', 'second.json').code).toBe(0);
    const strip = (file: string) => readFileSync(join(folder, file), 'utf8').replace(/"id": \d+,\n\s*/g, '');
    expect(strip('second.json')).toBe(strip('first.json'));
  });

  it('checks a case: findings grouped by severity, exit 1 when there are errors', () => {
    cli('new', 'case.casewright');
    cli('import', 'case.casewright', '--format', 'json', HAND_WRITTEN);
    const check = cli('check', 'case.casewright', '--json');
    expect(check.code).toBe(1);
    const report = JSON.parse(check.stdout);
    expect(Object.keys(report.findings[0]).sort()).toEqual(['hint', 'message', 'nodeId', 'rule', 'severity']);
    expect(report.statuses['1']).toBe('contested');
    expect(report.findings.map((finding: { severity: string }) => finding.severity)).toEqual(
      [...report.findings.map((finding: { severity: string }) => finding.severity)].sort(
        (left: string, right: string) =>
          ['error', 'warning', 'info'].indexOf(left) - ['error', 'warning', 'info'].indexOf(right),
      ),
    );
    const text = cli('check', 'case.casewright');
    expect(text.stdout).toMatch(/^Errors \(\d+\):/);
  });

  it('backs up and restores a case', () => {
    cli('new', 'case.casewright');
    expect(cli('backup', 'case.casewright').stdout).toMatch(/^Backed up to .*home/);
    cli('import', 'case.casewright', '--format', 'json', HAND_WRITTEN);
    expect(cli('backup', 'case.casewright', '--list').stdout.trim().split('\n')).toHaveLength(1);
    expect(cli('restore', 'case.casewright').code).toBe(0);
    expect(cli('show', 'case.casewright').stdout).toContain('(no nodes yet)');
  });

  it('refuses bad files and bad imports with one line on stderr, no stack trace, and the files untouched', () => {
    writeFileSync(join(folder, 'notes.casewright'), 'plain text');
    const notCase = cli('show', 'notes.casewright');
    expect(notCase.code).toBe(1);
    expect(notCase.stderr).toMatch(
      /^casewright: .*notes\.casewright is not a Casewright case \(it is not an SQLite database\)\.\n$/,
    );
    expect(readFileSync(join(folder, 'notes.casewright'), 'utf8')).toBe('plain text');

    cli('new', 'case.casewright');
    cli('import', 'case.casewright', '--format', 'json', HAND_WRITTEN);
    const before = cli('show', 'case.casewright', '--json').stdout;
    const bad = JSON.parse(readFileSync(HAND_WRITTEN, 'utf8'));
    bad.nodes[0].children[0].children[1].weight = 'heavy';
    writeFileSync(join(folder, 'bad.json'), JSON.stringify(bad));
    const refused = cli('import', 'case.casewright', '--format', 'json', 'bad.json');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('nodes[0].children[0].children[1].weight: "heavy" is not allowed');
    expect(refused.stderr.trim().split('\n')).toHaveLength(1);
    expect(refused.stderr).not.toMatch(/\n\s+at /);
    expect(cli('show', 'case.casewright', '--json').stdout).toBe(before);

    const digestBefore = digest(join(folder, 'case.casewright'));
    expect(cli('import', 'case.casewright', '--format', 'json', 'missing.json').stderr).toMatch(
      /missing\.json cannot be read: ENOENT/,
    );
    expect(digest(join(folder, 'case.casewright'))).toBe(digestBefore);
    expect(cli('new', 'case.casewright').stderr).toMatch(/already exists/);
    expect(cli('frobnicate').code).toBe(2);
    expect(cli('show').code).toBe(2);
    expect(cli('new', 'x.casewright', '--side', 'middle').stderr).toMatch(/--side must be/);
    expect(cli('show', 'missing.casewright', '--debug').stderr).toMatch(/\n\s+at /);
  });
});
