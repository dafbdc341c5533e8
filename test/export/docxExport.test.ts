import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  pandocHeadings,
  pandocJson,
  pandocNotes,
  paragraphsUnder,
  plainText,
  unzipText,
  walkPandoc,
} from '../support/documentReaders';
import { fixtureCitations, serviceWithCase } from '../support/exportFixture';
import type { TempService } from '../support/tempService';

const MEMORIAL_HEADINGS = [
  'Table of Contents',
  'Index of Authorities',
  'Statement of Jurisdiction',
  'Questions Presented',
  'Statement of Facts',
  'Summary of Pleadings',
  'Pleadings',
  'Prayer for Relief',
];
// One footnote per citation in the bodies, but "[@arsiwa, art 1]; see also [@nicaragua, para 292]" share one; and
// one per fact of the Statement of Facts that has sources (5 of the 6 pieces of evidence).
const MEMORIAL_FOOTNOTES = fixtureCitations().length - 1 + 5;

let temp: TempService;
let path: string;
let result: Awaited<ReturnType<TempService['api']['export-document']>>;

beforeAll(async () => {
  temp = await serviceWithCase();
  result = await temp.api['export-document']({ format: 'docx', layout: 'memorial', date: '2026-03-01' });
  path = temp.path('memorial.docx');
  writeFileSync(path, Buffer.from(result.base64!, 'base64'));
});
afterAll(() => temp.dispose());

describe('the DOCX memorial, read from its XML', () => {
  it('has one real Word footnote per citation, each with a TA field at its citation', () => {
    const document = unzipText(path, 'word/document.xml');
    const footnotes = unzipText(path, 'word/footnotes.xml');
    const notes = [...footnotes.matchAll(/<w:footnote w:id="(\d+)">/g)].map((match) => Number(match[1]));
    expect(notes.filter((id) => id > 0)).toHaveLength(MEMORIAL_FOOTNOTES);
    expect(result.footnotes).toBe(MEMORIAL_FOOTNOTES);
    expect(document.match(/<w:footnoteReference w:id="\d+"\/>/g)).toHaveLength(MEMORIAL_FOOTNOTES);
    const instructions = [...footnotes.matchAll(/<w:instrText[^>]*>([^<]*)<\/w:instrText>/g)].map((match) => match[1]!);
    const fieldCodes = instructions
      .join('')
      .replace(/&quot;/g, '"')
      .split(/(?= TA )/);
    expect(fieldCodes).toHaveLength(fixtureCitations().length + 5);
    const cited = new Set(fixtureCitations().map((citation) => citation.key));
    expect(fieldCodes.filter((code) => code.startsWith(' TA \\l "'))).toHaveLength(cited.size);
    expect(fieldCodes.join('')).toContain(
      ' TA \\l "Charter of the United Nations (adopted 26 June 1945, entered into force 24 October 1945) 1 UNTS XVI" \\s "UN Charter" \\c 1 ',
    );
    expect(fieldCodes).toContain(' TA \\s "UN Charter" ');
    expect(footnotes).toMatch(
      /<w:r><w:rPr><w:i\/><w:iCs\/><\/w:rPr><w:instrText xml:space="preserve">Monetary Gold Removed/,
    );
  });

  it('writes a TOA field per group of authorities, a contents field, and updates fields on open', () => {
    const document = unzipText(path, 'word/document.xml');
    const codes = [...document.matchAll(/<w:instrText[^>]*>([^<]*)<\/w:instrText>/g)].map((match) =>
      match[1]!.replace(/&quot;/g, '"'),
    );
    expect(codes.filter((code) => code.includes('TOA'))).toEqual([
      ' TOA \\c "1" \\p ',
      ' TOA \\c "2" \\p ',
      ' TOA \\c "3" \\p ',
      ' TOA \\c "4" \\p ',
    ]);
    expect(codes).toContain('TOC \\h \\o "1-3"');
    // The contents list the parts and the argument, not their own heading: a reader sees "Table of Contents" once.
    // Until a reader updates the field, each entry reads as a contents line: its text, a tab, its page.
    const contentsEntries = [...document.matchAll(/<w:pStyle w:val="TOC[12]"\/>.*?<\/w:p>/gs)].map((match) =>
      [...match[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>|<w:tab\/>/g)].map((text) => text[1] ?? '\t').join(''),
    );
    const titles = contentsEntries.map((entry) => entry.split('\t')[0]);
    expect(titles).toContain('Index of Authorities');
    expect(titles).toContain('Pleadings');
    expect(titles.some((title) => /^I\. /.test(title!))).toBe(true);
    expect(titles).not.toContain('Table of Contents');
    for (const entry of contentsEntries) expect(entry).toMatch(/\t(?:[ivx]+|[1-9]\d*)$/);
    expect(contentsEntries.find((entry) => entry.startsWith('Index of Authorities'))).toMatch(/\t[ivx]+$/);
    expect(document.match(/>Table of Contents</g)).toHaveLength(1);
    expect(unzipText(path, 'word/settings.xml')).toMatch(/<w:updateFields(?: w:val="(?:true|1)")?\/>/);
  });

  it('numbers the argument with Word headings I., A., 1., (a) on A4 in Times New Roman 12 with 10-point footnotes', () => {
    const document = unzipText(path, 'word/document.xml');
    const styles = unzipText(path, 'word/styles.xml');
    const numbering = unzipText(path, 'word/numbering.xml');
    for (const level of [1, 2, 3, 4, 5]) expect(document).toContain(`<w:pStyle w:val="Heading${level}"/>`);
    const argument =
      /<w:abstractNum [^>]*>(?:(?!<\/w:abstractNum>).)*upperRoman(?:(?!<\/w:abstractNum>).)*<\/w:abstractNum>/s.exec(
        numbering,
      )![0];
    const levels = [...argument.matchAll(/<w:numFmt w:val="(\w+)"\/><w:lvlText w:val="([^"]+)"\/>/g)].map(
      (match) => `${match[1]} ${match[2]}`,
    );
    expect(levels).toEqual(['upperRoman %1.', 'upperLetter %2.', 'decimal %3.', 'lowerLetter (%4)']);
    expect(document).toContain('<w:pgSz w:w="11906" w:h="16838"');
    expect(styles).toMatch(/<w:rFonts w:ascii="Times New Roman"/);
    expect(/<w:style w:type="paragraph" w:styleId="FootnoteText">.*?<\/w:style>/s.exec(styles)![0]).toContain(
      '<w:sz w:val="20"/>',
    );
    expect(document).toContain('w:fmt="lowerRoman"');
    expect(document).toContain('<w:footerReference');
  });

  it('keeps a hostile title as plain text', () => {
    const document = unzipText(path, 'word/document.xml');
    expect(document).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; the summit records');
    expect(document).not.toContain('<img');
  });
});

describe('the DOCX memorial, read by pandoc', () => {
  it('has the memorial parts as headings in order, then the numbered argument', () => {
    const headings = pandocHeadings(pandocJson({ path }, 'docx'));
    expect(headings.filter((heading) => heading.level === 1).map((heading) => heading.text)).toEqual(MEMORIAL_HEADINGS);
    expect(headings.filter((heading) => heading.level === 2).map((heading) => heading.text)).toEqual([
      'Whether the Court has jurisdiction over the dispute',
      'Whether the Respondent breached Security Council resolution 1718 (2006)',
      "Whether the Respondent aided or assisted the DPRK's wrongful acts",
    ]);
    expect(headings.find((heading) => heading.level === 5)?.text).toBe('State organs arranged the shipments');
  });

  it('gives the first citation of an authority in full, later ones short, and ibid for the same authority', () => {
    const document = pandocJson({ path }, 'docx');
    const notes = pandocNotes(document);
    expect(notes).toHaveLength(MEMORIAL_FOOTNOTES);
    const charter = notes.findIndex((note) => note.text.startsWith('Charter of the United Nations'));
    expect(notes[charter]!.text).toBe(
      'Charter of the United Nations (adopted 26 June 1945, entered into force 24 October 1945) 1 UNTS XVI, art 94.',
    );
    expect(notes[charter + 4]!.text).toBe(`UN Charter (n ${charter + 1}) art 25.`);
    expect(notes[charter + 5]!.text).toBe('ibid art 103.');
    expect(notes.find((note) => note.text.includes('; see also'))?.text).toMatch(
      /^ILC, Articles on Responsibility .* art 1; text and commentaries in \[2001\] YBILC vol II pt 2, 26; see also Military and Paramilitary Activities .* para 292\.$/,
    );
    expect(notes.filter((note) => note.text.startsWith('Charter of the United Nations'))).toHaveLength(1);
    const monetaryGold = notes.find((note) => note.text.includes('Monetary Gold'))!;
    expect(monetaryGold.italic).toEqual([
      'Monetary Gold Removed from Rome in 1943 (Italy v France, United Kingdom and United States)',
    ]);
  });

  it('lists each cited authority once in the Index of Authorities, grouped by type', () => {
    const document = pandocJson({ path }, 'docx');
    const index = paragraphsUnder(document, 'Index of Authorities');
    const groups = [
      'Treaties and Conventions',
      'United Nations Documents',
      'Judicial and Arbitral Decisions',
      'Books and Articles',
    ];
    expect(index.filter((paragraph) => groups.includes(paragraph))).toEqual(groups);
    const probes = [
      'Charter of the United Nations',
      'Statute of the International Court of Justice',
      'Non-Proliferation',
      'S/RES/1718',
      'S/RES/1874',
      'Articles on Responsibility',
      'S/2024/215',
      'Namibia',
      'Nicaragua',
      'Genocide',
      'Monetary Gold',
      'Crawford',
      'Lowe',
      'Comprehensive Strategic Partnership',
    ];
    for (const probe of probes.filter((candidate) => candidate !== 'Non-Proliferation')) {
      expect(
        index.filter((paragraph) => paragraph.includes(probe)),
        probe,
      ).toHaveLength(1);
    }
    expect(
      index.some((paragraph) => paragraph.includes('Non-Proliferation') || paragraph.includes('nothing cites')),
    ).toBe(false);
    // Pages, not footnotes, as the PDF lists them.
    expect(index.find((paragraph) => paragraph.startsWith('UNSC Res 1718'))).toMatch(/ (?:\d+, )*\d+$|passim$/);
    expect(index.some((paragraph) => / nn? \d/.test(paragraph))).toBe(false);
  });

  it('reads the hostile title as text', () => {
    const document = pandocJson({ path }, 'docx');
    let raw = 0;
    walkPandoc(document.blocks, (node) => {
      if (node.t === 'RawInline' || node.t === 'RawBlock') raw++;
    });
    expect(raw).toBe(0);
    expect(paragraphsUnder(document, 'Statement of Facts')).toContain(
      '<img src=x onerror=alert(1)> & the summit records.',
    );
  });
});

describe('the other DOCX layouts', () => {
  it('writes a memo with its heading block and the five parts', async () => {
    const memo = await temp.api['export-document']({
      format: 'docx',
      layout: 'memo',
      memoTo: 'Agent of the Republic of Korea',
    });
    const memoPath = temp.path('memo.docx');
    writeFileSync(memoPath, Buffer.from(memo.base64!, 'base64'));
    const document = pandocJson({ path: memoPath }, 'docx');
    const parts = pandocHeadings(document)
      .filter((heading) => heading.level === 1)
      .map((heading) => heading.text);
    expect(parts).toEqual(['Questions Presented', 'Brief Answers', 'Statement of Facts', 'Discussion', 'Conclusion']);
    const text = document.blocks.map((block) => plainText(block.c)).join('\n');
    expect(text).toContain('To: Agent of the Republic of Korea');
    expect(text).toMatch(/Re: Sanctions and Assistance/);
    expect(pandocNotes(document)).toHaveLength(MEMORIAL_FOOTNOTES);
  });

  it('writes an oral-argument outline with the minutes of each issue', async () => {
    const outline = await temp.api['export-document']({ format: 'docx', layout: 'outline', minutes: 20 });
    const outlinePath = temp.path('outline.docx');
    writeFileSync(outlinePath, Buffer.from(outline.base64!, 'base64'));
    const document = pandocJson({ path: outlinePath }, 'docx');
    expect(pandocHeadings(document).map((heading) => heading.text)).toEqual(['Introduction', 'Argument', 'Conclusion']);
    const items: string[] = [];
    walkPandoc(document.blocks, (node) => {
      if (node.t === 'BulletList') for (const item of node.c as { c: unknown }[][]) items.push(plainText(item[0]?.c));
    });
    const minutes = items
      .filter((item) => /^I+\. .* \(\d+ min\)$/.test(item))
      .map((item) => Number(/\((\d+) min\)/.exec(item)![1]));
    expect(minutes).toHaveLength(6);
    expect(minutes.slice(0, 3).reduce((sum, value) => sum + value, 0)).toBe(20);
  });
});
