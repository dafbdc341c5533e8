import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium, PdfPrinter } from '../../app/export/printPdf';
import { generateCase, withCitations } from '../../bench/generateCase';
import {
  bodyLines,
  callsNote,
  type ExpectedDocument,
  flat,
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
  return { pages, expected, noteStarts: notePages(pages, expected.notes) };
}

const page = (printed: Printed, label: string) => printed.pages.find((candidate) => candidate.label === label);
const firstWith = (printed: Printed, heading: string) =>
  printed.pages.findIndex((candidate) => candidate.lines.some((line) => line.trim() === heading));

/** What every printed memorial must show, checked page by page. */
function checkPrinted(get: () => Printed, footnotes: number, runningHead: RegExp) {
  it(`prints each of the ${footnotes} footnotes at the foot of the page that calls it`, () => {
    const { expected, noteStarts } = get();
    expect(expected.notes.size).toBe(footnotes);
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
      return !target || !flat(target.lines.join(' ')).includes(entry.text);
    });
    expect(wrong).toEqual([]);
  });

  it('gives each authority in the index the pages that cite it, or passim past five', () => {
    const printed = get();
    const from = firstWith(printed, 'Index of Authorities');
    const body = printed.pages.findIndex((candidate) => candidate.label === '1');
    const listed = printed.pages.slice(from, body).flatMap((index) => numberedLines(index.lines.slice(1)));
    expect(listed.length).toBe(printed.expected.index.length);
    let passim = 0;
    for (const [at, entry] of printed.expected.index.entries()) {
      const cited = [...new Set(entry.notes.map((number) => printed.noteStarts.get(number)!.label))];
      const shown = listed[at]!;
      expect(entry.citation.startsWith(shown.text), `${shown.text} / ${entry.citation}`).toBe(true);
      if (cited.length > 5) passim++;
      expect(shown.page, entry.citation).toBe(cited.length > 5 ? 'passim' : cited.join(', '));
    }
    expect(passim).toBeGreaterThan(0);
  });
}

describe.skipIf(chromium === undefined)('the printed memorial (Paged.js in Chromium)', () => {
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
    checkPrinted(() => printed, 263, /^Republic of Korea v Russian Federation Memorial for the Applicant$/);
  });

  describe('of a case of 1,000 nodes', () => {
    let printed: Printed;
    beforeAll(async () => {
      await temp.api['case-create']({ path: temp.path('generated.casewright') });
      await temp.api['interchange-import']({ document: withCitations(generateCase(1000), 500) });
      printed = await printMemorial('generated');
    }, 900_000);
    checkPrinted(() => printed, 788, /^Generated case of 1000 nodes Memorial for the Applicant$/);
  });
});
