import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { type CitableAuthority, FootnoteSequencer, loadCslStyle, runsToPlainText } from '../../app/cite';
import { citeprocItem } from '../../app/cite/citeprocItem';
import { citeprocReason } from '../../app/cite/cslStyle';
import { formatDate, formatYear } from '../../app/cite/formatDate';
import { arsiwa, authority, charter, res1718 } from './authorities';

const PLAIN_NOTES = readFileSync(resolve(import.meta.dirname, '../fixtures/styles/plain-notes.csl'), 'utf8');
const CORPUS = resolve(import.meta.dirname, '../../../shared/corpora');

const verbatim = authority('spv5551', 'un_document', 'S/PV.5551', {
  type: 'document',
  authority: 'UNSC',
  genre: 'Verbatim Record',
  number: 'S/PV.5551',
  issued: { 'date-parts': [[2006, 10, 14]] },
});

const speech = authority('speech', 'other', 'Guterres speech', {
  type: 'speech',
  author: [{ family: 'Guterres', given: 'António' }],
  title: 'Remarks to the Security Council on the Situation in Ukraine',
  event: 'Security Council, 9000th meeting',
  issued: { 'date-parts': [[2022, 2, 24]] },
});

describe('legal material as citeproc-js reads it (Zotero and Juris-M fields)', () => {
  test('a resolution is a report of its organ: title, UN Doc symbol, no section, its short title kept', () => {
    expect(citeprocItem(res1718)).toEqual({
      id: 'res1718',
      type: 'report',
      author: [{ literal: 'UNSC' }],
      title: 'Resolution 1718 (2006)',
      'title-short': 'SC Res 1718',
      genre: 'UN Doc',
      number: 'S/RES/1718',
      issued: { 'date-parts': [[2006, 10, 14]] },
    });
  });

  test('a text annexed to a resolution (the ILC Articles) keeps its author and title, and its annex in the symbol', () => {
    const item = citeprocItem(arsiwa);
    expect(item).toMatchObject({
      type: 'report',
      author: [{ literal: 'ILC' }],
      title: 'Articles on Responsibility of States for Internationally Wrongful Acts',
      number: 'A/RES/56/83, annex',
    });
    expect(item).not.toHaveProperty('section');
  });

  test('a verbatim record has a title naming its meeting; a treaty has no genre or unlabelled entry into force', () => {
    expect(citeprocItem(verbatim)).toMatchObject({
      title: 'Verbatim Record of the 5551st Meeting',
      number: 'S/PV.5551',
    });
    const treaty = citeprocItem(charter);
    expect(treaty).toMatchObject({ type: 'treaty', title: 'Charter of the United Nations', 'container-title': 'UNTS' });
    expect(treaty).not.toHaveProperty('genre');
    expect(treaty).not.toHaveProperty('event-date');
  });

  test('UN documents print with their symbol and pinpoint, never bare or with "§ annex"', async () => {
    const formatter = (await loadCslStyle(PLAIN_NOTES)).formatter();
    const notes = [res1718, verbatim, arsiwa].map((cited) =>
      runsToPlainText(formatter.next([{ authority: cited, pinpoint: 'para 12' }])),
    );
    expect(notes[0]).toContain('Resolution 1718 (2006)');
    expect(notes[1]).toContain('Verbatim Record of the 5551st Meeting');
    for (const note of notes) expect(note).toMatch(/para\. 12/);
    expect(notes.join(' ')).not.toMatch(/§|undefined/);
  });
});

describe('dates as Better BibTeX and Zotero write them (EDTF)', () => {
  const edtf = (key: string, issued: unknown) =>
    authority(key, 'book', key, { type: 'book', title: `Book ${key}`, author: [{ family: 'Doe' }], issued } as never);
  const items: [CitableAuthority, RegExp][] = [
    [edtf('open', { 'date-parts': [['2014', 12, 31], [0]] }), /2014–/],
    [
      edtf('range', {
        circa: true,
        'date-parts': [
          ['2011', 5, 25],
          ['2012', 6, 26],
        ],
      }),
      /2011–2012/,
    ],
    [edtf('mixed', { 'date-parts': [[2014, 12, 31], [2015]] }), /2014–2015/],
    [
      edtf('bc', {
        'date-parts': [
          ['-100', 7, 12],
          ['-44', 3, 15],
        ],
      }),
      /100–44 BC/,
    ],
    [edtf('season', { 'date-parts': [[1985]], season: 1 }), /1985/],
  ];

  test('citeproc writes a range, open end, circa or BC date instead of failing', async () => {
    const formatter = (await loadCslStyle(PLAIN_NOTES)).formatter();
    for (const [cited, date] of items) {
      expect(runsToPlainText(formatter.next([{ authority: cited, pinpoint: '' }]))).toMatch(date);
    }
  }, 120_000);

  test('every record of the Better BibTeX EDTF fixture exports through a CSL style', async (context) => {
    const path = resolve(CORPUS, 'sources/bbt7.csl.json');
    if (!existsSync(path)) {
      console.warn(`Skipped: ${path} is absent.`);
      context.skip();
    }
    const records = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>[];
    const formatter = (await loadCslStyle(PLAIN_NOTES)).formatter();
    for (const record of records) {
      const cited = authority(String(record.id), 'book', String(record.id), record as never);
      const note = runsToPlainText(formatter.next([{ authority: cited, pinpoint: '' }]));
      expect(note).not.toMatch(/undefined|NaN/);
      expect(runsToPlainText(formatter.indexEntry(cited))).not.toBe('');
    }
  }, 120_000);

  test('the built-in styles write ranges, circa and years BC', () => {
    expect(
      formatDate(
        {
          'date-parts': [
            [2011, 5, 25],
            [2012, 6, 26],
          ],
        },
        'oscola',
      ),
    ).toBe('25 May 2011 – 26 June 2012');
    expect(formatDate({ 'date-parts': [[2014, 12, 31], [0]] }, 'oscola')).toBe('31 December 2014–');
    expect(formatDate({ circa: true, 'date-parts': [[1850]] }, 'oscola')).toBe('c 1850');
    expect(formatDate({ circa: true, 'date-parts': [[1850]] }, 'bluebook')).toBe('ca. 1850');
    expect(formatDate({ 'date-parts': [[-334]] }, 'oscola')).toBe('334 BC');
    expect(
      formatDate(
        {
          'date-parts': [
            [-100, 7, 12],
            [-44, 3, 15],
          ],
        },
        'bluebook',
      ),
    ).toBe('July 12, 100 B.C. – Mar. 15, 44 B.C.');
    expect(formatYear({ 'date-parts': [[-100], [-44]] })).toBe('100–44 BC');
    expect(formatYear({ 'date-parts': [[1999], [2001]] })).toBe('1999–2001');
    const book = authority('old', 'book', 'Old', {
      type: 'book',
      title: 'Histories',
      author: [{ family: 'Herodotus' }],
      issued: { circa: true, 'date-parts': [[-430]] },
    });
    const sequencer = new FootnoteSequencer('oscola');
    expect(runsToPlainText(sequencer.next([{ authority: book, pinpoint: '' }]))).toContain('c 430 BC');
  });
});

describe('what citeproc-js throws, and what a style leaves out', () => {
  test('a thrown string or an empty error becomes a sentence, never "undefined"', () => {
    expect(citeprocReason('citeproc-js error: CSL data error: element mismatch in date range input.')).toBe(
      'CSL data error: element mismatch in date range input.',
    );
    expect(citeprocReason(undefined)).toBe('citeproc-js stopped without saying why');
    expect(citeprocReason(new Error('bad\nstack'))).toBe('bad');
  });

  test('a speech the style leaves out of its bibliography still has an index entry', async (context) => {
    const path = resolve(CORPUS, 'csl/chicago-notes-bibliography.csl');
    if (!existsSync(path)) {
      console.warn(`Skipped: ${path} is absent.`);
      context.skip();
    }
    const formatter = (await loadCslStyle(readFileSync(path, 'utf8'))).formatter();
    const entry = runsToPlainText(formatter.indexEntry(speech));
    expect(entry).toContain('Remarks to the Security Council on the Situation in Ukraine');
  }, 120_000);
});

describe('BibLaTeX rich text in the built-in styles', () => {
  test('"n<sup>o</sup>" (from \\textsuperscript{o}) is a superscript o, not literal tags', () => {
    const loi = authority('loi', 'legislation', 'Loi 2011-525', {
      type: 'legislation',
      title: 'Loi n<sup>o</sup> 2011-525 du 17 mai 2011',
      issued: { 'date-parts': [[2011, 5, 17]] },
    });
    const hostile = authority('tags', 'book', 'Tags', { type: 'book', title: 'On <b>bold</b> & <img src=x>' });
    const sequencer = new FootnoteSequencer('oscola');
    const runs = sequencer.next([{ authority: loi, pinpoint: 'art 3' }]);
    expect(runsToPlainText(runs)).toBe('Loi no 2011-525 du 17 mai 2011, art 3.');
    expect(runs.filter((run) => run.superscript).map((run) => run.text)).toEqual(['o']);
    expect(runsToPlainText(sequencer.next([{ authority: hostile, pinpoint: '' }]))).toContain('On bold & <img src=x>');
  });
});
