import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium, PdfPrinter } from '../../app/export/printPdf';
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

const SAMPLE = 'russia-dprk-pact-2024';
const memorial = { layout: 'memorial', date: '2026-01-01' } as const;

describe.skipIf(chromium === undefined)('the printed memorial (Paged.js, Chromium)', () => {
  let temp: TempService;
  let printer: PdfPrinter;
  let pages: PrintedPage[];
  let expected: ExpectedDocument;
  let noteStarts: Map<number, PrintedPage>;

  beforeAll(async () => {
    temp = tempService();
    await temp.api['case-create']({ path: temp.path('sample.casewright'), templateId: SAMPLE });
    printer = await PdfPrinter.launch(chromium);
    const paged = await temp.api['export-document']({ ...memorial, format: 'html', paged: true });
    const plain = await temp.api['export-document']({ ...memorial, format: 'html' });
    expected = readExpected(plain.text!);
    pages = readPdfPages(await printer.print(paged.text!), temp.path('sample.pdf'));
    noteStarts = notePages(pages, expected.notes);
  }, 300_000);
  afterAll(async () => {
    await printer?.close();
    temp?.dispose();
  });

  const page = (label: string) => pages.find((candidate) => candidate.label === label);

  it('prints every one of the 263 footnotes at the foot of the page that calls it', () => {
    expect(expected.notes.size).toBe(263);
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
    const body = pages.findIndex((candidate) => candidate.label === '1');
    expect(body).toBeGreaterThan(2);
    expect(pages[0]!.label).toBe('');
    expect(pages.slice(1, body).map((candidate) => candidate.label)).toEqual(
      ['ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x'].slice(0, body - 1),
    );
    expect(pages.slice(body).map((candidate) => candidate.label)).toEqual(
      pages.slice(body).map((_, index) => String(index + 1)),
    );
    for (const printed of pages.slice(1))
      expect(printed.head).toMatch(/^Republic of Korea v Russian Federation Memorial for the Applicant$/);
    expect(pages[0]!.head).not.toContain('Memorial for the Applicant Republic');
  });

  it('lists in the contents the page on which each heading stands', () => {
    const contents = pages.filter((candidate) =>
      candidate.lines.some((line) => line.trim() === 'Table of Contents'),
    )[0]!;
    const start = pages.indexOf(contents);
    const contentsPages = [contents];
    for (
      let at = start + 1;
      at < pages.length && !pages[at]!.lines.some((line) => line.trim() === 'Index of Authorities');
      at++
    )
      contentsPages.push(pages[at]!);
    const entries = contentsPages.flatMap((printed) => numberedLines(printed.lines.slice(1)));
    expect(entries.length).toBeGreaterThan(40);
    for (const title of [
      'Index of Authorities',
      'Statement of Jurisdiction',
      'Statement of Facts',
      'Pleadings',
      'Prayer for Relief',
    ])
      expect(entries.map((entry) => entry.text)).toContain(title);
    const wrong = entries.filter((entry) => {
      const target = page(entry.page);
      return !target || !flat(target.lines.join(' ')).includes(entry.text);
    });
    expect(wrong).toEqual([]);
  });

  it('gives each authority in the index the pages that cite it, or passim past five', () => {
    const first = pages.findIndex((candidate) =>
      candidate.lines.some((line) => line.trim() === 'Index of Authorities'),
    );
    const body = pages.findIndex((candidate) => candidate.label === '1');
    const listed = pages.slice(first, body).flatMap((printed) => numberedLines(printed.lines.slice(1)));
    expect(listed.length).toBe(expected.index.length);
    let passim = 0;
    for (const [at, entry] of expected.index.entries()) {
      const cited = [...new Set(entry.notes.map((number) => noteStarts.get(number)!.label))];
      const shown = listed[at]!;
      expect(entry.citation.startsWith(shown.text), `${shown.text} / ${entry.citation}`).toBe(true);
      if (cited.length > 5) passim++;
      expect(shown.page, entry.citation).toBe(cited.length > 5 ? 'passim' : cited.join(', '));
    }
    expect(passim).toBeGreaterThan(3);
  });
});
