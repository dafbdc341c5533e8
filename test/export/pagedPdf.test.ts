import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium, PdfPrinter } from '../../app/export/printPdf';
import type { CasewrightDocument } from '../../app/interchange/documentSchema';
import { generateCase, withCitations } from '../../bench/generateCase';
import {
  bodyLines,
  callsNote,
  type ExpectedDocument,
  notePages,
  numberedLines,
  type PrintedPage,
  readExpected,
  readPdfPages,
} from '../support/pagedPdfReader';
import { type TempService, tempService } from '../support/tempService';

let chromium: string | undefined;
try {
  chromium = findChromium();
} catch {}

const memorial = { layout: 'memorial', date: '2026-01-01' } as const;
const ROMAN = ['ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii', 'xiii', 'xiv', 'xv', 'xvi'];

interface Printed {
  /** The number of footnotes the export reports. */
  footnotes: number;
  pages: PrintedPage[];
  expected: ExpectedDocument;
  noteStarts: Map<number, PrintedPage>;
}

let temp: TempService;
let printer: PdfPrinter;

/** Prints the open case's memorial through the API's paged HTML with the shared Chromium, and reads it back. */
async function printMemorial(name: string): Promise<Printed> {
  const paged = await temp.api['export-document']({ ...memorial, format: 'html', paged: true });
  const plain = await temp.api['export-document']({ ...memorial, format: 'html' });
  const expected = readExpected(plain.text!);
  const pages = readPdfPages(await printer.print(paged.text!), temp.path(`${name}.pdf`));
  return { footnotes: paged.footnotes, pages, expected, noteStarts: notePages(pages, expected.notes) };
}

/** Text without its white space, as a heading reads however its lines break ("nuclear-\nweapons"). */
const squeeze = (value: string) => value.replace(/\s+/g, '');
const page = (printed: Printed, label: string) => printed.pages.find((candidate) => candidate.label === label);
const firstWith = (printed: Printed, heading: string) =>
  printed.pages.findIndex((candidate) => candidate.lines.some((line) => line.trim() === heading));

/** What every printed memorial must show, checked page by page. */
function checkPrinted(get: () => Printed, atLeast: number, runningHead: RegExp) {
  it(`prints each of its footnotes (over ${atLeast}) at the foot of the page that calls it`, () => {
    const { expected, noteStarts, footnotes } = get();
    expect(expected.notes.size).toBe(footnotes);
    expect(footnotes).toBeGreaterThan(atLeast);
    const misplaced: string[] = [];
    for (const number of expected.notes.keys()) {
      const start = noteStarts.get(number);
      if (!start) misplaced.push(`${number}: not found at the foot of any page`);
      else if (!callsNote(bodyLines(start, expected.notes), number))
        misplaced.push(`${number}: at the foot of page ${start.label}, which does not call it`);
    }
    expect(misplaced).toEqual([]);
  });

  it('numbers the front matter i, ii, iii and the body from 1, under running heads', () => {
    const { pages } = get();
    const body = pages.findIndex((candidate) => candidate.label === '1');
    expect(body).toBeGreaterThan(2);
    expect(pages[0]!.label).toBe('');
    expect(pages.slice(1, body).map((candidate) => candidate.label)).toEqual(ROMAN.slice(0, body - 1));
    expect(pages.slice(body).map((candidate) => candidate.label)).toEqual(
      pages.slice(body).map((_, index) => String(index + 1)),
    );
    for (const printed of pages.slice(1)) expect(printed.head).toMatch(runningHead);
    expect(pages[0]!.head).not.toMatch(runningHead);
  });

  it('leaves no heading alone at the foot of a page', () => {
    const { pages, expected } = get();
    expect(expected.headings.length).toBeGreaterThan(10);
    const headings = expected.headings.map(squeeze);
    const alone = pages
      .filter((candidate) => /^[0-9]+$/.test(candidate.label))
      .flatMap((candidate) => {
        const text = squeeze(bodyLines(candidate, expected.notes).join(' '));
        return headings.filter((heading) => text.endsWith(heading)).map((heading) => `${candidate.label}: ${heading}`);
      });
    expect(alone).toEqual([]);
  });

  it('lists in the contents the page on which each heading stands', () => {
    const printed = get();
    const from = firstWith(printed, 'Table of Contents');
    const to = firstWith(printed, 'Index of Authorities');
    const entries = printed.pages.slice(from, to).flatMap((contents) => numberedLines(contents.lines.slice(1)));
    for (const title of ['Index of Authorities', 'Statement of Jurisdiction', 'Statement of Facts', 'Pleadings'])
      expect(entries.map((entry) => entry.text)).toContain(title);
    expect(entries.length).toBeGreaterThan(10);
    const wrong = entries.filter((entry) => {
      const target = page(printed, entry.page);
      return !target || !squeeze(target.lines.join(' ')).includes(squeeze(entry.text));
    });
    expect(wrong).toEqual([]);
  });

  it('gives each authority in the index the pages that cite it, or passim from five (the case’s threshold)', () => {
    const printed = get();
    const from = firstWith(printed, 'Index of Authorities');
    const body = printed.pages.findIndex((candidate) => candidate.label === '1');
    const listed = printed.pages.slice(from, body).flatMap((index) => numberedLines(index.lines.slice(1)));
    expect(listed.length).toBe(printed.expected.index.length);
    let passim = 0;
    for (const [at, entry] of printed.expected.index.entries()) {
      const cited = [...new Set(entry.notes.map((number) => printed.noteStarts.get(number)!.label))];
      const shown = listed[at]!;
      expect(entry.citation.includes(shown.text), `${shown.text} / ${entry.citation}`).toBe(true);
      if (cited.length >= 5) passim++;
      expect(shown.page, entry.citation).toBe(cited.length >= 5 ? 'passim' : cited.join(', '));
    }
    expect(passim).toBeGreaterThan(0);
  });
}

describe.skipIf(chromium === undefined)('the printed memorial (paginated by its driver in Chromium)', () => {
  beforeAll(async () => {
    temp = tempService();
    printer = await PdfPrinter.launch(chromium);
  });
  afterAll(async () => {
    await printer?.close();
    temp?.dispose();
  });

  describe('of the sample case', () => {
    let printed: Printed;
    beforeAll(async () => {
      await temp.api['case-create']({ path: temp.path('sample.casewright'), templateId: 'russia-dprk-pact-2024' });
      printed = await printMemorial('sample');
    }, 300_000);
    checkPrinted(() => printed, 250, /^Republic of Korea v Russian Federation Memorial for the Applicant$/);
  });

  describe('of a case of 1,000 nodes', () => {
    let printed: Printed;
    beforeAll(async () => {
      await temp.api['case-create']({ path: temp.path('generated.casewright') });
      await temp.api['interchange-import']({ document: withCitations(generateCase(1000), 500) });
      printed = await printMemorial('generated');
    }, 900_000);
    checkPrinted(() => printed, 700, /^Generated case of 1000 nodes Memorial for the Applicant$/);

    it('prints its oral-argument outline, nested lists across pages, with each node’s line once and in order', async () => {
      const outline = await temp.api['export-document']({
        layout: 'outline',
        date: '2026-01-01',
        format: 'html',
        paged: true,
      });
      const pages = readPdfPages(await printer.print(outline.text!), temp.path('outline.pdf'));
      expect(pages.length).toBeGreaterThan(20);
      const text = pages.map((page) => page.lines.join('\n')).join('\n');
      for (const kind of ['rule', 'evidence', 'counter', 'response']) {
        const numbers = [...text.matchAll(new RegExp(`\\b${kind} (\\d+):`, 'g'))].map((match) => Number(match[1]));
        expect(numbers.length, kind).toBeGreaterThan(100);
        expect(numbers, kind).toEqual([...new Set(numbers)].sort((left, right) => left - right));
      }
    });
  });

  describe('of a case with a note longer than a page', () => {
    let printed: Printed;
    beforeAll(async () => {
      await temp.api['case-create']({ path: temp.path('long-note.casewright') });
      await temp.api['interchange-import']({ document: withLongNote(generateCase(200)) });
      printed = await printMemorial('long-note');
    }, 300_000);

    it('starts the note at the foot of the page that calls it and continues it, every word once, on the next', () => {
      const { expected, noteStarts } = printed;
      const start = noteStarts.get(1)!;
      expect(callsNote(bodyLines(start, expected.notes), 1)).toBe(true);
      const body = printed.pages.filter((candidate) => /^[0-9]+$/.test(candidate.label));
      const words = body.flatMap((candidate) => candidate.lines.join(' ').match(/\blongnote\d+\b/g) ?? []);
      expect(words).toEqual(LONG_NOTE_WORDS);
      const last = body.find((candidate) => candidate.lines.join(' ').includes(LONG_NOTE_WORDS.at(-1)!))!;
      expect(last.index).toBeGreaterThan(start.index);
    });
  });
});

const LONG_NOTE_WORDS = Array.from({ length: 900 }, (_, index) => `longnote${index}`);

/** The case with one citation, in the third claim's evidence, of an authority whose title fills more than a page. */
function withLongNote(document: CasewrightDocument): CasewrightDocument {
  const cited = withCitations(document, 0);
  const authorities = (cited.authorities ?? []).map((authority) =>
    authority.key === 'auth3'
      ? { ...authority, csl: { ...authority.csl, title: LONG_NOTE_WORDS.join(' ') } }
      : authority,
  );
  const evidence = cited.nodes![0]!.children![2]!.children![1]!;
  evidence.text = `${evidence.text} [@auth3, para 2]`;
  return { ...cited, authorities };
}
