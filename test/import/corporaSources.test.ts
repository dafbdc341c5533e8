import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type TempService, tempService } from '../support/tempService';

/**
 * Real bibliographies from ../shared/corpora/sources (Zotero's RIS test cases, Better BibTeX's
 * exports, citation-js's inputs), held to what their peers do: Zotero imports every RIS record,
 * Better BibTeX keeps the legal fields of @jurisdiction and @legislation.
 */
const CORPUS = resolve(import.meta.dirname, '../../../shared/corpora/sources');
const present = existsSync(CORPUS);
if (!present) console.warn(`corporaSources: ${CORPUS} is absent, so the real-world source files are not tested.`);

const read = (name: string) => readFileSync(resolve(CORPUS, name), 'utf8');
const files = present ? readdirSync(CORPUS).sort() : [];
const FORMATS = { ris: 'ris', bib: 'bibtex', bibtex: 'bibtex', biblatex: 'bibtex', json: 'csl' } as const;
const formatOf = (name: string) => FORMATS[name.split('.').pop() as keyof typeof FORMATS];

/** The records of a RIS file as a reader of the standard counts them: lines starting a record with TY. */
const risRecords = (text: string) => text.split(/\r?\n/).filter((line) => /^TY {1,2}- ?\S/.test(line)).length;
/** The entries of a BibTeX file, leaving out @string, @preamble and @comment. */
const bibEntries = (text: string) =>
  [...text.matchAll(/^\s*@\s*([A-Za-z]+)\s*[{(]/gm)].filter(
    (match) => !['string', 'preamble', 'comment'].includes(match[1]!.toLowerCase()),
  ).length;

let t: TempService;
beforeEach(async () => {
  t = tempService();
  await t.api['case-create']({ path: t.path('case.casewright') });
});
afterEach(() => t.dispose());

describe.skipIf(!present)('real bibliographies from ../shared/corpora/sources', () => {
  it('has files of every kind to read', () => {
    expect(new Set(files.map(formatOf))).toEqual(new Set(['ris', 'bibtex', 'csl']));
  });

  for (const name of files) {
    const format = formatOf(name);
    if (!format) continue;
    it(`${name}: every record is read, none skipped`, async () => {
      const text = read(name);
      const expected =
        format === 'ris' ? risRecords(text) : format === 'bibtex' ? bibEntries(text) : JSON.parse(text).length;
      expect(expected).toBeGreaterThan(0);
      const summary = await t.api['import-sources']({ format, text });
      expect(summary.skipped).toEqual([]);
      expect(summary.addedKeys).toHaveLength(expected);
      expect(await t.api['authorities-list']({})).toHaveLength(expected);
    });
  }

  it('RIS: every record keeps the title Zotero reads from TI or T1, and its authors', async () => {
    for (const name of files.filter((file) => formatOf(file) === 'ris')) {
      const text = read(name);
      await t.api['import-sources']({ format: 'ris', text });
      const records = text.split(/\n(?=TY {1,2}- )/).filter((record) => /^TY {1,2}- /.test(record));
      const titles = records.map((record) => /^T[I1] {1,2}- (.+)$/m.exec(record)?.[1]?.trim()).filter(Boolean);
      const stored = (await t.api['authorities-list']({})).map((authority) => authority.csl.title);
      for (const title of titles) expect(stored, `${name}: ${title}`).toContain(title);
      const authors = records.flatMap((record) => [...record.matchAll(/^(?:AU|A1) {1,2}- (.+?),/gm)].map((m) => m[1]));
      const families = (await t.api['authorities-list']({})).flatMap((authority) =>
        [...((authority.csl.author as { family?: string }[] | undefined) ?? [])].map((author) => author.family),
      );
      for (const family of new Set(authors)) expect(families, `${name}: ${family}`).toContain(family);
      await t.api['history-undo']({});
    }
  });

  it('BibLaTeX @jurisdiction keeps the reporter, volume, number, page and court (Better BibTeX #326)', async () => {
    await t.api['import-sources']({ format: 'bibtex', text: read('bbt1.biblatex') });
    const [dalain] = await t.api['authorities-list']({});
    expect(dalain).toMatchObject({ type: 'case', short: 'Dalain' });
    expect(dalain!.csl).toMatchObject({
      type: 'legal_case',
      title: 'Dalain',
      'container-title': 'Rec.',
      volume: 'I',
      number: '337033',
      page: '649',
      authority: 'CE, Ass.',
      issued: { 'date-parts': [[2010, 12, 23]] },
    });
  });

  it('BibLaTeX @legislation keeps the code or gazette and the number (Better BibTeX #327)', async () => {
    await t.api['import-sources']({ format: 'bibtex', text: read('bbt2.biblatex') });
    const [loi] = await t.api['authorities-list']({});
    expect(loi).toMatchObject({ type: 'legislation' });
    expect(loi!.csl).toMatchObject({
      type: 'legislation',
      'container-title': 'JORF',
      number: 'BCRX0929142L',
      page: '8537',
      issued: { 'date-parts': [[2011, 5, 18]] },
    });
  });

  it('BibTeX authors with particles and accents keep them', async () => {
    await t.api['import-sources']({ format: 'bibtex', text: read('citationjs-nonascii.bib') });
    const [article] = await t.api['authorities-list']({});
    expect(article!.csl.author).toEqual(
      Array.from({ length: 4 }, (_, index) => ({
        family: index === 0 ? 'Helmholtz' : 'Helmhöltz',
        given: index === 0 ? 'Hermann' : 'Hermänñ',
        'non-dropping-particle': 'von',
      })),
    );
  });
});
