import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pandocHeadings, pandocJson } from '../support/documentReaders';
import { type TempService, tempService } from '../support/tempService';
import { asText, JUDGMENT, TREATY } from './sourceFixtures';

let t: TempService;
beforeEach(async () => {
  t = tempService();
  await t.api['case-create']({ path: t.path('case.casewright'), title: 'Argentina v Uruguay' });
  await t.api['authorities-add']({
    key: 'pulpmills',
    type: 'case',
    short: 'Pulp Mills',
    csl: { title: 'Pulp Mills on the River Uruguay' },
  });
  await t.api['authorities-add']({ key: 'charter', type: 'treaty', csl: { title: 'Charter of the United Nations' } });
  await t.api['authorities-add']({ key: 'orphan', type: 'case', csl: { title: 'A case with no source' } });
  const claim = await t.api['nodes-add']({ parentId: null, kind: 'claim', title: 'Uruguay breached its duty' });
  await t.api['nodes-add']({
    parentId: claim.id,
    kind: 'rule',
    title: 'Prevention',
    text: 'It “has its origins in the due diligence” [@pulpmills, para 101]; force is barred [@charter, art 2(4)].',
  });
  await t.api['nodes-add']({
    parentId: claim.id,
    kind: 'evidence',
    title: 'Mill',
    text: 'See [@pulpmills, para 250] and [@orphan].',
  });
  for (const [key, lines] of [
    ['pulpmills', JUDGMENT],
    ['charter', TREATY],
  ] as const) {
    await t.api['sources-attach']({
      key,
      fileName: `${key}.txt`,
      base64: Buffer.from(asText(lines)).toString('base64'),
    });
  }
  const wrong = (await t.api['citecheck-get']({})).citations.find((citation) => citation.pinpoint === 'para 250')!;
  await t.api['citecheck-mark']({ nodeId: wrong.nodeId, index: wrong.index, by: 'A. Partner', on: '2026-12-01' });
});
afterEach(() => t.dispose());

const HEADINGS = [
  '1. [@pulpmills, para 101] — Verified',
  '2. [@charter, art 2(4)] — Verified',
  '3. [@pulpmills, para 250] — Pinpoint not in source',
  '4. [@orphan] — No source attached',
];

describe('the Cite Check Report', () => {
  it('as DOCX lists every citation once, in document order, with the quoted words, the source’s and who checked it', async () => {
    const report = await t.api['citecheck-report']({ format: 'docx', date: '2026-12-02' });
    expect(report.fileName).toBe('Argentina-v-Uruguay - Cite Check Report.docx');
    const path = t.path(report.fileName);
    writeFileSync(path, Buffer.from(report.base64!, 'base64'));
    const document = pandocJson({ path }, 'docx');
    expect(
      pandocHeadings(document)
        .map((heading) => heading.text)
        .filter((text) => /^\d+\./.test(text)),
    ).toEqual(HEADINGS);
    const text = execFileSync('pandoc', [path, '-t', 'plain', '--wrap=none'], { encoding: 'utf8' });
    expect(text).toContain('Quoted: “has its origins in the due diligence”');
    expect(text).toContain('Source at para 101: 101. The Court points out that the principle of prevention');
    expect(text).toContain('Checked: Checked by hand by A. Partner on 2026-12-01');
    expect(text).toContain('Checked: Checked by Casewright on 2026-12-02');
    expect(text).toContain('Checked: Not checked: no source is attached to check it against');
    expect(text.match(/Checked by Casewright/g)).toHaveLength(2);
    expect(text).toContain(
      '4 citations: 2 verified, 1 pinpoint not in source, 1 no source attached. No citation is in error.',
    );
  });

  it('as PDF reads back with pdftotext in the same order', async () => {
    const report = await t.api['citecheck-report']({ format: 'pdf', date: '2026-12-02' });
    const path = t.path('report.pdf');
    writeFileSync(path, Buffer.from(report.base64!, 'base64'));
    const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
    const places = HEADINGS.map((heading) => text.indexOf(heading.replace(' — ', ' ')));
    expect(places.every((place) => place >= 0)).toBe(true);
    expect([...places].sort((a, b) => a - b)).toEqual(places);
    for (const heading of HEADINGS) expect(text.split(heading.replace(' — ', ' ')).length).toBe(2);
  });

  it('is warned of when a memorial is exported with citations not verified', async () => {
    const checked = await t.api['export-check']({ layout: 'memorial' });
    expect(checked.warnings).toContainEqual({
      code: 'citations-unverified',
      message: '1 citation is not verified against its source (see the Cite Check Report).',
    });
    expect((await t.api['export-check']({ layout: 'memo' })).warnings).toEqual([]);
  });
});
