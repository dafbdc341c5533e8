import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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
      'a CSL item that is not an object',
      'csl',
      '[{"id": "a", "title": "A"}, 42]',
      /CSL-JSON: \[1\]: expected an object/,
    ],
    ['a CSL item with no title', 'csl', '[{"id": "a", "type": "book"}]', /CSL-JSON: \[0\]: the item has no title/],
    ['an empty CSL array', 'csl', '[]', /CSL-JSON: the file has no items/],
    [
      'BibTeX with a broken entry',
      'bibtex',
      '@book{ok, title = {Fine}}\n\n@article{broken,\n  title = {Unclosed\n',
      /BibTeX: .*line \d+/,
    ],
    ['BibTeX with no entries', 'bibtex', 'just some words', /BibTeX: the file has no entries/],
    [
      'RIS text outside a record',
      'ris',
      'TY  - BOOK\nTI  - A\nER  - \n\ngarbage here\n',
      /RIS: line 5: this is not a RIS line/,
    ],
    [
      'a RIS record never ended',
      'ris',
      'TY  - BOOK\nTI  - A\n\nTY  - JOUR\n',
      /RIS: line 4: a new record starts before the record of line 1 ends/,
    ],
    [
      'a RIS record with no end at all',
      'ris',
      'TY  - BOOK\nTI  - A\n',
      /RIS: line 1: the record that starts here is never ended/,
    ],
    ['a RIS file with no records', 'ris', '\n\n', /RIS: the file has no records/],
  ];
  for (const [what, format, text, message] of malformed) {
    it(`refuses ${what}, changing nothing`, async () => {
      await t.api['authorities-add']({ key: 'existing', type: 'other' });
      await expectRefused(t.api, () => t.api['import-sources']({ format, text }), message);
    });
  }
});
