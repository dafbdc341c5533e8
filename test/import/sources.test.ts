import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatFull, runsToPlainText } from '../../app/cite';
import { type TempService, tempService } from '../support/tempService';
import { expectRefused } from './importAssertions';

const fixture = (name: string) => readFileSync(resolve(import.meta.dirname, '../fixtures/sources', name), 'utf8');

let t: TempService;
beforeEach(async () => {
  t = tempService();
  await t.api['case-create']({ path: t.path('case.casewright') });
});
afterEach(() => t.dispose());

interface Listed {
  key: string;
  type: string;
  short: string;
}

/** The case's authorities in key order, as the authorities panel lists them. */
async function authorities(): Promise<Listed[]> {
  return (await t.api['authorities-list']({})).map(({ key, type, short }) => ({ key, type, short }));
}

const inKeyOrder = (list: Listed[]) => [...list].sort((left, right) => left.key.localeCompare(right.key));

describe('sources from Zotero', () => {
  it('imports a Better CSL JSON export: types, keys and short names', async () => {
    const summary = await t.api['import-sources']({ format: 'csl', text: fixture('zotero-better-csl.json') });
    expect(summary).toMatchObject({ authoritiesAdded: 7, authoritiesMerged: 0, presentKeys: [], warnings: [] });
    expect(await authorities()).toEqual(
      inKeyOrder([
        { key: 'bosniangenocide2007', type: 'case', short: 'Bosnian Genocide' },
        { key: 'unsc1718', type: 'un_document', short: 'UNSC Res 1718' },
        { key: 'treaty1968', type: 'treaty', short: 'Treaty on the Non-Proliferation of Nuclear Weapons' },
        { key: 'milanovic2006', type: 'article', short: '' },
        { key: 'crawford2013', type: 'book', short: '' },
        { key: 'final2024', type: 'un_document', short: 'S/2024/215' },
        { key: 'kcna2024pact', type: 'webpage', short: 'Treaty on Comprehensive Strategic Partnership between the' },
      ]),
    );
    const case2007 = (await t.api['authorities-list']({})).find(
      (authority) => authority.key === 'bosniangenocide2007',
    )!;
    expect(case2007.csl).toMatchObject({ type: 'legal_case', page: '43', issued: { 'date-parts': [[2007, 2, 26]] } });
  });

  it('merges by key: importing the same export again adds nothing and says what was already there', async () => {
    await t.api['authorities-add']({ key: 'unsc1718', type: 'un_document', short: 'My own short name' });
    const first = await t.api['import-sources']({ format: 'csl', text: fixture('zotero-better-csl.json') });
    expect(first).toMatchObject({ authoritiesAdded: 6, authoritiesMerged: 1, presentKeys: ['unsc1718'] });
    const second = await t.api['import-sources']({ format: 'csl', text: fixture('zotero-better-csl.json') });
    expect(second).toMatchObject({ authoritiesAdded: 0, authoritiesMerged: 7, addedKeys: [] });
    const list = await authorities();
    expect(list).toHaveLength(7);
    expect(list.find((authority) => authority.key === 'unsc1718')!.short).toBe('My own short name');
  });

  it('imports a Better BibLaTeX export through citation-js', async () => {
    const summary = await t.api['import-sources']({ format: 'bibtex', text: fixture('zotero-better-biblatex.bib') });
    expect(summary).toMatchObject({ authoritiesAdded: 6 });
    expect(await authorities()).toEqual(
      inKeyOrder([
        { key: 'bosniangenocide2007', type: 'case', short: 'Bosnian Genocide' },
        { key: 'unsc1718', type: 'un_document', short: 'UNSC Res 1718' },
        { key: 'npt1968', type: 'treaty', short: 'NPT' },
        { key: 'milanovic2006', type: 'article', short: '' },
        { key: 'crawford2013', type: 'book', short: '' },
        {
          key: 'panelreport2024',
          type: 'un_document',
          short: 'Final Report of the Panel of Experts Submitted Pursuant to',
        },
      ]),
    );
    const article = (await t.api['authorities-list']({})).find((authority) => authority.key === 'milanovic2006')!;
    expect(article.csl).toMatchObject({
      author: [{ family: 'Milanović', given: 'Marko' }],
      volume: '17',
      page: '553-604',
    });
  });

  it('imports a RIS export, building keys from authors, titles and years', async () => {
    const summary = await t.api['import-sources']({ format: 'ris', text: fixture('zotero.ris') });
    expect(summary).toMatchObject({ authoritiesAdded: 4, warnings: [] });
    expect(await authorities()).toEqual(
      inKeyOrder([
        { key: 'military1986', type: 'case', short: 'Nicaragua v. United States of America' },
        { key: 'res2270', type: 'un_document', short: 'UNSC Res 2270' },
        { key: 'milanovic2006', type: 'article', short: '' },
        { key: 'crawford2013', type: 'book', short: '' },
      ]),
    );
  });

  it('gives two items with one key distinct keys and says so', async () => {
    const items = [
      { id: 'smith2020', type: 'book', title: 'First book' },
      { id: 'smith2020', type: 'book', title: 'Second book' },
    ];
    const summary = await t.api['import-sources']({ format: 'csl', text: JSON.stringify(items) });
    expect(summary.addedKeys).toEqual(['smith2020', 'smith2020-2']);
    expect(summary.warnings).toEqual([
      'CSL-JSON: [1]: the key "smith2020" is used twice in the file; this item is "smith2020-2".',
    ]);
  });

  it('keeps the text of a hostile title as characters', async () => {
    const title = '<img src=x onerror=alert(1)>';
    await t.api['import-sources']({ format: 'csl', text: JSON.stringify([{ id: 'x', type: 'book', title }]) });
    const [authority] = await t.api['authorities-list']({});
    expect(authority!.csl.title).toBe(title);
    expect(authority!.short).toBe(title);
  });

  const malformed: [string, 'csl' | 'bibtex' | 'ris', string, RegExp][] = [
    ['CSL-JSON that is not JSON', 'csl', '[{"id": "a",', /CSL-JSON is not valid JSON/],
    [
      'a CSL library in which no item names anything',
      'csl',
      '[{"id": "a", "type": "book"}, 42]',
      /CSL-JSON: no record in the file could be read: \[0\]: the item has no title.*; \[1\]: expected an object/,
    ],
    ['an empty CSL array', 'csl', '[]', /CSL-JSON: the file has no items/],
    [
      'BibTeX whose only entry is broken',
      'bibtex',
      '@article{broken,\n  title = {Unclosed\n',
      /BibTeX: no record in the file could be read: entry 1 \(broken, line 1\): .*line \d+/,
    ],
    ['BibTeX with no entries', 'bibtex', 'just some words', /BibTeX: the file has no entries/],
    ['a text that is not RIS', 'ris', 'garbage here\nmore\n', /RIS: line 1: this is not a RIS file; no record starts/],
    ['a RIS file with no records', 'ris', '\n\n', /RIS: the file has no records/],
  ];
  for (const [what, format, text, message] of malformed) {
    it(`refuses ${what}, changing nothing`, async () => {
      await t.api['authorities-add']({ key: 'existing', type: 'other' });
      await expectRefused(t.api, () => t.api['import-sources']({ format, text }), message);
    });
  }
});

describe('libraries with records that cannot be read', () => {
  it('imports the readable records of a RIS library in one step, lists the skipped ones, and one undo takes all back', async () => {
    const text = [
      'TY  - BOOK\nTI  - First book\nAU  - Crawford, James\nPY  - 2013\nER  - ',
      'TY  - JOUR\nPY  - 2000\nER  - ',
      'TY  - BOOK\nTI  - Second book\nPY  - 2019\nER  - ',
    ].join('\n\n');
    const summary = await t.api['import-sources']({ format: 'ris', text });
    expect(summary.addedKeys).toEqual(['crawford2013', 'second2019']);
    expect(summary.skipped).toEqual([
      {
        number: 2,
        where: 'record 2 (line 7)',
        reason: 'the item has no title, number, author, container, URL or DOI to cite it by',
      },
    ]);
    expect(await t.api['history-undo']({})).toMatchObject({ undone: 'Import sources' });
    expect(await authorities()).toEqual([]);
  });

  it('reads a BibTeX library around a broken entry, naming its line', async () => {
    const text =
      '@book{ok, title = {Fine}}\n\n@article{broken,\n  title = {Unclosed\n\n@book{after, title = {After}}\n';
    const summary = await t.api['import-sources']({ format: 'bibtex', text });
    expect(summary.addedKeys).toEqual(['ok', 'after']);
    expect(summary.skipped).toHaveLength(1);
    expect(summary.skipped[0]).toMatchObject({ number: 2, where: 'entry 2 (broken, line 3)' });
    expect(summary.skipped[0]!.reason).toMatch(/line [3-6]\b/);
  });

  it('reads BibTeX entries written without a key, and leaves out a field it cannot read, saying so', async () => {
    const text =
      '@web_page{,\n  author = {Crawford, James},\n  title = {State Responsibility},\n  year = {2013},\n}\n\n' +
      '@article{ahn1986,\n  title = {Hashtags},\n  keywords = {price in $US},\n}\n';
    const summary = await t.api['import-sources']({ format: 'bibtex', text });
    expect(summary.skipped).toEqual([]);
    expect(summary.addedKeys).toEqual(['crawford2013', 'ahn1986']);
    expect(summary.warnings).toEqual([
      expect.stringMatching(
        /^BibTeX: entry 2 \(ahn1986, line 7\): the value of "keywords" cannot be read \(.+\) and is left out\.$/,
      ),
    ]);
  });

  it('skips a CSL-JSON item that is not an object and keeps the others', async () => {
    const text = JSON.stringify([{ id: 'a', type: 'book', title: 'A' }, 42, { id: 'b', type: 'book', title: 'B' }]);
    const summary = await t.api['import-sources']({ format: 'csl', text });
    expect(summary.addedKeys).toEqual(['a', 'b']);
    expect(summary.skipped).toEqual([
      { number: 2, where: '[1]', reason: 'expected an object (a CSL item), not a number' },
    ]);
  });

  it('reads a RIS record not closed before the next, and ignores stray text, saying where', async () => {
    const text = 'TY  - BOOK\nTI  - A\n\nTY  - BOOK\nTI  - B\nER  - \n\nstray words\n';
    const summary = await t.api['import-sources']({ format: 'ris', text });
    expect((await authorities()).map((authority) => authority.short).sort()).toEqual(['A', 'B']);
    expect(summary.warnings).toEqual([
      'RIS: line 1: record 1 is not ended with "ER  -"; it is read up to line 4, where the next record starts.',
      'RIS: line 8: text outside any record is ignored.',
    ]);
  });
});

describe('records Zotero reads and citation-js did not', () => {
  it('reads a RIS web page with its site, author and dates', async () => {
    const text =
      'TY  - WEB\nTI  - Security Council Report\nAU  - Smith, Jane\nT2  - UN News\nDA  - 2024/03/04\nY2  - 2024/05/01\nUR  - https://news.un.org/x\nER  - \n';
    await t.api['import-sources']({ format: 'ris', text });
    const [page] = await t.api['authorities-list']({});
    expect(page).toMatchObject({ type: 'webpage', short: 'Security Council Report' });
    expect(page!.csl).toMatchObject({
      type: 'webpage',
      title: 'Security Council Report',
      author: [{ family: 'Smith', given: 'Jane' }],
      'container-title': 'UN News',
      issued: { 'date-parts': [[2024, 3, 4]] },
      accessed: { 'date-parts': [[2024, 5, 1]] },
      URL: 'https://news.un.org/x',
    });
  });

  it('reads a record with only a journal (JFULL) or only a T2, naming it by that', async () => {
    const text =
      'TY  - JFULL\nJF  - Journal of Things\nPY  - 2001\nER  - \n\nTY  - JOUR\nT2  - Prostate Cancer Mortality Statistics 2015\nPY  - 0000\nER  - \n';
    const summary = await t.api['import-sources']({ format: 'ris', text });
    expect(summary.skipped).toEqual([]);
    const list = await t.api['authorities-list']({});
    expect(list.map((authority) => authority.csl['container-title']).sort()).toEqual([
      'Journal of Things',
      'Prostate Cancer Mortality Statistics 2015',
    ]);
    expect(list.map((authority) => authority.short).sort()).toEqual([
      'Journal of Things',
      'Prostate Cancer Mortality Statistics 2015',
    ]);
  });

  it('reads a case with its reporter, court and docket number, and tags written with one space', async () => {
    const text =
      'TY - CASE\nTI - Kartinyeri v Commonwealth\nA2 - CLR\nVL - 195\nSP - 337\nPB - High Court of Australia\nSV - A29/1997\nPY - 1998\nER - \n';
    await t.api['import-sources']({ format: 'ris', text });
    const [found] = await t.api['authorities-list']({});
    expect(found).toMatchObject({ type: 'case', short: 'Kartinyeri v Commonwealth' });
    expect(found!.csl).toMatchObject({
      'container-title': 'CLR',
      volume: '195',
      page: '337',
      authority: 'High Court of Australia',
      number: 'A29/1997',
      issued: { 'date-parts': [[1998]] },
    });
  });

  it('keeps the reporter, number and court of BibLaTeX @jurisdiction and @legislation, as Better BibTeX writes them', async () => {
    const text = `@jurisdiction{kartinyeri1998,
  title = {Kartinyeri v Commonwealth},
  date = {1998-04-01},
  journaltitle = {CLR},
  volume = {195},
  pages = {337},
  institution = {HCA},
}

@legislation{loi2011,
  title = {Loi n\\textsuperscript{o} 2011-525 du 17 mai 2011},
  date = {2011-05-18},
  journaltitle = {JORF},
  number = {BCRX0929142L},
  pages = {8537},
}
`;
    await t.api['import-sources']({ format: 'bibtex', text });
    const list = await t.api['authorities-list']({});
    expect(list.find((authority) => authority.key === 'kartinyeri1998')!.csl).toMatchObject({
      type: 'legal_case',
      'container-title': 'CLR',
      volume: '195',
      page: '337',
      authority: 'HCA',
    });
    expect(list.find((authority) => authority.key === 'kartinyeri1998')!.csl.publisher).toBeUndefined();
    const kartinyeri = list.find((authority) => authority.key === 'kartinyeri1998')!;
    expect(runsToPlainText(formatFull(kartinyeri, '340', 'oscola'))).toBe(
      'Kartinyeri v Commonwealth (1998) 195 CLR 337, 340',
    );
    expect(list.find((authority) => authority.key === 'loi2011')!.csl).toMatchObject({
      type: 'legislation',
      'container-title': 'JORF',
      number: 'BCRX0929142L',
      page: '8537',
    });
  });
});
