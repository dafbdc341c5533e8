import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, test } from 'vitest';
import { type CitableAuthority, loadCslStyle, runsToPlainText } from '../../app/cite';
import { CasewrightError } from '../../app/model/errors';
import { pandocJson, pandocNotes, paragraphsUnder } from '../support/documentReaders';
import { serviceWithCase } from '../support/exportFixture';
import type { TempService } from '../support/tempService';
import { authority, crawford, lowe, npt } from './authorities';

const PLAIN_NOTES = readFileSync(resolve(import.meta.dirname, '../fixtures/styles/plain-notes.csl'), 'utf8');
const PLAIN_NUMBERS = readFileSync(resolve(import.meta.dirname, '../fixtures/styles/plain-numbers.csl'), 'utf8');
const APA = (await import('@citation-js/plugin-csl/lib/styles.json')).default.apa as string;

async function footnotes(style: string, notes: [CitableAuthority, string, string?][][]) {
  const formatter = (await loadCslStyle(style)).formatter();
  return notes.map((note) =>
    runsToPlainText(formatter.next(note.map(([cited, pinpoint, signal]) => ({ authority: cited, pinpoint, signal })))),
  );
}

describe('a CSL style file through citeproc-js', () => {
  test('a note style: full first, Ibid with and without a pinpoint, short with the first note number', async () => {
    expect(
      await footnotes(PLAIN_NOTES, [
        [[crawford, '45']],
        [[crawford, '46']],
        [[crawford, '']],
        [[lowe, 'para 3', 'see']],
        [[crawford, 'ch 4']],
        [
          [lowe, 'Annex 2'],
          [crawford, 'paras 10–12', 'cf'],
        ],
      ]),
    ).toEqual([
      'J. Crawford, State Responsibility: The General Part, (CUP 2013), p. 45.',
      'Ibid., p. 46.',
      'Crawford (n 1).',
      'See V. Lowe, Precluding Wrongfulness or Responsibility: A Plea for Excuses, (1999), para. 3.',
      'Crawford (n 1) chap. 4.',
      'Lowe (n 4), Annex 2; cf Crawford (n 1) paras. 10–12.',
    ]);
  });

  test('keeps italics as runs and everything else as literal text, never markup', async () => {
    const hostile = authority('x', 'book', '<b>x</b>', {
      type: 'book',
      title: '<img src=x onerror=alert(1)> & <i>"Tom"</i>',
      author: [{ family: 'O’Brien & <Sons>' }],
      issued: { 'date-parts': [[2020]] },
    });
    const formatter = (await loadCslStyle(PLAIN_NOTES)).formatter();
    const runs = formatter.next([{ authority: hostile, pinpoint: '' }]);
    expect(runsToPlainText(runs)).toBe('O’Brien & <Sons>, <img src=x onerror=alert(1)> & “Tom”, (2020).');
    expect(runs.filter((run) => run.italic).map((run) => run.text)).toEqual(['<img src=x onerror=alert(1)> & ']);
    expect(runsToPlainText(formatter.indexEntry(hostile))).toBe(
      'O’Brien & <Sons>, <img src=x onerror=alert(1)> & “Tom”, 2020',
    );
  });

  test('an author-date style (APA) cites in parentheses, and a British style writes dates day first', async () => {
    expect(await footnotes(APA, [[[crawford, '45']], [[lowe, '']]])).toEqual([
      '(Crawford, 2013, p. 45)',
      '(Lowe, 1999)',
    ]);
    const formatter = (await loadCslStyle(PLAIN_NOTES)).formatter();
    expect(runsToPlainText(formatter.indexEntry(npt))).toBe(
      'Treaty on the Non-Proliferation of Nuclear Weapons, 1 July 1968',
    );
  });

  test('a numbered style that prints no pinpoints: each note keeps its pinpoint and the number, also when renumbered', async () => {
    const formatter = (await loadCslStyle(PLAIN_NUMBERS)).formatter();
    const notes = [
      formatter.next([{ authority: lowe, pinpoint: 'art 8' }]),
      formatter.next([{ authority: crawford, pinpoint: 'para 26' }]),
      formatter.next([{ authority: lowe, pinpoint: '' }]),
    ].map(runsToPlainText);
    // Crawford sorts before Lowe, so once Crawford is cited Lowe is [2] and citeproc rewrites the first note.
    expect(notes).toEqual(['[1, art 8]', '[1, para 26]', '[2]']);
    expect(new Map([...formatter.takeRevisions()].map(([note, runs]) => [note, runsToPlainText(runs)]))).toEqual(
      new Map([[1, '[2, art 8]']]),
    );
  });

  test('survives CSL-JSON of the wrong shapes, as an import may leave it', async () => {
    const odd = authority('odd', 'case', 'Odd', {
      type: 'no-such-type',
      title: 'Odd v Even',
      author: 'not a list' as never,
      editor: [{ given: 'No family' }, 7] as never,
      issued: { 'date-parts': [['x', 3]] } as never,
      volume: 12 as never,
      page: { nested: true } as never,
    });
    expect(await footnotes(PLAIN_NOTES, [[[odd, '3']]])).toEqual(['Odd v Even, p. 3.']);
  });

  test.each([
    ['not XML at all', 'garbage <<', /not a CSL style/],
    ['another XML vocabulary', '<html xmlns="http://www.w3.org/1999/xhtml"/>', /not a CSL style/],
    ['no version', '<style xmlns="http://purl.org/net/xbiblio/csl"><citation/></style>', /which CSL version/],
    ['no citation', '<style xmlns="http://purl.org/net/xbiblio/csl" version="1.0"><info/></style>', /no <citation>/],
    ['a DOCTYPE', `<!DOCTYPE x [<!ENTITY a "aaaa">]>${PLAIN_NOTES}`, /DOCTYPE/],
    [
      'a macro that calls itself',
      PLAIN_NOTES.replace('<text macro="title"/>', '<text macro="title-loop"/>').replace(
        '<macro name="title">',
        '<macro name="title-loop"><text macro="title-loop"/></macro><macro name="title">',
      ),
      /^Plain Notes \(Casewright test style\) cannot be used: .*infinite loop/,
    ],
  ])('refuses %s with a message that says why', async (_name, xml, message) => {
    const refusal = await loadCslStyle(xml).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(refusal).toBeInstanceOf(CasewrightError);
    expect((refusal as CasewrightError).code).toBe('invalid_input');
    expect((refusal as CasewrightError).message).toMatch(message);
  });
});

describe('a memorial exported with a CSL style', () => {
  let temp: TempService;
  beforeAll(async () => {
    temp = await serviceWithCase();
  });
  afterAll(() => temp.dispose());

  it('writes every footnote and the Index of Authorities in that style, as pandoc reads the DOCX', async () => {
    const ownStyle = await temp.api['export-document']({ format: 'docx', layout: 'memorial', date: '2026-03-01' });
    const result = await temp.api['export-document']({
      format: 'docx',
      layout: 'memorial',
      date: '2026-03-01',
      cslStyle: PLAIN_NOTES,
    });
    expect(result.citationStyle).toBe('Plain Notes (Casewright test style)');
    expect(ownStyle.citationStyle).toBe('OSCOLA');
    expect(result.footnotes).toBe(ownStyle.footnotes);
    const path = temp.path('memorial-csl.docx');
    writeFileSync(path, Buffer.from(result.base64!, 'base64'));
    const document = pandocJson({ path }, 'docx');
    const notes = pandocNotes(document).map((note) => note.text);
    expect(notes).toHaveLength(result.footnotes);
    expect(notes).toContain('J. Crawford, State Responsibility: The General Part, (CUP 2013), p. 399.');
    expect(notes).toContain('Crawford (n 25) p. 408.');
    expect(notes.filter((note) => note.startsWith('Ibid.')).length).toBeGreaterThan(0);
    expect(notes.some((note) => / \(n \d+\)/.test(note))).toBe(true);
    const index = paragraphsUnder(document, 'Index of Authorities').join('\n');
    expect(index).toContain('J. Crawford, State Responsibility: The General Part, 2013');
    expect(index).not.toContain('(CUP 2013)');
  });

  it('refuses a broken style before writing anything, naming the problem', async () => {
    await expect(
      temp.api['export-document']({ format: 'md', layout: 'memo', cslStyle: '<style>not csl</style>' }),
    ).rejects.toThrow(/not a CSL style/);
  });
});
