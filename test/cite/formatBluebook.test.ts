import { describe, expect, test } from 'vitest';
import { type CitableAuthority, formatFull, formatShort, runsToPlainText } from '../../app/cite';
import { arsiwa, authority, charter, crawford, lowe, namibia, npt, pact, res1718, vclt } from './authorities';

function full(item: CitableAuthority, pinpoint = ''): string {
  return runsToPlainText(formatFull(item, pinpoint, 'bluebook'));
}

function short(item: CitableAuthority, pinpoint: string, firstNote: number): string {
  return runsToPlainText(formatShort(item, pinpoint, 'bluebook', firstNote));
}

describe('Bluebook full forms', () => {
  test('treaties: pinpoint after the name, date of signing, parallel series, U.N.T.S.', () => {
    expect(full(npt, 'art X')).toBe(
      'Treaty on the Non-Proliferation of Nuclear Weapons art. X, July 1, 1968, 21 U.S.T. 483, 729 U.N.T.S. 161',
    );
    expect(full(vclt, 'art 31')).toBe(
      'Vienna Convention on the Law of Treaties art. 31, May 23, 1969, 1155 U.N.T.S. 331',
    );
    expect(full(pact, 'art 4')).toBe(
      "Treaty on Comprehensive Strategic Partnership between the Russian Federation and the Democratic People's Republic of Korea art. 4, Russ.-N. Kor., June 19, 2024",
    );
  });

  test('the UN Charter is "U.N. Charter"', () => {
    expect(full(charter, 'art 25')).toBe('U.N. Charter art. 25');
    expect(full(charter)).toBe('U.N. Charter');
  });

  test('resolutions: organ, number, ¶ pinpoint, full date', () => {
    expect(full(res1718, 'para 8(a)')).toBe('S.C. Res. 1718, ¶ 8(a) (Oct. 14, 2006)');
    expect(full(res1718, 'paras 9–10, 26')).toBe('S.C. Res. 1718, ¶¶ 9–10, 26 (Oct. 14, 2006)');
    expect(full({ ...arsiwa, csl: { ...arsiwa.csl, references: undefined } }, 'art 16')).toBe(
      'G.A. Res. 56/83, annex, Articles on Responsibility of States for Internationally Wrongful Acts, art. 16 (Dec. 12, 2001)',
    );
  });

  test('other UN documents: author, italic title, U.N. Doc. symbol, date', () => {
    const panel = authority('panel', 'un_document', 'Panel Final Report', {
      authority: 'UNSC',
      title: 'Final Report of the Panel of Experts Submitted Pursuant to Resolution 2680 (2023)',
      number: 'S/2024/215',
      issued: { 'date-parts': [[2024, 3, 7]] },
    });
    const runs = formatFull(panel, 'para 40', 'bluebook');
    expect(runsToPlainText(runs)).toBe(
      'U.N. Security Council, Final Report of the Panel of Experts Submitted Pursuant to Resolution 2680 (2023), ¶ 40, U.N. Doc. S/2024/215 (Mar. 7, 2024)',
    );
    expect(runs[1]).toEqual({
      text: 'Final Report of the Panel of Experts Submitted Pursuant to Resolution 2680 (2023)',
      italic: true,
    });
  });

  test('ICJ cases: italic name, phase, year I.C.J. page, pinpoint, month and day', () => {
    const runs = formatFull(namibia, 'paras 113–14', 'bluebook');
    expect(runsToPlainText(runs)).toBe(
      'Legal Consequences for States of the Continued Presence of South Africa in Namibia (South West Africa) notwithstanding Security Council Resolution 276 (1970), Advisory Opinion, 1971 I.C.J. 16, ¶¶ 113–14 (June 21)',
    );
    expect(runs[0]?.italic).toBe(true);
    expect(runs[1]?.italic).toBeUndefined();
    const nicaragua = authority('nicaragua', 'case', 'Nicaragua', {
      title: 'Military and Paramilitary Activities in and against Nicaragua (Nicaragua v United States of America)',
      genre: 'Judgment',
      issued: { 'date-parts': [[1986, 6, 27]] },
      'container-title': 'ICJ Rep',
      page: '14',
    });
    expect(full(nicaragua, 'para 292')).toBe(
      'Military and Paramilitary Activities in and against Nicaragua (Nicaragua v. United States of America), Judgment, 1986 I.C.J. 14, ¶ 292 (June 27)',
    );
  });

  test('an unreported decision: court and full date', () => {
    const genocide = authority('ukraine', 'case', 'Allegations of Genocide', {
      title: 'Allegations of Genocide (Ukraine v Russian Federation)',
      genre: 'Preliminary Objections',
      authority: 'ICJ',
      issued: { 'date-parts': [[2024, 2, 2]] },
    });
    expect(full(genocide, 'para 45')).toBe(
      'Allegations of Genocide (Ukraine v. Russian Federation), Preliminary Objections, ¶ 45 (I.C.J. Feb. 2, 2024)',
    );
  });

  test('books: italic title, pinpoint, edition and year (no publisher)', () => {
    const runs = formatFull(crawford, '45', 'bluebook');
    expect(runsToPlainText(runs)).toBe('James Crawford, State Responsibility: The General Part 45 (2013)');
    expect(runs[1]).toEqual({ text: 'State Responsibility: The General Part', italic: true });
    const secondEdition = authority('b', 'book', 'B', { ...crawford.csl, edition: '2' });
    expect(full(secondEdition)).toBe('James Crawford, State Responsibility: The General Part (2d ed. 2013)');
    const edited = authority('e', 'book', 'E', {
      title: 'The Charter of the United Nations: A Commentary',
      editor: [{ family: 'Simma', given: 'Bruno' }],
      edition: '3rd',
      issued: { 'date-parts': [[2012]] },
    });
    expect(full(edited)).toBe('The Charter of the United Nations: A Commentary (Bruno Simma ed., 3d ed. 2012)');
  });

  test('articles: italic title, volume, abbreviated journal, page, pinpoint, year', () => {
    const runs = formatFull(lowe, '410', 'bluebook');
    expect(runsToPlainText(runs)).toBe(
      "Vaughan Lowe, Precluding Wrongfulness or Responsibility: A Plea for Excuses, 10 Eur. J. Int'l L. 405, 410 (1999)",
    );
    expect(runs[1]?.italic).toBe(true);
  });

  test('reports and web pages', () => {
    const yearbook = authority('ybilc', 'report', 'ILC Commentaries', {
      author: [{ literal: "Int'l Law Comm'n" }],
      title: 'Draft Articles on Responsibility of States for Internationally Wrongful Acts, with Commentaries',
      'container-title': 'YBILC',
      volume: '2',
      page: '31',
      issued: { 'date-parts': [[2001]] },
    });
    expect(full(yearbook)).toBe(
      "Int'l Law Comm'n, Draft Articles on Responsibility of States for Internationally Wrongful Acts, with Commentaries, [2001] 2 Y.B. Int'l L. Comm'n 31",
    );
    const page = authority('page', 'webpage', 'Page', {
      title: 'Security Council Committee established pursuant to resolution 1718 (2006)',
      'container-title': 'United Nations',
      URL: 'https://main.un.org/securitycouncil/en/sanctions/1718',
      accessed: { 'date-parts': [[2025, 5, 1]] },
    });
    expect(full(page)).toBe(
      'Security Council Committee established pursuant to resolution 1718 (2006), United Nations, https://main.un.org/securitycouncil/en/sanctions/1718 (last visited May 1, 2025)',
    );
  });

  test('legislation: no year when the name has one', () => {
    const act = authority('cra', 'legislation', 'Civil Rights Act', {
      title: 'Civil Rights Act of 1964',
      number: 'Pub. L. No. 88-352',
      'container-title': 'Stat',
      volume: '78',
      page: '241',
      issued: { 'date-parts': [[1964, 7, 2]] },
    });
    expect(full(act, 's 7')).toBe('Civil Rights Act of 1964, Pub. L. No. 88-352, § 7, 78 Stat. 241');
  });
});

describe('Bluebook short forms', () => {
  test('supra note for treaties, UN documents, books and articles; "at" only before pages', () => {
    const treatyShort = formatShort(npt, 'art X', 'bluebook', 3);
    expect(runsToPlainText(treatyShort)).toBe('NPT, supra note 3, art. X');
    expect(treatyShort).toEqual([{ text: 'NPT, ' }, { text: 'supra', italic: true }, { text: ' note 3, art. X' }]);
    expect(short(res1718, 'para 8(a)', 2)).toBe('SC Res 1718, supra note 2, ¶ 8(a)');
    expect(short(crawford, '45', 4)).toBe('Crawford, supra note 4, at 45');
    expect(short(lowe, '', 5)).toBe('Lowe, supra note 5');
  });

  test('cases: short name and reporter, no supra', () => {
    expect(short(namibia, '54', 3)).toBe('Namibia, 1971 I.C.J. at 54');
    expect(short(namibia, 'para 113', 3)).toBe('Namibia, 1971 I.C.J. ¶ 113');
    expect(short(namibia, '', 3)).toBe('Namibia, 1971 I.C.J. 16');
    expect(formatShort(namibia, '', 'bluebook', 3)[0]).toEqual({ text: 'Namibia', italic: true });
  });
});
