import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unzipText } from '../support/documentReaders';
import { MEMORIAL_FIXTURE } from '../support/exportFixture';

const BIN = resolve(import.meta.dirname, '../../bin/casewright');
let folder: string;

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: folder,
    encoding: 'utf8',
    env: { ...process.env, CASEWRIGHT_HOME: join(folder, 'home') },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'casewright-export-cli-'));
  expect(cli('new', 'case.casewright').code).toBe(0);
  expect(cli('import', 'case.casewright', '--format', 'json', MEMORIAL_FIXTURE).code).toBe(0);
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('casewright export to documents', () => {
  it('writes a DOCX memorial, warning about word limits before it exports', () => {
    const result = cli(
      'export',
      'case.casewright',
      '--format',
      'docx',
      '--layout',
      'memorial',
      '--side',
      'respondent',
      '--word-limits',
      'pleadings=50',
      '--out',
      'memorial.docx',
    );
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^casewright: warning: Pleadings: [\d,]+ words, over the limit of 50 by [\d,]+\.\n$/);
    expect(result.stdout).toMatch(
      /^Exported the memorial for the Respondent to .*memorial\.docx \(\d+ footnotes in OSCOLA; words: .*Pleadings \d+\/50/,
    );
    expect(unzipText(join(folder, 'memorial.docx'), 'word/document.xml')).toContain('Memorial for the Respondent');
  });

  it('prints HTML and Markdown to stdout without --out, and writes them with it', () => {
    const markdown = cli(
      'export',
      'case.casewright',
      '--format',
      'md',
      '--layout',
      'outline',
      '--minutes',
      '12',
      '--notes',
    );
    expect(markdown.code).toBe(0);
    expect(markdown.stdout).toContain('# Argument {#part-argument}');
    expect(markdown.stdout).toContain('Note: Check the Panel report');
    expect(cli('export', 'case.casewright', '--format', 'html', '--out', 'memo.html').code).toBe(0);
    expect(readFileSync(join(folder, 'memo.html'), 'utf8')).toContain('<h1>Brief Answers</h1>');
  });

  it('ends the memorial with the argument map given --map-annex, and refuses it for another layout', () => {
    const annex = cli('export', 'case.casewright', '--format', 'md', '--layout', 'memorial', '--map-annex');
    expect(annex.code).toBe(0);
    expect(annex.stdout).toContain('# Annex: Argument Map {#part-annex}');
    expect(annex.stdout).toMatch(/!\[Figure 1: [^\]]+\]\(data:image\/svg\+xml;base64,/);
    const memo = cli('export', 'case.casewright', '--format', 'md', '--map-annex');
    expect(memo.code).toBe(2);
    expect(memo.stderr).toContain('--map-annex is for the memorial (--layout memorial).');
  });

  it('refuses a document export without --out, with a bad layout or side, and names the problem', () => {
    const missing = cli('export', 'case.casewright', '--format', 'pdf');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--out is required for pdf.');
    expect(cli('export', 'case.casewright', '--format', 'md', '--layout', 'brief').stderr).toContain(
      '--layout must be memo, memorial, outline',
    );
    expect(cli('export', 'case.casewright', '--format', 'md', '--side', 'both').code).toBe(2);
    expect(cli('export', 'case.casewright', '--format', 'md', '--word-limits', 'appendix=3').stderr).toContain(
      '--word-limits takes part=words pairs',
    );
  });

  it('writes the footnotes in a CSL style file given with --csl, and refuses one it cannot use', () => {
    const style = resolve(import.meta.dirname, '../fixtures/styles/plain-notes.csl');
    const result = cli('export', 'case.casewright', '--format', 'md', '--layout', 'memorial', '--csl', style);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('[^1]: ');
    expect(result.stdout).toMatch(
      /\[\^\d+\]: J\\\. Crawford, \*State Responsibility: The General Part\*, \(CUP 2013\), p\. 399\./,
    );
    const written = cli('export', 'case.casewright', '--format', 'docx', '--csl', style, '--out', 'memo-csl.docx');
    expect(written.stdout).toMatch(/\(\d+ footnotes in Plain Notes \(Casewright test style\); words:/);
    const missing = cli('export', 'case.casewright', '--format', 'md', '--csl', 'nowhere.csl');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^casewright: The CSL style .*nowhere\.csl cannot be read: ENOENT\.\n$/);
    const notStyle = cli('export', 'case.casewright', '--format', 'md', '--csl', MEMORIAL_FIXTURE);
    expect(notStyle.code).toBe(1);
    expect(notStyle.stderr).toContain('This is not a CSL style');
  });

  it('uses the parent of a dependent CSL style found beside it, and names the parent when it is absent', () => {
    const dependent = `<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" version="1.0" default-locale="en-GB">
  <info>
    <title>Journal of Plain Notes</title>
    <id>https://casewright.invalid/styles/journal-of-plain-notes</id>
    <link href="https://casewright.invalid/styles/plain-notes" rel="independent-parent"/>
  </info>
</style>`;
    mkdirSync(join(folder, 'styles', 'dependent'), { recursive: true });
    writeFileSync(join(folder, 'styles', 'dependent', 'journal.csl'), dependent);
    const alone = cli('export', 'case.casewright', '--format', 'md', '--csl', 'styles/dependent/journal.csl');
    expect(alone.code).toBe(1);
    expect(alone.stderr).toBe(
      'casewright: Journal of Plain Notes is a dependent CSL style: it has no formatting of its own and uses that of its parent, https://casewright.invalid/styles/plain-notes. Put the parent style (plain-notes.csl) beside it or choose the parent style itself.\n',
    );
    copyFileSync(
      resolve(import.meta.dirname, '../fixtures/styles/plain-notes.csl'),
      join(folder, 'styles', 'plain-notes.csl'),
    );
    const written = cli(
      'export',
      'case.casewright',
      '--format',
      'md',
      '--layout',
      'memorial',
      '--csl',
      'styles/dependent/journal.csl',
    );
    expect(written.code).toBe(0);
    expect(written.stdout).toMatch(
      /\[\^\d+\]: J\\\. Crawford, \*State Responsibility: The General Part\*, \(CUP 2013\), p\. 399\./,
    );
    const docx = cli(
      'export',
      'case.casewright',
      '--format',
      'docx',
      '--csl',
      'styles/dependent/journal.csl',
      '--out',
      'j.docx',
    );
    expect(docx.stdout).toMatch(/footnotes in Journal of Plain Notes; words:/);
  }, 300_000);
});
