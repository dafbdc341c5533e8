import { Document, FootnoteReferenceRun, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { noteCitationResolver } from '../../app/import/noteCitation';
import { readRisRecords } from '../../app/import/readRisRecords';
import { CasewrightError } from '../../app/model/errors';
import { runs } from '../support/longRuns';
import { type TempService, tempService } from '../support/tempService';
import { caseSnapshot } from './importAssertions';

/**
 * Fuzzing of the readers issue 12 added or changed: RIS read record by record, BibTeX entry by entry
 * (keyless entries, legal types, unreadable values), CSL-JSON with items that are not items, and DOCX
 * footnotes resolved to citations. Each run either adds what it read in one step that one undo takes
 * back, or is refused with the case unchanged; the counts it reports agree with what it added.
 */
const RUNS = { numRuns: runs(150) };

let t: TempService;
beforeAll(async () => {
  t = tempService();
  await t.api['case-create']({ path: t.path('fuzz.casewright') });
  await t.api['authorities-add']({
    key: 'kartinyeri1998',
    type: 'case',
    short: 'Kartinyeri',
    csl: { type: 'legal_case', title: 'Kartinyeri v Commonwealth' },
  });
});
afterAll(() => t.dispose());

/** Runs an import; on success the summary's counts match the case and one undo restores it; else nothing changed. */
async function importChecked(run: () => Promise<{ skipped?: unknown[] } & Record<string, unknown>>): Promise<void> {
  const before = await caseSnapshot(t.api);
  const authoritiesBefore = (await t.api['authorities-list']({})).length;
  let summary: Awaited<ReturnType<typeof run>>;
  try {
    summary = await run();
  } catch (error) {
    if (!(error instanceof CasewrightError) || error.code !== 'invalid_input') throw error;
    expect(error.message.length).toBeGreaterThan(0);
    expect(await caseSnapshot(t.api)).toBe(before);
    return;
  }
  if (Array.isArray(summary.addedKeys)) {
    expect((await t.api['authorities-list']({})).length).toBe(authoritiesBefore + summary.addedKeys.length);
    for (const record of summary.skipped ?? []) {
      expect(record).toMatchObject({
        number: expect.any(Number),
        where: expect.any(String),
        reason: expect.any(String),
      });
    }
  }
  if ((await caseSnapshot(t.api)) === before) return;
  await t.api['history-undo']({});
  expect(await caseSnapshot(t.api)).toBe(before);
}

const RIS_RECORDS = [
  'TY  - WEB\nTI  - Security Council Report\nT2  - UN News\nDA  - 2024/03/04\nUR  - https://news.un.org\nER  - ',
  'TY  - JFULL\nJF  - Journal of Things\nPY  - 2001\nER  - ',
  'TY  - JOUR\nT2  - Prostate Cancer Mortality Statistics 2015\nPY  - 0000\nER  - ',
  'TY - CASE\nTI - Kartinyeri v Commonwealth\nA2 - CLR\nVL - 195\nSP - 337\nPB - HCA\nSV - A29/1997\nER - ',
  'TY  - BILL\nTI  - Resolution 2270 (2016)\nA2  - UN Security Council\nM1  - S/RES/2270 (2016)\nER  - ',
  'TY  - STAT\nTI  - Act\nT2  - Code\nM1  - 12\nKW  - a\nb\nER  - ',
  'TY  - JOUR\nPY  - 2000\nER  - ',
];
const RIS_TOKENS = [
  'TY  - ',
  'TY - ',
  'ER  - ',
  'TI  - ',
  'T2  - ',
  'JF  - ',
  'A2  - ',
  'WEB',
  'JFULL',
  '\n',
  '\u2028',
  ',',
];
const BIBTEX_ENTRIES = [
  '@jurisdiction{dalain,\n  title = {Dalain},\n  date = {2010-12-23},\n  journaltitle = {Rec.},\n  number = {337033},\n  institution = {CE, Ass.}\n}',
  '@legislation{loi,\n  title = {Loi n\\textsuperscript{o} 2011-525},\n  journaltitle = {JORF},\n  number = {BCRX0929142L}\n}',
  '@web_page{,\n  author = {Crawford, James},\n  title = {State Responsibility},\n  year = {2013}\n}',
  '@article{\n  author = {Huang, Y.},\n  title = {Mechanisms}\n}',
  '@article{ahn,\n  title = {Hashtags},\n  keywords = {price in $US}\n}',
  '@misc{edtf,\n  title = {Circa},\n  date = {2011-05-25~/2012-06-26~}\n}',
];
const BIBTEX_TOKENS = ['@', '{', '}', ',', '=', '@string{a = {b}}', ' # ', '$', '\\', '\n', 'title = {', ', ,'];

function mutated(pieces: string[], tokens: string[]): fc.Arbitrary<string> {
  const edit = fc.record({
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    remove: fc.nat({ max: 8 }),
    insert: fc.oneof(fc.string({ maxLength: 4, unit: 'binary' }), fc.constantFrom(...tokens)),
  });
  return fc
    .tuple(fc.shuffledSubarray(pieces, { minLength: 1 }), fc.array(edit, { maxLength: 5 }))
    .map(([chosen, edits]) => {
      let text = chosen.join('\n\n');
      for (const { at, remove, insert } of edits) {
        const position = Math.floor(at * text.length);
        text = text.slice(0, position) + insert + text.slice(position + remove);
      }
      return text;
    });
}

describe('the readers of issue 12 under fuzzing', () => {
  it('RIS: a record is found for every TY line, and an import adds what it reports', async () => {
    await fc.assert(
      fc.asyncProperty(mutated(RIS_RECORDS, RIS_TOKENS), async (text) => {
        try {
          const { records } = readRisRecords(text);
          const lines = text.split(/\r\n?|\n/);
          const first = lines.find((line) => /^\s*TY\s{0,2}-/.test(line))?.trim() ?? '';
          const strict = /^TY {2}-(?:\s|$)/.test(first);
          const starts = lines.filter((line) => (strict ? /^\s*TY {2}-(?:\s|$)/ : /^\s*TY\s{0,2}-(?:\s|$)/).test(line));
          expect(records.length).toBe(starts.length);
        } catch (error) {
          if (!(error instanceof CasewrightError)) throw error;
        }
        await importChecked(() => t.api['import-sources']({ format: 'ris', text }));
      }),
      RUNS,
    );
  });

  it('BibTeX and BibLaTeX with legal types, keyless entries and values citation-js cannot read', async () => {
    await fc.assert(
      fc.asyncProperty(mutated(BIBTEX_ENTRIES, BIBTEX_TOKENS), (text) =>
        importChecked(() => t.api['import-sources']({ format: 'bibtex', text })),
      ),
      RUNS,
    );
  });

  it('CSL-JSON libraries with items that are not items', async () => {
    const items = fc.array(
      fc.oneof(
        fc.record({ id: fc.string({ maxLength: 8 }), type: fc.constantFrom('book', 'legal_case'), title: fc.string() }),
        fc.jsonValue(),
      ),
      { maxLength: 6 },
    );
    await fc.assert(
      fc.asyncProperty(items, (list) =>
        importChecked(() => t.api['import-sources']({ format: 'csl', text: JSON.stringify(list) })),
      ),
      RUNS,
    );
  });

  it('footnote texts resolve to an authority of the case or to none, never to another', () => {
    const resolve = noteCitationResolver([
      { key: 'kartinyeri1998', short: 'Kartinyeri', csl: { title: 'Kartinyeri v Commonwealth' } },
      { key: 'nicaragua', short: 'Nicaragua', csl: { title: 'Military and Paramilitary Activities' } },
      { key: 'empty', short: '', csl: {} },
    ]);
    const text = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc
        .tuple(
          fc.constantFrom('', 'See ', 'Cf. ', 'see also '),
          fc.constantFrom('Kartinyeri', 'Kartinyeri v Commonwealth', 'Nicaragua', '[@nicaragua]', '@empty', 'Other'),
          fc.string({ maxLength: 80 }),
        )
        .map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(text, (note) => {
        const found = resolve(note);
        if (found === null) return;
        expect(['kartinyeri1998', 'nicaragua', 'empty']).toContain(found.key);
        expect(found.pinpoint.length).toBeLessThanOrEqual(200);
      }),
      { numRuns: runs(500) },
    );
  });

  it('DOCX: every footnote is kept, as a citation or as text, whatever it says', async () => {
    const notes = fc.array(fc.string({ maxLength: 60 }), { minLength: 1, maxLength: 4 });
    await fc.assert(
      fc.asyncProperty(notes, async (texts) => {
        const footnotes = Object.fromEntries(
          texts.map((text, index) => [index + 1, { children: [new Paragraph(`Kartinyeri v Commonwealth${text}`)] }]),
        );
        const document = new Document({
          footnotes,
          sections: [
            {
              children: [
                new Paragraph({ text: 'Heading', heading: HeadingLevel.HEADING_1 }),
                new Paragraph({
                  children: [new TextRun('Text.'), ...texts.map((_, index) => new FootnoteReferenceRun(index + 1))],
                }),
              ],
            },
          ],
        });
        const base64 = (await Packer.toBuffer(document)).toString('base64');
        await importChecked(async () => {
          const summary = await t.api['import-outline']({ format: 'docx', base64 });
          expect(summary.notes).toMatchObject({ footnotes: texts.length, endnotes: 0 });
          expect(summary.notes!.citations).toBeLessThanOrEqual(texts.length);
          return summary;
        });
      }),
      { numRuns: runs(40) },
    );
  });
});
