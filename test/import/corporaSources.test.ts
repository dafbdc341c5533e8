import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bodyPlainText } from '../../app/body/bodyText';
import type { BlockNode, BodyDocument } from '../../app/body/types';
import {
  type PandocNode,
  pandocHeadings,
  pandocJson,
  pandocNotes,
  plainText,
  walkPandoc,
} from '../support/documentReaders';
import { type TempService, tempService } from '../support/tempService';

/**
 * Real files from ../shared/corpora, held to what their peers do: from sources/ (Zotero's RIS test
 * cases, Better BibTeX's exports, citation-js's inputs) Zotero imports every RIS record and Better
 * BibTeX keeps the legal fields of @jurisdiction and @legislation; from docx/ (pandoc's test
 * documents) pandoc keeps every footnote and endnote, the nesting of lists and the rows of tables.
 */
const CORPUS = resolve(import.meta.dirname, '../../../shared/corpora/sources');
const DOCX_CORPUS = resolve(import.meta.dirname, '../../../shared/corpora/docx');
const present = existsSync(CORPUS);
if (!present) console.warn(`corporaSources: ${CORPUS} is absent, so the real-world source files are not tested.`);
const docxPresent = existsSync(DOCX_CORPUS);
if (!docxPresent) console.warn(`corporaSources: ${DOCX_CORPUS} is absent, so the real Word documents are not tested.`);
const docxFiles = docxPresent
  ? readdirSync(DOCX_CORPUS)
      .filter((name) => name.endsWith('.docx'))
      .sort()
  : [];

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

/** The deepest nesting of lists in a tree of body or pandoc nodes (1 for a flat list). */
function listDepth(value: unknown, isList: (node: { type?: string; t?: string }) => boolean): number {
  if (Array.isArray(value)) return Math.max(0, ...value.map((item) => listDepth(item, isList)));
  if (value === null || typeof value !== 'object') return 0;
  const node = value as { type?: string; t?: string; content?: unknown; c?: unknown };
  const inner = listDepth(node.content ?? node.c, isList);
  return isList(node) ? inner + 1 : inner;
}

type PandocRow = [unknown, [unknown, unknown, number, number, PandocNode[]][]];

/** The rows of a pandoc table (head, bodies, foot), each as its cells' blocks and whether it is a header row. */
function pandocTableRows(table: PandocNode): { cells: PandocNode[][]; head: boolean }[] {
  const [, , , head, bodies, foot] = table.c as [
    unknown,
    unknown,
    unknown,
    [unknown, PandocRow[]],
    [unknown, unknown, PandocRow[], PandocRow[]][],
    [unknown, PandocRow[]],
  ];
  const rows = [...head[1], ...bodies.flatMap((body) => [...body[2], ...body[3]]), ...foot[1]];
  return rows.map(([, cells], index) => ({ cells: cells.map((cell) => cell[4]), head: index < head[1].length }));
}

/** The paragraphs of a body's list items, each as its text and whether all of it is bold. */
function listParagraphs(blocks: readonly BlockNode[]): { text: string; bold: boolean }[] {
  return blocks.flatMap((block) => {
    if (block.type !== 'bulletList' && block.type !== 'orderedList') return [];
    return block.content.flatMap((item) =>
      item.content.flatMap((inner) => {
        if (inner.type !== 'paragraph') return listParagraphs([inner]);
        const text = (inner.content ?? []).filter((node) => node.type === 'text');
        return [
          {
            text: text.map((node) => node.text).join(''),
            bold: text.every((node) => node.marks?.some((mark) => mark.type === 'bold')),
          },
        ];
      }),
    );
  });
}

describe.skipIf(!docxPresent)('real Word documents from ../shared/corpora/docx, held to pandoc', () => {
  for (const name of docxFiles) {
    it(`${name}: headings, every footnote and endnote, list nesting and table rows as pandoc reads them`, async () => {
      const path = resolve(DOCX_CORPUS, name);
      const pandoc = pandocJson({ path }, 'docx');
      const headings = pandocHeadings(pandoc);
      const base64 = readFileSync(path).toString('base64');
      const summary = await t.api['import-outline']({ format: 'docx', base64 });
      const rows = await t.api['outline-get']({});
      // Without headings, pandoc's paragraphs: the first an issue, the others claims below it.
      const titles =
        headings.length > 0
          ? headings.map((heading) => heading.text)
          : pandoc.blocks
              .filter((block) => block.t === 'Para')
              .map((block) => plainText(block.c).replace(/\s+/g, ' ').trim());
      expect(titles.length).toBeGreaterThan(0);
      expect(rows.filter((row) => row.kind !== 'note').map((row) => row.title)).toEqual(titles);
      if (headings.length === 0)
        expect(rows.map((row) => row.kind)).toEqual(titles.map((_, index) => (index === 0 ? 'issue' : 'claim')));
      const bodies: BodyDocument[] = [];
      for (const row of rows) bodies.push((await t.api['nodes-get']({ id: row.id })).body);
      const text = bodies.map((body) => bodyPlainText(body)).join('\n');

      const notes = pandocNotes(pandoc);
      expect(summary.notes).toMatchObject({ citations: 0 });
      expect(summary.notes!.footnotes + summary.notes!.endnotes).toBe(notes.length);
      for (const note of notes) expect(text).toContain(note.text);

      const theirs = listDepth(pandoc.blocks, (node) => node.t === 'OrderedList' || node.t === 'BulletList');
      const ours = listDepth(
        bodies.map((body) => body.content),
        (node) => node.type === 'orderedList' || node.type === 'bulletList',
      );
      const tables: PandocNode[] = [];
      walkPandoc(pandoc.blocks, (node) => {
        if (node.t === 'Table') tables.push(node);
      });
      if (tables.length === 0) expect(ours).toBe(theirs);

      const items = bodies.flatMap((body) => listParagraphs(body.content));
      for (const table of tables) {
        const rows = pandocTableRows(table).map(({ cells, head }) => ({
          head,
          text: cells
            .map((blocks) => {
              const parts: string[] = [];
              walkPandoc(blocks, (block) => {
                if (block.t === 'Para' || block.t === 'Plain')
                  parts.push(plainText(block.c).replace(/\s+/g, ' ').trim());
              });
              return parts.join(' / ');
            })
            .join(' | '),
        }));
        expect(rows.length).toBeGreaterThan(0);
        // A header row, as pandoc reads it, is kept in bold; the other rows are not.
        for (const row of rows) expect(items, row.text).toContainEqual({ text: row.text, bold: row.head });
      }
    });
  }
});
