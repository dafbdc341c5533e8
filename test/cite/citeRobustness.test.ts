import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  AUTHORITY_GROUP_TITLES,
  authorityGroup,
  type CitableAuthority,
  FootnoteSequencer,
  formatFull,
  formatShort,
  indexEntry,
  runsToPlainText,
} from '../../app/cite';
import { AUTHORITY_TYPES, CITATION_STYLES, type CslItem } from '../../app/model/types';
import { authority, crawford, namibia, res1718 } from './authorities';

const HOSTILE = '<img src=x onerror=alert(1)>';

function both(item: CitableAuthority, pinpoint = ''): [string, string] {
  return [
    runsToPlainText(formatFull(item, pinpoint, 'oscola')),
    runsToPlainText(formatFull(item, pinpoint, 'bluebook')),
  ];
}

/** Text that a missing field must never leave behind. */
function expectClean(text: string): void {
  expect(text).not.toMatch(/undefined|null|NaN|\[object Object\]/);
  expect(text).not.toMatch(/\(\s*\)|\[\s*\]|‘’|\s{2}|\s[,;]|,,|^[\s,;]|[\s,;]$/);
}

describe('missing fields', () => {
  test.each(AUTHORITY_TYPES)('%s with an empty CSL item falls back to the short name', (type) => {
    const item = authority('key1', type, 'Short Name', {});
    for (const text of both(item, 'para 3')) {
      expectClean(text);
      expect(text).toContain('Short Name');
    }
  });

  test.each(AUTHORITY_TYPES)('%s with only a title prints the title', (type) => {
    const item = authority('key1', type, '', { title: 'A Title' });
    for (const text of both(item)) {
      expectClean(text);
      expect(text).toContain('A Title');
    }
  });

  test('nothing at all: the key', () => {
    const item = authority('res9999', 'un_document', '', {});
    expect(both(item)).toEqual(['res9999', 'res9999']);
  });

  test('a treaty with no dates or series, a case with no report or date', () => {
    expect(both(authority('t', 'treaty', '', { title: 'Treaty of Friendship' }), 'art 1')).toEqual([
      'Treaty of Friendship, art 1',
      'Treaty of Friendship art. 1',
    ]);
    expect(both(authority('c', 'case', '', { title: 'Case X', genre: 'Merits' }))).toEqual([
      'Case X (Merits)',
      'Case X, Merits',
    ]);
  });

  test('a resolution without a date or symbol', () => {
    const item = authority('r', 'un_document', '', { authority: 'UNSC', genre: 'Res', 'collection-number': '82' });
    expect(both(item)).toEqual(['UNSC Res 82', 'S.C. Res. 82']);
  });

  test('malformed values (wrong types, bad dates) are skipped, numbers are read', () => {
    const item = authority('m', 'article', 'M', {
      title: 'Article',
      author: 'not a list' as unknown as CslItem['author'],
      issued: { 'date-parts': 'nonsense' } as unknown as CslItem['issued'],
      volume: 12 as unknown as string,
      page: { start: 1 } as unknown as string,
      'container-title': 'Journal',
    });
    const [oscola, bluebook] = both(item);
    expect(oscola).toBe('‘Article’ 12 Journal');
    expect(bluebook).toBe('Article, 12 Journal');
  });

  test('a record without a CSL item at all', () => {
    const item = { key: 'k', type: 'book', short: 'Short', csl: null } as unknown as CitableAuthority;
    expect(both(item)).toEqual(['Short', 'Short']);
    expect(runsToPlainText(formatShort(item, '3', 'oscola', 1))).toBe('Short (n 1) 3');
  });

  test('random CSL items never crash and never print undefined', () => {
    const value = fc.oneof(
      fc.string(),
      fc.integer(),
      fc.constant(null),
      fc.constant(undefined),
      fc.record({ 'date-parts': fc.array(fc.array(fc.oneof(fc.integer(), fc.string()))) }),
      fc.array(fc.record({ family: fc.string(), given: fc.string(), literal: fc.string() }, { requiredKeys: [] })),
    );
    const fields = [
      'title',
      'author',
      'editor',
      'issued',
      'event-date',
      'accessed',
      'container-title',
      'volume',
      'page',
      'number',
      'genre',
      'authority',
      'section',
      'edition',
      'URL',
      'references',
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...AUTHORITY_TYPES),
        fc.constantFrom(...CITATION_STYLES),
        fc.dictionary(fc.constantFrom(...fields), value),
        fc.string(),
        (type, style, csl, pinpoint) => {
          const item = authority('key', type, 'Short', csl as CslItem);
          for (const runs of [formatFull(item, pinpoint, style), formatShort(item, pinpoint, style, 2)]) {
            expect(runsToPlainText(runs)).not.toMatch(/undefined|\[object Object\]|NaN/);
            for (const run of runs) expect(typeof run.text).toBe('string');
          }
        },
      ),
    );
  });
});

describe('hostile text comes out as the same characters', () => {
  test('in a title, an author, a pinpoint and a short name', () => {
    const item = authority('h', 'book', HOSTILE, {
      title: HOSTILE,
      author: [{ literal: HOSTILE }],
      publisher: '&amp; <b>',
      issued: { 'date-parts': [[2020]] },
    });
    const [oscola, bluebook] = both(item, '<script>alert(1)</script>');
    expect(oscola).toBe(`${HOSTILE}, ${HOSTILE} (&amp; <b> 2020) <script>alert(1)</script>`);
    expect(bluebook).toBe(`${HOSTILE}, ${HOSTILE} <script>alert(1)</script> (2020)`);
    const italicRun = formatFull(item, '', 'oscola').find((run) => run.italic);
    expect(italicRun).toEqual({ text: HOSTILE, italic: true });
    expect(runsToPlainText(formatShort(item, '', 'oscola', 1))).toBe(`${HOSTILE} (n 1)`);
  });

  test('Markdown characters are not interpreted', () => {
    const item = authority('md', 'case', '*Star*', { title: '*Not emphasis* _nor this_ [link](x)' });
    expect(formatFull(item, '', 'oscola')).toEqual([{ text: '*Not emphasis* _nor this_ [link](x)', italic: true }]);
  });
});

describe('dates, names and pinpoints', () => {
  const dated = (issued: unknown) =>
    authority('d', 'un_document', '', { authority: 'UNSC', genre: 'Res', 'collection-number': '1', issued } as CslItem);

  test.each([
    [{ 'date-parts': [['2006', '10', '14']] }, 'UNSC Res 1 (14 October 2006)', 'S.C. Res. 1 (Oct. 14, 2006)'],
    [{ 'date-parts': [[2006, 9]] }, 'UNSC Res 1 (September 2006)', 'S.C. Res. 1 (Sept. 2006)'],
    [{ 'date-parts': [[2006]] }, 'UNSC Res 1 (2006)', 'S.C. Res. 1 (2006)'],
    [{ 'date-parts': [[2006, 13, 40]] }, 'UNSC Res 1 (2006)', 'S.C. Res. 1 (2006)'],
    [{ raw: '2017-12-22' }, 'UNSC Res 1 (22 December 2017)', 'S.C. Res. 1 (Dec. 22, 2017)'],
    [{ literal: 'Autumn 2006' }, 'UNSC Res 1 (Autumn 2006)', 'S.C. Res. 1 (Autumn 2006)'],
  ])('%j', (issued, oscola, bluebook) => {
    expect(both(dated(issued))).toEqual([oscola, bluebook]);
  });

  test('author lists', () => {
    const names = (count: number) =>
      Array.from({ length: count }, (_, index) => ({ given: `Given${index + 1}`, family: `Family${index + 1}` }));
    const book = (count: number) => authority('b', 'book', 'B', { title: 'T', author: names(count) });
    const authors = (count: number) => both(book(count)).map((text) => text.replace(/, T$|, T.*$/, ''));
    expect(authors(2)).toEqual(['Given1 Family1 and Given2 Family2', 'Given1 Family1 & Given2 Family2']);
    expect(authors(3)).toEqual(['Given1 Family1, Given2 Family2 and Given3 Family3', 'Given1 Family1 et al.']);
    expect(authors(4)[0]).toBe('Given1 Family1 and others');
    const particle = authority('p', 'book', '', {
      title: 'T',
      author: [{ given: 'Jan', 'non-dropping-particle': 'van', family: 'Damme' }],
    });
    expect(both(particle)[0]).toBe('Jan van Damme, T');
    expect(runsToPlainText(formatShort(particle, '', 'oscola', 1))).toBe('van Damme (n 1)');
  });

  test.each([
    ['paras 113–14', 'paras 113–14', '¶¶ 113–14'],
    ['¶ 9', 'para 9', '¶ 9'],
    ['art. 31(3)(c)', 'art 31(3)(c)', 'art. 31(3)(c)'],
    ['arts 25 and 103', 'arts 25 and 103', 'arts. 25 and 103'],
    ['s 3', 's 3', '§ 3'],
    ['§§ 2–4', 'ss 2–4', '§§ 2–4'],
    ['n 12', 'n 12', 'n. 12'],
    ['ch VII', 'ch VII', 'ch. VII'],
    ['p 45', '45', '45'],
    ['pp. 45–47', '45–47', '45–47'],
    ['[34]', '[34]', '[34]'],
    ['preamble', 'preamble', 'preamble'],
    ['annex, para 2', 'annex, para 2', 'annex, ¶ 2'],
  ])('pinpoint %s', (pinpoint, oscola, bluebook) => {
    const item = authority('d', 'un_document', '', { authority: 'UNSC', genre: 'Res', 'collection-number': '1' });
    expect(both(item, pinpoint)).toEqual([`UNSC Res 1, ${oscola}`, `S.C. Res. 1, ${bluebook}`]);
  });
});

describe('Index of Authorities', () => {
  test('entries are the full form without pinpoint or full stop', () => {
    expect(runsToPlainText(indexEntry(res1718, 'oscola'))).toBe('UNSC Res 1718 (14 October 2006) UN Doc S/RES/1718');
    expect(indexEntry(namibia, 'bluebook')[0]?.italic).toBe(true);
    expect(runsToPlainText(indexEntry(crawford, 'bluebook'))).toBe(
      'James Crawford, State Responsibility: The General Part (2013)',
    );
  });

  test('groups and their titles', () => {
    expect(AUTHORITY_TYPES.map((type) => [type, authorityGroup(type)])).toEqual([
      ['treaty', 'treaties'],
      ['un_document', 'un_documents'],
      ['case', 'cases'],
      ['legislation', 'other'],
      ['book', 'books_articles'],
      ['article', 'books_articles'],
      ['report', 'other'],
      ['webpage', 'other'],
      ['other', 'other'],
    ]);
    expect(AUTHORITY_GROUP_TITLES).toEqual({
      treaties: 'Treaties and Conventions',
      un_documents: 'United Nations Documents',
      cases: 'Judicial and Arbitral Decisions',
      books_articles: 'Books and Articles',
      other: 'Other Sources',
    });
  });

  test('an unknown style or type at run time falls back rather than crashing', () => {
    const odd = { ...crawford, type: 'podcast' } as unknown as CitableAuthority;
    expect(runsToPlainText(formatFull(odd, '', 'oscola'))).toContain('State Responsibility');
    const sequencer = new FootnoteSequencer('chicago' as never);
    expect(runsToPlainText(sequencer.next([{ authority: crawford, pinpoint: '' }]))).toBe(
      'James Crawford, State Responsibility: The General Part (CUP 2013).',
    );
  });
});
