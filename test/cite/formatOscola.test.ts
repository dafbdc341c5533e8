import { describe, expect, test } from 'vitest';
import { type CitableAuthority, formatFull, formatShort, runsToPlainText } from '../../app/cite';
import { authority, charter, crawford, icjStatute, lowe, namibia, npt, res1718 } from './authorities';

function full(item: CitableAuthority, pinpoint = ''): string {
  return runsToPlainText(formatFull(item, pinpoint, 'oscola'));
}

function short(item: CitableAuthority, pinpoint: string, firstNote: number): string {
  return runsToPlainText(formatShort(item, pinpoint, 'oscola', firstNote));
}

const shaw = authority('shaw', 'book', 'Shaw', {
  author: [{ family: 'Shaw', given: 'Malcolm N' }],
  title: 'International Law',
  edition: 9,
  publisher: 'CUP',
  issued: { 'date-parts': [[2021]] },
});

const chapter = authority('doe', 'book', 'Doe', {
  author: [{ family: 'Doe', given: 'Jane' }],
  title: 'Sanctions and the Security Council',
  'container-title': 'The Law of Collective Security',
  editor: [
    { family: 'Roe', given: 'John' },
    { family: 'Poe', given: 'Anne' },
  ],
  publisher: 'OUP',
  issued: { 'date-parts': [[2020]] },
});

const msmt = authority('msmt', 'report', 'MSMT Report', {
  author: [{ literal: 'Multilateral Sanctions Monitoring Team' }],
  title: 'Violations and Evasions of UN Sanctions through DPRK–Russia Military Cooperation',
  'collection-title': 'MSMT Report',
  number: '1',
  issued: { 'date-parts': [[2025, 5, 29]] },
});

const yearbook = authority('ilcCommentaries', 'report', 'ARSIWA Commentaries', {
  author: [{ literal: 'International Law Commission' }],
  title: 'Draft Articles on Responsibility of States for Internationally Wrongful Acts, with Commentaries',
  'container-title': 'YBILC',
  volume: 'II pt 2',
  page: '31',
  issued: { 'date-parts': [[2001]] },
});

const blogPost = authority('blog', 'webpage', 'Doe, ‘The Pact Explained’', {
  author: [{ family: 'Doe', given: 'Jane' }],
  title: 'The Pact Explained',
  'container-title': 'EJIL: Talk!',
  issued: { 'date-parts': [[2024, 6, 21]] },
  URL: 'https://www.ejiltalk.org/the-pact-explained/',
  accessed: { 'date-parts': [[2025, 5, 1]] },
});

const humanRightsAct = authority('hra', 'legislation', 'HRA 1998', { title: 'Human Rights Act 1998' });

describe('OSCOLA full forms', () => {
  test('books: title in italics, edition, publisher and year; pinpoint after a space', () => {
    const runs = formatFull(crawford, '45', 'oscola');
    expect(runsToPlainText(runs)).toBe('James Crawford, State Responsibility: The General Part (CUP 2013) 45');
    expect(runs).toEqual([
      { text: 'James Crawford, ' },
      { text: 'State Responsibility: The General Part', italic: true },
      { text: ' (CUP 2013) 45' },
    ]);
    expect(full(shaw)).toBe('Malcolm N Shaw, International Law (9th edn, CUP 2021)');
  });

  test('a chapter in an edited book', () => {
    const runs = formatFull(chapter, '12', 'oscola');
    expect(runsToPlainText(runs)).toBe(
      'Jane Doe, ‘Sanctions and the Security Council’ in John Roe and Anne Poe (eds), The Law of Collective Security (OUP 2020) 12',
    );
    expect(runs.filter((run) => run.italic)).toEqual([{ text: 'The Law of Collective Security', italic: true }]);
  });

  test('journal articles: title in quotes, journal roman, pinpoint after a comma', () => {
    const runs = formatFull(lowe, '410', 'oscola');
    expect(runsToPlainText(runs)).toBe(
      'Vaughan Lowe, ‘Precluding Wrongfulness or Responsibility: A Plea for Excuses’ (1999) 10 EJIL 405, 410',
    );
    expect(runs.some((run) => run.italic)).toBe(false);
    const noVolume = authority('x', 'article', 'X', { ...lowe.csl, volume: undefined });
    expect(full(noVolume)).toBe(
      'Vaughan Lowe, ‘Precluding Wrongfulness or Responsibility: A Plea for Excuses’ [1999] EJIL 405',
    );
  });

  test('reports: stand-alone (italic title) and in a yearbook (quoted title)', () => {
    expect(full(msmt)).toBe(
      'Multilateral Sanctions Monitoring Team, Violations and Evasions of UN Sanctions through DPRK–Russia Military Cooperation (MSMT Report No 1, 29 May 2025)',
    );
    expect(formatFull(msmt, '', 'oscola')[1]?.italic).toBe(true);
    expect(full(yearbook)).toBe(
      'International Law Commission, ‘Draft Articles on Responsibility of States for Internationally Wrongful Acts, with Commentaries’ [2001] YBILC vol II pt 2, 31',
    );
  });

  test('web pages: quoted title, website and date, URL in angle brackets, date accessed', () => {
    expect(full(blogPost)).toBe(
      'Jane Doe, ‘The Pact Explained’ (EJIL: Talk!, 21 June 2024) <https://www.ejiltalk.org/the-pact-explained/> accessed 1 May 2025',
    );
  });

  test('legislation, and the year added when the title has none', () => {
    expect(full(humanRightsAct, 's 3')).toBe('Human Rights Act 1998, s 3');
    const law = authority('law', 'legislation', 'Law', {
      title: 'Federal Law on the Ratification of the Treaty',
      issued: { 'date-parts': [[2024, 11, 9]] },
    });
    expect(full(law, 'art 1')).toBe('Federal Law on the Ratification of the Treaty 2024, art 1');
  });

  test('UN documents other than resolutions (from legal-facts-detail.md)', () => {
    const verbatim = authority('pv', 'un_document', 'S/PV.9591', {
      authority: 'UNSC',
      genre: 'Verbatim Record',
      number: 'S/PV.9591',
      issued: { 'date-parts': [[2024, 3, 28]] },
    });
    expect(full(verbatim)).toBe('UNSC Verbatim Record (28 March 2024) UN Doc S/PV.9591');
    const draft = authority('draft', 'un_document', 'Draft', {
      authority: 'UNSC',
      title: 'Draft Resolution',
      number: 'S/2024/255',
      status: 'not adopted',
      issued: { 'date-parts': [[2024, 3, 28]] },
    });
    expect(full(draft)).toBe('UNSC, ‘Draft Resolution’ (28 March 2024) UN Doc S/2024/255 (not adopted)');
    const panel = authority('panel', 'un_document', 'Panel Final Report', {
      authority: 'UNSC',
      title: 'Final Report of the Panel of Experts Submitted Pursuant to Resolution 2680 (2023)',
      number: 'S/2024/215',
      issued: { 'date-parts': [[2024, 3, 7]] },
    });
    expect(full(panel, 'para 40')).toBe(
      'UNSC, ‘Final Report of the Panel of Experts Submitted Pursuant to Resolution 2680 (2023)’ (7 March 2024) UN Doc S/2024/215, para 40',
    );
  });

  test('General Assembly resolutions: number read from the symbol, session numeral spaced', () => {
    const vetoInitiative = authority('res76262', 'un_document', 'GA Res 76/262', {
      authority: 'UNGA',
      genre: 'Res',
      number: 'A/RES/76/262',
      issued: { 'date-parts': [[2022, 4, 26]] },
    });
    expect(full(vetoInitiative)).toBe('UNGA Res 76/262 (26 April 2022) UN Doc A/RES/76/262');
    const friendlyRelations = authority('res2625', 'un_document', 'Friendly Relations Declaration', {
      authority: 'UNGA',
      genre: 'Res',
      number: 'A/RES/2625(XXV)',
      issued: { 'date-parts': [[1970, 10, 24]] },
    });
    expect(full(friendlyRelations)).toBe('UNGA Res 2625 (XXV) (24 October 1970) UN Doc A/RES/2625(XXV)');
  });

  test('a resolution as the interchange format example writes it (no genre, no organ)', () => {
    const example = authority('res1718', 'un_document', 'SC Res 1718', {
      type: 'legislation',
      title: 'Non-proliferation/Democratic People’s Republic of Korea',
      number: 'S/RES/1718',
      issued: { 'date-parts': [[2006, 10, 14]] },
    });
    expect(full(example, 'para 8(a)')).toBe('UNSC Res 1718 (14 October 2006) UN Doc S/RES/1718, para 8(a)');
    expect(runsToPlainText(formatFull(example, 'para 8(a)', 'bluebook'))).toBe(
      'S.C. Res. 1718, ¶ 8(a) (Oct. 14, 2006)',
    );
  });

  test('the ICJ Statute as legal-facts-detail.md cites it', () => {
    const statute = authority('statute', 'treaty', 'ICJ Statute', {
      ...icjStatute.csl,
      genre: 'adopted',
      'event-date': { 'date-parts': [[1945, 10, 24]] },
    });
    expect(full(statute, 'art 36(2)')).toBe(
      'Statute of the International Court of Justice (adopted 26 June 1945, entered into force 24 October 1945) 33 UNTS 993, art 36(2)',
    );
  });

  test('a report numbered by volume puts the year in round brackets', () => {
    const award = authority('award', 'case', 'Award', {
      title: 'Example Arbitration (State A v State B)',
      genre: 'Award',
      issued: { 'date-parts': [[2001]] },
      'container-title': 'ILR',
      volume: '120',
      page: '1',
    });
    expect(full(award, 'para 5')).toBe('Example Arbitration (State A v State B) (Award) (2001) 120 ILR 1, para 5');
  });

  test('Bluebook-style pinpoints and series come out in OSCOLA form', () => {
    const written = authority('npt', 'treaty', 'NPT', { ...npt.csl, 'container-title': 'U.N.T.S.' });
    expect(full(written, 'art. X')).toBe(
      'Treaty on the Non-Proliferation of Nuclear Weapons (opened for signature 1 July 1968, entered into force 5 March 1970) 729 UNTS 161, art X',
    );
    expect(full(res1718, '¶ 8(a)')).toBe('UNSC Res 1718 (14 October 2006) UN Doc S/RES/1718, para 8(a)');
  });
});

describe('OSCOLA short forms', () => {
  test('cases: italic short name, cross-reference, pinpoint after a space', () => {
    const runs = formatShort(namibia, 'para 12', 'oscola', 3);
    expect(runs).toEqual([{ text: 'Namibia', italic: true }, { text: ' (n 3) para 12' }]);
  });

  test('treaties, UN documents, books, articles', () => {
    expect(short(charter, 'art 25', 1)).toBe('UN Charter (n 1) art 25');
    expect(short(res1718, 'para 8(b)', 2)).toBe('SC Res 1718 (n 2) para 8(b)');
    expect(short(crawford, '45', 4)).toBe('Crawford (n 4) 45');
    expect(short(lowe, '', 5)).toBe('Lowe (n 5)');
    expect(formatShort(crawford, '45', 'oscola', 4).some((run) => run.italic)).toBe(false);
  });

  test('legislation takes no cross-reference', () => {
    expect(short(humanRightsAct, 's 3', 7)).toBe('HRA 1998, s 3');
  });

  test('without a short name: the first author, else the title', () => {
    expect(short({ ...crawford, short: '' }, '', 2)).toBe('Crawford (n 2)');
    expect(short({ ...npt, short: '' }, '', 2)).toBe('Treaty on the Non-Proliferation of Nuclear Weapons (n 2)');
  });
});
