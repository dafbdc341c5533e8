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
    // The dates' hyphens are Word's non-breaking hyphens, which pandoc reads as U+2011.
    const text = execFileSync('pandoc', [path, '-t', 'plain', '--wrap=none'], { encoding: 'utf8' }).replace(
      /\u2011/g,
      '-',
    );
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

  it('wraps a long heading and keeps each date whole, within the page, in the PDF and the DOCX', async () => {
    const key = 'hrc_general_comment_31_nature_of_the_general_legal_obligation_imposed_on_states_parties_2004';
    await t.api['case-update']({
      title: 'Alleged Violations of the Obligation of Prevention concerning the Pulp Mills on the River Uruguay',
    });
    await t.api['authorities-add']({ key, type: 'un_document', csl: { title: 'General Comment No 31' } });
    await t.api['nodes-add']({
      parentId: null,
      kind: 'rule',
      title: 'Effective remedy',
      text: `See [@${key}, paras 15–17(a)].`,
    });
    const pdf = await t.api['citecheck-report']({ format: 'pdf', date: '2026-12-02' });
    const path = t.path('report.pdf');
    writeFileSync(path, Buffer.from(pdf.base64!, 'base64'));
    const words = [
      ...execFileSync('pdftotext', ['-bbox', path, '-'], { encoding: 'utf8' }).matchAll(
        /<page width="([\d.]+)"|<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
      ),
    ];
    const pageWidth = Number(words.find((word) => word[1])![1]);
    const placed = words
      .filter((word) => word[6] !== undefined)
      .map((word) => ({ right: Number(word[4]), height: Number(word[5]) - Number(word[3]), text: word[6]! }));
    // Chromium shrinks a page whose content is too wide to fit it: the 18pt title must keep its size (a box of ~19.9pt).
    expect(placed[0]).toMatchObject({ text: 'Cite' });
    expect(placed[0]!.height).toBeGreaterThan(19);
    // A4 with 2 cm margins: nothing may reach into the right margin (a point of tolerance).
    expect(Math.max(...placed.map((word) => word.right))).toBeLessThanOrEqual(pageWidth - 56.7 + 1);
    expect(placed.map((word) => word.text).join('')).toContain(`[@${key},paras15–17(a)]`);
    expect(placed.filter((word) => /^2026-12-0[12]$/.test(word.text))).toHaveLength(4);
    expect(placed.filter((word) => /2026/.test(word.text) && !/^2026-12-0[12]$/.test(word.text))).toEqual([]);

    const docx = await t.api['citecheck-report']({ format: 'docx', date: '2026-12-02' });
    const docxPath = t.path('report.docx');
    writeFileSync(docxPath, Buffer.from(docx.base64!, 'base64'));
    const xml = execFileSync('unzip', ['-p', docxPath, 'word/document.xml'], { encoding: 'utf8' });
    expect(xml).not.toMatch(/2026-12/);
    const dates =
      /2026<\/w:t><w:noBreakHyphen\/><w:t xml:space="preserve">12<\/w:t><w:noBreakHyphen\/><w:t xml:space="preserve">0[12]/g;
    expect(xml.match(dates)).toHaveLength(4);
    const text = execFileSync('pandoc', [docxPath, '-t', 'plain', '--wrap=none'], { encoding: 'utf8' });
    expect(text).toContain(`5. [@${key}, paras 15–17(a)] — No source attached`);
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
