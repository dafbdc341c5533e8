import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../support/caseFileReader';
import { flat, readPdfPages } from '../support/pagedPdfReader';
import { type TempService, tempService } from '../support/tempService';

let t: TempService;
beforeEach(() => {
  t = tempService();
});
afterEach(() => t.dispose());

const TIMELINE = 'When did the transfers begin, and what does the Panel of Experts date them by?';
const EXTRA_QUESTIONS = [
  'Does paragraph 8(b) reach procurement by the State itself?',
  'Is a report that was never published evidence before the Court?',
  'What standard of proof does the Applicant accept for the transfers?',
  'Could the Russian Federation invoke Article 51 of the Charter?',
  'Why should the Court not wait for the Security Council to act?',
];

async function casesWithQuestions() {
  await t.api['case-create']({ path: t.path('cards.casewright') });
  await t.api['case-update']({ applicant: 'Ukraine', respondent: 'Russian Federation' });
  await t.api['authorities-add']({
    key: 'res1718',
    type: 'un_document',
    short: 'Resolution 1718',
    csl: { type: 'legislation', title: 'UNSC Res 1718 (14 October 2006) UN Doc S/RES/1718' },
  });
  const issue = await t.api['nodes-add']({
    parentId: null,
    kind: 'issue',
    title: 'Whether the Russian Federation breached resolution 1718',
  });
  const claim = await t.api['nodes-add']({
    parentId: issue.id,
    kind: 'claim',
    title: 'The Russian Federation procured ballistic missiles from the DPRK',
  });
  await t.api['nodes-add']({
    parentId: claim.id,
    kind: 'question',
    title: TIMELINE,
    difficulty: 'hard',
    text: 'From late 2023, as the Panel reported; procurement of arms from the DPRK is barred [@res1718, para 8(b)].',
  });
  await t.api['nodes-add']({ parentId: claim.id, kind: 'question', title: 'Has the Respondent ever consented?' });
  for (const title of EXTRA_QUESTIONS) {
    await t.api['nodes-add']({
      parentId: issue.id,
      kind: 'question',
      title,
      difficulty: 'medium',
      text: `The short answer is no: the obligations are binding on every Member State [@res1718, para 8]. ${'The answer then turns to the facts of the case and the record before the Court. '.repeat(3)}`,
    });
  }
  const counter = await t.api['nodes-add']({
    parentId: claim.id,
    kind: 'counter',
    title: 'The missiles were never transferred',
  });
  await t.api['nodes-add']({ parentId: counter.id, kind: 'question', title: 'What is the Respondent’s own evidence?' });
}

describe('bench-question cards', () => {
  it('write one card a page in DOCX: the question, the node it tests, the answer and its authorities', async () => {
    await casesWithQuestions();
    const result = await t.api['export-document']({ format: 'docx', layout: 'cards', side: 'applicant' });
    expect(result.fileName).toMatch(/-cards-applicant\.docx$/);
    const path = t.path('cards.docx');
    writeFileSync(path, Buffer.from(result.base64!, 'base64'));
    const text = execFileSync('pandoc', ['-f', 'docx', '-t', 'plain', '--wrap=none', path], { encoding: 'utf8' });
    expect(flat(text)).toContain('Ukraine v Russian Federation');
    expect(flat(text)).toContain('For the Applicant: 7 questions');
    expect(text).toContain(`1. ${TIMELINE}`);
    expect(flat(text)).toContain('Tests: Claim: The Russian Federation procured ballistic missiles from the DPRK');
    expect(flat(text)).toContain('Difficulty: hard');
    expect(flat(text)).toContain('procurement of arms from the DPRK is barred (Resolution 1718, para 8(b)).');
    expect(flat(text)).toContain('UNSC Res 1718 (14 October 2006) UN Doc S/RES/1718');
    expect(text).toContain('2. Has the Respondent ever consented?');
    expect(text).toContain('No answer is prepared yet.');
    // The respondent's question (under the counter) is not on the applicant's cards.
    expect(text).not.toContain('own evidence');

    const documentXml = execFileSync('unzip', ['-p', path, 'word/document.xml'], { encoding: 'utf8' });
    expect(documentXml.match(/<w:pageBreakBefore\/>/g)).toHaveLength(6);
  });

  it('print several whole cards a page in PDF, each card on one page', async () => {
    await casesWithQuestions();
    const result = await t.api['export-document']({ format: 'pdf', layout: 'cards', side: 'applicant' });
    const pages = readPdfPages(Buffer.from(result.base64!, 'base64'), t.path('cards.pdf'));
    const pageOf = (needle: string) =>
      pages.findIndex((page) => flat(page.lines.join(' ')).includes(flat(needle).slice(0, 50)));
    const titles = [TIMELINE, 'Has the Respondent ever consented?', ...EXTRA_QUESTIONS];
    const cardPages = titles.map(pageOf);
    expect(cardPages.every((page) => page >= 0)).toBe(true);
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.length).toBeLessThan(titles.length);
    // Each card keeps together: its answer's last words are on the page its question starts.
    for (const [index, title] of EXTRA_QUESTIONS.entries()) {
      const page = pages[pageOf(title)]!;
      const after = flat(page.lines.join(' ')).split(flat(title).slice(0, 50))[1] ?? '';
      expect(after, `card ${index + 3}`).toContain('record before the Court.');
    }
    expect(flat(pages[0]!.lines.join(' '))).toContain('(Resolution 1718, para 8(b))');
  });

  it('cite in the answer as the clause a signal opens, the names of cases in italics, in the case’s style', async () => {
    await t.api['case-create']({ path: t.path('signals.casewright') });
    await t.api['authorities-add']({
      key: 'bosnia',
      type: 'case',
      short: 'Bosnian Genocide',
      csl: { type: 'legal_case', title: 'Bosnia v Serbia', container: 'ICJ Rep', issued: { 'date-parts': [[2007]] } },
    });
    await t.api['authorities-add']({
      key: 'kyiv',
      type: 'webpage',
      short: 'Kyiv Independent (13 October 2023)',
      csl: { type: 'webpage', title: 'White House: 1,000 containers' },
    });
    await t.api['nodes-add']({
      parentId: null,
      kind: 'question',
      title: 'What standard of proof applies?',
      text: 'Fully conclusive evidence: see [@bosnia, para 209]. The transfers began in 2023 [@kyiv].',
    });
    const markdown = (await t.api['export-document']({ format: 'md', layout: 'cards' })).text!;
    expect(markdown).toContain(
      '**Answer:** Fully conclusive evidence: see *Bosnian Genocide*, para 209. The transfers began in 2023 (Kyiv Independent, 13 October 2023).',
    );
    const docx = await t.api['export-document']({ format: 'docx', layout: 'cards' });
    const path = t.path('signals.docx');
    writeFileSync(path, Buffer.from(docx.base64!, 'base64'));
    const read = execFileSync('pandoc', ['-f', 'docx', '-t', 'markdown', '--wrap=none', path], { encoding: 'utf8' });
    expect(read).toContain('evidence: see *Bosnian Genocide*, para 209. The transfers');
    expect(read).not.toContain('(see');

    await t.api['case-update']({ citationStyle: 'bluebook' });
    const bluebook = (await t.api['export-document']({ format: 'md', layout: 'cards' })).text!;
    expect(bluebook).toContain('evidence: *see Bosnian Genocide*, ¶ 209.');
  });

  it('list the respondent’s questions on the respondent’s cards, and say when a side has none', async () => {
    await casesWithQuestions();
    const respondent = (await t.api['export-document']({ format: 'md', layout: 'cards', side: 'respondent' })).text!;
    expect(respondent).toContain('## 1. What is the Respondent’s own evidence?');
    expect(respondent).toContain('**Tests:** Counter: The missiles were never transferred');
    expect(respondent).not.toContain(TIMELINE);
    const printed = runCli(t.folder, 'export', t.path('cards.casewright'), '--format', 'md', '--layout', 'cards');
    expect(printed).toContain(`## 1. ${TIMELINE}`);
    const written = runCli(
      t.folder,
      'export',
      t.path('cards.casewright'),
      '--format',
      'docx',
      '--layout',
      'cards',
      '--out',
      t.path('c.docx'),
    );
    expect(written).toMatch(
      /^Exported the bench-question cards for the Applicant to .*c\.docx \(citations in OSCOLA\)\.$/m,
    );

    await t.api['case-create']({ path: t.path('empty.casewright') });
    const empty = (await t.api['export-document']({ format: 'md', layout: 'cards' })).text!;
    expect(empty).toContain('No bench question threatens the Applicant yet.');
  });
});
