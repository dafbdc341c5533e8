import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const BIN = resolve(import.meta.dirname, '../bin/casewright');

let folder: string;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'casewright-cli-why-'));
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

describe('the CLI tells why each node has its status', () => {
  it('show --why prints the reason below each node; a fresh template’s answer is contested, not established', () => {
    cli('new', 'memo.casewright', '--template', 'legal-memo');
    const plain = cli('show', 'memo.casewright').stdout;
    expect(plain).not.toContain('Contested:');
    const why = cli('show', 'memo.casewright', '--why');
    expect(why.code).toBe(0);
    const lines = why.stdout.split('\n');
    const answer = lines.findIndex((line) => /^ {2}#\d+ claim: Yes: the Respondent’s conduct breaches/.test(line));
    expect(lines[answer]).toContain('[~ contested]');
    expect(lines[answer + 1]).toMatch(
      /^ {6}Contested: its support of [\d.]+ against an objection of [\d.]+ is not clear/,
    );
    const fact = lines.findIndex((line) => /#\d+ evidence: \[Fact establishing the first element/.test(line));
    expect(lines[fact + 1]?.trim()).toBe('Contested: it is assessed as contested.');
    const rule = lines.findIndex((line) => /#\d+ rule: The obligation is drawn from the sources/.test(line));
    expect(lines[rule + 1]?.trim()).toBe('Established: it cites an authority for the rule.');
    expect(why.stdout).not.toMatch(/issue: .*\[✓ established\]/);
  });

  it('check on an empty case says that it is empty rather than that no gaps were found', () => {
    cli('new', 'empty.casewright');
    const check = cli('check', 'empty.casewright');
    expect(check.code).toBe(0);
    expect(check.stdout.trim()).toBe('The case has no nodes yet: nothing to check.');
  });
});
