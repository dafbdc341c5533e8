import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CitableAuthority, formatFull, runsToPlainText } from '../../app/cite';
import { parseCitation } from '../../app/cite/parseCitation';
import { proposeKey } from '../../app/cite/proposeKey';

/** The pasted text read, then written again in OSCOLA by Casewright's own formatter. */
function roundTrip(pasted: string): string {
  const read = parseCitation(pasted)!;
  return runsToPlainText(formatFull({ key: 'k', type: read.type, short: '', csl: read.csl }, read.pinpoint, 'oscola'));
}

describe('reading a pasted citation into the fields of its type', () => {
  it('an ICJ judgment in OSCOLA: case name, phase, year, report, first page, court; the pinpoint apart', () => {
    expect(
      parseCitation(
        'Pulp Mills on the River Uruguay (Argentina v Uruguay) (Judgment) [2010] ICJ Rep 14, paras 101–102',
      ),
    ).toEqual({
      type: 'case',
      csl: {
        title: 'Pulp Mills on the River Uruguay (Argentina v Uruguay)',
        genre: 'Judgment',
        issued: { 'date-parts': [[2010]] },
        'container-title': 'ICJ Rep',
        page: '14',
        authority: 'ICJ',
      },
      pinpoint: 'paras 101–102',
    });
  });

  it('an ICJ judgment in Bluebook, with its full date', () => {
    const read = parseCitation('Pulp Mills on the River Uruguay (Arg. v. Uru.), Judgment, 2010 I.C.J. 14 (Apr. 20).');
    expect(read?.type).toBe('case');
    expect(read?.csl).toMatchObject({
      title: 'Pulp Mills on the River Uruguay (Arg. v. Uru.)',
      genre: 'Judgment',
      issued: { 'date-parts': [[2010, 4, 20]] },
      'container-title': 'ICJ Rep',
      page: '14',
    });
  });

  it('an English case, reported by year and by volume', () => {
    expect(parseCitation('Donoghue v Stevenson [1932] AC 562 (HL)')?.csl).toEqual({
      title: 'Donoghue v Stevenson',
      issued: { 'date-parts': [[1932]] },
      'container-title': 'AC',
      page: '562',
      authority: 'HL',
    });
    expect(parseCitation('R v Smith (1986) 83 Cr App R 1')?.csl).toMatchObject({
      title: 'R v Smith',
      volume: '83',
      'container-title': 'Cr App R',
      page: '1',
    });
  });

  it('an unreported decision: court and date', () => {
    const read = parseCitation(
      'Allegations of Genocide (Ukraine v Russian Federation) (Preliminary Objections) (ICJ, 2 February 2024)',
    );
    expect(read?.type).toBe('case');
    expect(read?.csl).toMatchObject({
      genre: 'Preliminary Objections',
      authority: 'ICJ',
      issued: { 'date-parts': [[2024, 2, 2]] },
    });
  });

  it('a treaty in OSCOLA: adoption and entry into force, series, volume, first page', () => {
    expect(
      parseCitation(
        'Vienna Convention on the Law of Treaties (adopted 23 May 1969, entered into force 27 January 1980) 1155 UNTS 331, art 31',
      ),
    ).toEqual({
      type: 'treaty',
      csl: {
        title: 'Vienna Convention on the Law of Treaties',
        issued: { 'date-parts': [[1969, 5, 23]] },
        'event-date': { 'date-parts': [[1980, 1, 27]] },
        volume: '1155',
        'container-title': 'UNTS',
        page: '331',
      },
      pinpoint: 'art 31',
    });
  });

  it('a treaty opened for signature, and a treaty in Bluebook with its series written out', () => {
    expect(
      parseCitation('Convention on the Law of the Sea (opened for signature 10 December 1982) 1833 UNTS 3')?.csl,
    ).toMatchObject({ genre: 'opened for signature', issued: { 'date-parts': [[1982, 12, 10]] } });
    expect(parseCitation('Vienna Convention on the Law of Treaties, May 23, 1969, 1155 U.N.T.S. 331')?.csl).toEqual({
      title: 'Vienna Convention on the Law of Treaties',
      issued: { 'date-parts': [[1969, 5, 23]] },
      volume: '1155',
      'container-title': 'UNTS',
      page: '331',
    });
  });

  it('a Security Council resolution in OSCOLA and in Bluebook', () => {
    expect(parseCitation('UNSC Res 1718 (14 October 2006) UN Doc S/RES/1718, para 8(a)')).toEqual({
      type: 'un_document',
      csl: { authority: 'UNSC', genre: 'Res', number: 'S/RES/1718', issued: { 'date-parts': [[2006, 10, 14]] } },
      pinpoint: 'para 8(a)',
    });
    expect(parseCitation('S.C. Res. 1718 (Oct. 14, 2006)')?.csl).toEqual({
      authority: 'UNSC',
      genre: 'Res',
      number: 'S/RES/1718',
      issued: { 'date-parts': [[2006, 10, 14]] },
    });
  });

  it('a General Assembly resolution with its session, and a titled UN document', () => {
    expect(parseCitation('UNGA Res 2625 (XXV) (24 October 1970)')?.csl).toMatchObject({
      authority: 'UNGA',
      number: 'A/RES/2625(XXV)',
    });
    expect(parseCitation("UNSC, 'Report of the Panel of Experts' (5 March 2019) UN Doc S/2019/171")?.csl).toEqual({
      authority: 'UNSC',
      title: 'Report of the Panel of Experts',
      issued: { 'date-parts': [[2019, 3, 5]] },
      number: 'S/2019/171',
    });
  });

  it('a journal article in OSCOLA and in Bluebook', () => {
    expect(parseCitation("James Crawford, 'The ILC's Articles on State Responsibility' (2002) 96 AJIL 874")).toEqual({
      type: 'article',
      csl: {
        author: [{ given: 'James', family: 'Crawford' }],
        title: "The ILC's Articles on State Responsibility",
        issued: { 'date-parts': [[2002]] },
        volume: '96',
        'container-title': 'AJIL',
        page: '874',
      },
      pinpoint: '',
    });
    expect(
      parseCitation("James Crawford, The ILC's Articles on State Responsibility, 96 Am. J. Int'l L. 874, 876 (2002)"),
    ).toMatchObject({ type: 'article', csl: { volume: '96', page: '874' }, pinpoint: 'p 876' });
  });

  it('a book with its edition and publisher, and an edited book', () => {
    expect(
      parseCitation("James Crawford, Brownlie's Principles of Public International Law (9th edn, OUP 2019)")?.csl,
    ).toEqual({
      author: [{ given: 'James', family: 'Crawford' }],
      title: "Brownlie's Principles of Public International Law",
      edition: '9',
      publisher: 'OUP',
      issued: { 'date-parts': [[2019]] },
    });
    expect(parseCitation('Malcolm Evans (ed), International Law (5th edn, OUP 2018)')?.csl.editor).toEqual([
      { given: 'Malcolm', family: 'Evans' },
    ]);
  });

  it('legislation and a web page', () => {
    expect(parseCitation('Human Rights Act 1998')).toEqual({
      type: 'legislation',
      csl: { title: 'Human Rights Act 1998', issued: { 'date-parts': [[1998]] } },
      pinpoint: '',
    });
    expect(
      parseCitation(
        "ICJ, 'Latest developments' (International Court of Justice, 3 May 2024) <https://www.icj-cij.org/latest> accessed 5 May 2024",
      ),
    ).toEqual({
      type: 'webpage',
      csl: {
        URL: 'https://www.icj-cij.org/latest',
        accessed: { 'date-parts': [[2024, 5, 5]] },
        author: [{ literal: 'ICJ' }],
        title: 'Latest developments',
        issued: { 'date-parts': [[2024, 5, 3]] },
        'container-title': 'International Court of Justice',
      },
      pinpoint: '',
    });
  });

  it('a report in a numbered series, an emergency-session resolution, a later source after a semicolon', () => {
    expect(
      parseCitation(
        'Multilateral Sanctions Monitoring Team, Violations of UN Sanctions (MSMT Report No 1, 29 May 2025) <https://msmt.info> accessed 1 December 2026',
      ),
    ).toEqual({
      type: 'report',
      csl: {
        URL: 'https://msmt.info',
        accessed: { 'date-parts': [[2026, 12, 1]] },
        author: [{ literal: 'Multilateral Sanctions Monitoring Team' }],
        title: 'Violations of UN Sanctions',
        'collection-title': 'MSMT Report',
        number: '1',
        issued: { 'date-parts': [[2025, 5, 29]] },
      },
      pinpoint: '',
    });
    expect(parseCitation('G.A. Res. ES-11/1 (Mar. 2, 2022)')?.csl).toMatchObject({
      authority: 'UNGA',
      number: 'A/RES/ES-11/1',
    });
    expect(
      parseCitation('Treaty of Friendship (signed 6 July 1961); registered with the United Nations on 23 January 1962')
        ?.csl,
    ).toEqual({
      title: 'Treaty of Friendship',
      genre: 'signed',
      issued: { 'date-parts': [[1961, 7, 6]] },
      references: 'registered with the United Nations on 23 January 1962',
    });
  });

  it('reads nothing from text that is not a citation', () => {
    expect(parseCitation('')).toBeNull();
    expect(parseCitation('the respondent failed to prevent the transfers')).toBeNull();
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const read = parseCitation(text);
        if (read) expect(JSON.stringify(read.csl)).not.toMatch(/undefined|NaN/);
      }),
    );
  });

  it('reads what Casewright writes: the OSCOLA form it prints reads back to the same citation', () => {
    for (const pasted of [
      'Pulp Mills on the River Uruguay (Argentina v Uruguay) (Judgment) [2010] ICJ Rep 14, para 101',
      'Vienna Convention on the Law of Treaties (adopted 23 May 1969, entered into force 27 January 1980) 1155 UNTS 331, art 31',
      'UNSC Res 1718 (14 October 2006) UN Doc S/RES/1718, para 8',
      "James Crawford, ‘The ILC's Articles on State Responsibility’ (2002) 96 AJIL 874",
    ]) {
      expect(roundTrip(pasted).replace(/[‘’]/g, "'")).toBe(pasted.replace(/[‘’]/g, "'"));
    }
  });
});

describe('reading back what Casewright prints for every authority of the templates', () => {
  /** Printed forms that do not say what they are: an untitled source, a treaty named by its short form, … */
  const UNREADABLE = {
    'oscola:arsiwacomm': 'a report printed in a yearbook reads as an article',
    'bluebook:arsiwacomm': 'a report printed in a yearbook, in Bluebook order',
    'oscola:compromis': 'a treaty with no date or series',
    'bluebook:compromis': 'a treaty with no date or series',
    'oscola:iaeadprk': 'a report with no date, number or series',
    'bluebook:iaeadprk': 'a report with no date, number or series',
    'oscola:icjrules': 'rules of court printed as a treaty is',
    'bluebook:icjrules': 'rules of court printed as a treaty is',
    'oscola:instructions': 'a document with only an author and a title',
    'bluebook:instructions': 'a document with only an author and a title',
    'bluebook:arsiwa': 'an annex to a resolution, in Bluebook',
    'bluebook:ukrainepo': 'an unreported decision in Bluebook order',
    'bluebook:uncharter': '“U.N. Charter”: Bluebook cites it by its short form alone',
  };

  it('reads the type and the title (or symbol) of each, in OSCOLA and in Bluebook, but for the known few', () => {
    const folder = join(import.meta.dirname, '../../templates');
    const unread: string[] = [];
    let read = 0;
    for (const name of readdirSync(folder)) {
      const template = JSON.parse(readFileSync(join(folder, name), 'utf8')) as { authorities?: CitableAuthority[] };
      for (const authority of template.authorities ?? []) {
        for (const style of ['oscola', 'bluebook'] as const) {
          const printed = runsToPlainText(formatFull({ ...authority, short: authority.short ?? '' }, '', style));
          const found = parseCitation(printed);
          const csl = authority.csl as { title?: string; number?: string };
          if (found?.type === authority.type && (found.csl.title === csl.title || found.csl.number === csl.number))
            read++;
          else unread.push(`${style}:${authority.key}`);
        }
      }
    }
    expect([...new Set(unread)].sort()).toEqual(Object.keys(UNREADABLE).sort());
    expect(read).toBeGreaterThan(300);
  });
});

describe('proposing a key from the title', () => {
  const none = new Set<string>();
  it('names each type the way lawyers name it', () => {
    const read = (pasted: string) => {
      const found = parseCitation(pasted)!;
      return proposeKey(found.type, found.csl, none).key;
    };
    expect(read('Pulp Mills on the River Uruguay (Argentina v Uruguay) (Judgment) [2010] ICJ Rep 14')).toBe(
      'pulpmills2010',
    );
    expect(read('Vienna Convention on the Law of Treaties (adopted 23 May 1969) 1155 UNTS 331')).toBe('vclt1969');
    expect(read('UNSC Res 1718 (14 October 2006) UN Doc S/RES/1718')).toBe('sres1718');
    expect(read("James Crawford, Brownlie's Principles of Public International Law (9th edn, OUP 2019)")).toBe(
      'crawford2019',
    );
    expect(read('Human Rights Act 1998')).toBe('hra1998');
  });

  it('explains itself, adds a letter when the key is taken, and proposes nothing from nothing', () => {
    const csl = { title: 'Corfu Channel (United Kingdom v Albania)', issued: { 'date-parts': [[1949]] } };
    expect(proposeKey('case', csl, none)).toEqual({
      key: 'corfuchannel1949',
      reason: 'Made from the first words of the case name and its year',
    });
    expect(proposeKey('case', csl, new Set(['corfuchannel1949'])).key).toBe('corfuchannel1949b');
    expect(proposeKey('case', {}, none).key).toBe('');
  });
});
