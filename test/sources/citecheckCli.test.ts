import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeBrowser, sourceFile } from './sourceFiles';
import { JUDGMENT, RESOLUTION, TREATY } from './sourceFixtures';

const BIN = resolve(import.meta.dirname, '../../bin/casewright');

let folder: string;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'casewright-citecheck-'));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));
afterAll(() => closeBrowser());

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: folder,
    encoding: 'utf8',
    env: { ...process.env, CASEWRIGHT_HOME: join(folder, 'home') },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const CASE = {
  format: 'casewright',
  version: 1,
  authorities: [
    { key: 'pulpmills', type: 'case', csl: { title: 'Pulp Mills on the River Uruguay' } },
    { key: 'res1718', type: 'un_document', csl: { title: 'Resolution 1718 (2006)' } },
    { key: 'charter', type: 'treaty', csl: { title: 'Charter of the United Nations' } },
  ],
  nodes: [
    {
      kind: 'rule',
      title: 'Prevention',
      text: 'A State must act with “due diligence” [@pulpmills, para 101]; Members “shall refrain … from the threat or use of force” [@charter, art 2(4)].',
    },
    { kind: 'evidence', title: 'Supply', text: 'Supply is barred [@res1718, para 8(a)(i)].' },
  ],
};

describe('casewright source and citecheck', () => {
  it('attaches a PDF, a DOCX and a text source, lists them, and checks every citation (exit 0 when all hold)', async () => {
    writeFileSync(join(folder, 'case.json'), JSON.stringify(CASE));
    writeFileSync(join(folder, 'judgment.pdf'), await sourceFile('pdf', JUDGMENT, 'Pulp Mills'));
    writeFileSync(join(folder, 'resolution.docx'), await sourceFile('docx', RESOLUTION, 'Resolution 1718'));
    writeFileSync(join(folder, 'charter.txt'), await sourceFile('text', TREATY, 'Charter'));
    expect(cli('new', 'case.casewright').code).toBe(0);
    expect(cli('import', 'case.casewright', '--format', 'json', 'case.json').code).toBe(0);
    const noSource = cli('citecheck', 'case.casewright');
    expect(noSource.code).toBe(0);
    expect(noSource.stdout).toContain('3 citations: 3 no-source.');

    expect(cli('source', 'attach', 'case.casewright', 'pulpmills', 'judgment.pdf')).toMatchObject({
      code: 0,
      stdout: 'Attached judgment.pdf to "pulpmills": 6 paragraphs, 0 articles, 1 page.\n',
    });
    expect(cli('source', 'attach', 'case.casewright', 'res1718', 'resolution.docx').code).toBe(0);
    expect(cli('source', 'attach', 'case.casewright', 'charter', 'charter.txt').code).toBe(0);
    const listed = JSON.parse(cli('source', 'list', 'case.casewright', '--json').stdout);
    expect(listed.sources.map((source: { key: string; format: string }) => [source.key, source.format])).toEqual([
      ['pulpmills', 'pdf'],
      ['res1718', 'docx'],
      ['charter', 'text'],
    ]);

    const checked = cli('citecheck', 'case.casewright', '--json');
    expect(checked.code).toBe(0);
    const { citations } = JSON.parse(checked.stdout);
    expect(
      citations.map((citation: { key: string; pinpoint: string; state: string }) => [
        citation.key,
        citation.pinpoint,
        citation.state,
      ]),
    ).toEqual([
      ['pulpmills', 'para 101', 'verified'],
      ['charter', 'art 2(4)', 'verified'],
      ['res1718', 'para 8(a)(i)', 'verified'],
    ]);
    expect(citations[2].passage).toMatch(/^\(i\) Any battle tanks/);
  });

  it('exits 1 when a citation is in an error state, and says which and why', async () => {
    writeFileSync(
      join(folder, 'case.json'),
      JSON.stringify({
        ...CASE,
        nodes: [
          { kind: 'rule', title: 'Wrong', text: 'It “was never said” [@charter, art 2(4)]; see [@charter, art 99].' },
        ],
      }),
    );
    writeFileSync(join(folder, 'charter.txt'), await sourceFile('text', TREATY, 'Charter'));
    cli('new', 'case.casewright');
    cli('import', 'case.casewright', '--format', 'json', 'case.json');
    cli('source', 'attach', 'case.casewright', 'charter', 'charter.txt');
    const checked = cli('citecheck', 'case.casewright');
    expect(checked.code).toBe(1);
    expect(checked.stdout).toContain(
      '✗ quote-not-in-source    #1 [@charter, art 2(4)]: The quoted words are not at art 2(4).',
    );
    expect(checked.stdout).toContain('✗ pinpoint-not-in-source #1 [@charter, art 99]: The source has no article 99.');
    expect(cli('check', 'case.casewright', '--json').stdout).toContain('"rule": "quote-not-in-source"');
    const report = cli('citecheck', 'case.casewright', '--report', 'report.docx');
    expect(report.stdout).toContain(
      'report.docx: 2 citations: 1 quotation not in source, 1 pinpoint not in source. 2 in error and not checked by hand.',
    );
    expect(execFileSync('pandoc', [join(folder, 'report.docx'), '-t', 'plain'], { encoding: 'utf8' })).toContain(
      '2. [@charter, art 99] — Pinpoint not in source',
    );
  });

  it('refuses a missing file, an unknown authority and a wrong action with a one-line message', () => {
    cli('new', 'case.casewright');
    const missing = cli('source', 'attach', 'case.casewright', 'charter', 'nothing.pdf');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^casewright: .*nothing\.pdf cannot be read \(ENOENT\)\.\n$/);
    writeFileSync(join(folder, 'a.txt'), 'Article 1\nText.');
    expect(cli('source', 'attach', 'case.casewright', 'nobody', 'a.txt').stderr).toBe(
      'casewright: There is no authority "nobody" in this case.\n',
    );
    expect(cli('source', 'frobnicate', 'case.casewright').code).toBe(2);
    expect(cli('source', '--help').stdout).toContain('casewright source attach');
    expect(cli('citecheck', '--help').stdout).toContain('casewright citecheck');
  });

  it('checks a Markdown draft with --draft: the quotations held against the sources, the inventions listed (exit 1)', () => {
    writeFileSync(join(folder, 'case.json'), JSON.stringify(CASE));
    writeFileSync(join(folder, 'charter.txt'), `${TREATY.join('\n')}\n`);
    const draft = [
      'Members “shall refrain in their international relations from the threat or use of force”.[^1]',
      'They must also “consult the Council first”.[^2] Force was used.[^3]',
      '',
      '[^1]: U.N. Charter art. 2, ¶ 4.',
      '[^2]: Charter of the United Nations, art 2(4).',
      '[^3]: Arcadia v. Borduria, 2021 I.C.J. 312, ¶ 44 (Mar. 3).',
    ];
    writeFileSync(join(folder, 'memo.md'), `${draft.join('\n')}\n`);
    expect(cli('new', 'case.casewright').code).toBe(0);
    expect(cli('import', 'case.casewright', '--format', 'json', 'case.json').code).toBe(0);
    expect(cli('source', 'attach', 'case.casewright', 'charter', 'charter.txt').code).toBe(0);
    const checked = cli('citecheck', 'case.casewright', '--draft', 'memo.md');
    expect(checked.code).toBe(1);
    expect(checked.stdout.split('\n')).toEqual([
      'note 1    [@charter, art 2(4)] verified: U.N. Charter art. 2, ¶ 4 (quoting “shall refrain in their international relations from the threat or use of force”)',
      'note 2    [@charter, art 2(4)] quote-not-in-source: Charter of the United Nations, art 2(4) (quoting “consult the Council first”)',
      'note 3    MATCHES NOTHING: Arcadia v. Borduria, 2021 I.C.J. 312, ¶ 44 (Mar. 3)',
      '',
      '3 notes, 3 citations, 1 matching no authority of the case.',
      '',
    ]);
  });
});
