import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type TempService, tempService } from '../support/tempService';

/*
 * BibTeX as Better BibTeX's own import fixtures write it (issues #2660, #873, #1296, #2750 there), read as
 * Zotero with Better BibTeX and biber read it: every entry they import is imported here too.
 */

let t: TempService;
beforeEach(async () => {
  t = tempService();
  await t.api['case-create']({ path: t.path('case.casewright') });
});
afterEach(() => t.dispose());

const csl = async (key: string) =>
  (await t.api['authorities-list']({})).find((authority) => authority.key === key)?.csl as Record<string, unknown>;

describe('BibTeX libraries as Better BibTeX reads them', () => {
  it('does not read an entry commented out with % (#2660)', async () => {
    const text = [
      '@misc{first,\n  title = {First}\n}\n',
      '% A simpler way would be:',
      '%@article{commented,',
      '%  title = {From this {I} know',
      '%}',
      '',
      '@article{second,\n  title = {Second},\n  journaltitle = {The Washington Post}\n}\n',
    ].join('\n');
    const summary = await t.api['import-sources']({ format: 'bibtex', text });
    expect(summary.addedKeys).toEqual(['first', 'second']);
    expect(summary.skipped).toEqual([]);
  });

  it('reads a field with an unbalanced brace, closing it (#1296)', async () => {
    const text =
      '@article{gescheider2009,\n  title = {The Effects of Skin Temperature},\n  publisher = {Taylor {{\\&} Francis},\n  year = 2009\n}\n\n@book{after, title = {After}}\n';
    const summary = await t.api['import-sources']({ format: 'bibtex', text });
    expect(summary.skipped).toEqual([]);
    expect(summary.addedKeys).toEqual(['gescheider2009', 'after']);
    expect(await csl('gescheider2009')).toMatchObject({
      title: 'The Effects of Skin Temperature',
      publisher: 'Taylor & Francis',
    });
  });

  it('reads an entry whose data annotation citation-js cannot read, leaving the annotation out (#2750)', async () => {
    const text =
      '@audio{bishop2024,\n  entrysubtype = {Audio podcast episode},\n  title = {Unfinished Business},\n  author = {Bishop, Todd Joel and Hamren, Liz},\n  author+an:role = {1=host,2=producer},\n  date = {2024-01-13}\n}\n';
    const summary = await t.api['import-sources']({ format: 'bibtex', text });
    expect(summary.skipped).toEqual([]);
    expect(summary.warnings).toEqual([
      'BibTeX: entry 1 (bishop2024, line 1): the data annotations of "author" cannot be read and are left out.',
    ]);
    expect(await csl('bishop2024')).toMatchObject({ title: 'Unfinished Business', genre: 'Audio podcast episode' });
  });

  it('fills an entry from the entry its crossref names (#873)', async () => {
    const text =
      '@inproceedings{child,\n  author = {Nguyen, Tuan Anh},\n  title = {Diverse Plans},\n  crossref = {proc}\n}\n@inproceedings{empty,\n  crossref = {proc}\n}\n@proceedings{proc,\n  title = {Proceedings of AAAI},\n  year = {2012},\n  publisher = {AAAI Press}\n}\n';
    const summary = await t.api['import-sources']({ format: 'bibtex', text });
    expect(summary.skipped).toEqual([]);
    expect(await csl('child')).toMatchObject({
      title: 'Diverse Plans',
      'container-title': 'Proceedings of AAAI',
      publisher: 'AAAI Press',
      issued: { 'date-parts': [[2012]] },
    });
    expect(await csl('empty')).toMatchObject({ 'container-title': 'Proceedings of AAAI' });
  });

  it('keeps a record that has only its citation key and a section, as Zotero does (#2660)', async () => {
    const text = '@constitution{us-art1,\n  source = {us},\n  type = {constitution},\n  section = {3}\n}\n';
    const summary = await t.api['import-sources']({ format: 'bibtex', text });
    expect(summary.skipped).toEqual([]);
    expect(summary.addedKeys).toEqual(['us-art1']);
    expect(summary.warnings).toEqual([
      'BibTeX: entry 1 (us-art1, line 1): the item has no title, number, author, container, URL or DOI; it is imported under its key "us-art1".',
    ]);
  });
});
