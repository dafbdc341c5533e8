import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { flat, type PrintedPage, readPdfPages } from '../support/pagedPdfReader';
import { type TempService, tempService } from '../support/tempService';

let soffice = false;
try {
  execFileSync('soffice', ['--version'], { stdio: 'ignore' });
  soffice = true;
} catch {}

/**
 * The contents or index entries as LibreOffice prints them: the entry (over lines), dot leaders (none when the entry
 * fills its last line), its page(s) or "passim".
 */
function leaderLines(lines: readonly string[], pageCount: number): { text: string; page: string }[] {
  const entries: { text: string; page: string }[] = [];
  let before: string[] = [];
  for (const line of lines) {
    const dotted = /^(.*?\S)\s*\.{2,}\s*((?:[0-9]+|[ivxlc]+)(?:, [0-9]+)*|passim)$/.exec(line.trim());
    const full = /^(.*?\S)\s+([0-9]+)$/.exec(line.trim());
    const match = dotted ?? (full && Number(full[2]) <= pageCount ? full : null);
    if (!match) {
      before.push(line);
      continue;
    }
    entries.push({ text: flat([...before, match[1]!].join(' ')), page: match[2]! });
    before = [];
  }
  return entries;
}

const squeeze = (value: string) => value.replace(/\s+/g, '').toLowerCase();
const isRoman = (label: string) => /^[ivxlc]+$/.test(label);

/**
 * A reader that does not update fields shows the DOCX's cached results: LibreOffice's converter prints the sample
 * memorial, and its contents and index must read as the PDF's do, with page numbers (estimated in one pass, so a line
 * of the contents may be a page out) rather than footnote numbers.
 */
describe.skipIf(!soffice)('the DOCX memorial as LibreOffice prints it, fields not updated', () => {
  let temp: TempService;
  let pages: PrintedPage[];
  beforeAll(async () => {
    temp = tempService();
    await temp.api['case-create']({ path: temp.path('sample.casewright'), templateId: 'russia-dprk-pact-2024' });
    const docx = await temp.api['export-document']({ format: 'docx', layout: 'memorial', date: '2026-01-01' });
    const input = temp.path('memorial.docx');
    writeFileSync(input, Buffer.from(docx.base64!, 'base64'));
    const profile = `-env:UserInstallation=${pathToFileURL(temp.path('soffice-profile')).href}`;
    execFileSync('soffice', [profile, '--headless', '--convert-to', 'pdf', '--outdir', temp.path('pdf'), input], {
      stdio: 'ignore',
      timeout: 600_000,
    });
    const pdf = join(temp.path('pdf'), 'memorial.pdf');
    pages = readPdfPages(readFileSync(pdf), pdf);
  }, 700_000);
  afterAll(() => temp?.dispose());

  /** The lines of the pages from the one that matches `from` to the one before `to`, less that heading. */
  const between = (from: RegExp, to: RegExp) => {
    const start = pages.findIndex((page) => from.test(page.lines.join('\n')));
    const end = pages.findIndex((page, index) => index > start && to.test(page.lines.join('\n')));
    return pages
      .slice(start, end)
      .flatMap((page) => page.lines)
      .filter((line) => !from.test(line));
  };

  it('shows the contents with the page of each part and heading, within a page', () => {
    const entries = leaderLines(between(/^\s*TABLE OF CONTENTS\s*$/m, /^\s*INDEX OF AUTHORITIES\s*$/m), pages.length);
    expect(entries.length).toBeGreaterThan(10);
    for (const title of ['Index of Authorities', 'Statement of Facts', 'Pleadings', 'Prayer for Relief'])
      expect(entries.map((entry) => entry.text)).toContain(title);
    const off: string[] = [];
    for (const entry of entries) {
      // The heading's own text, without its number (LibreOffice prints the number as a list label).
      const key = squeeze(entry.text.replace(/^[IVX]+\.|^[A-Z]\.|^\d+\./, '')).slice(0, 30);
      const standing = pages
        .filter(
          (page) =>
            isRoman(page.label) === isRoman(entry.page) &&
            squeeze(page.lines.filter((line) => !/\.{3,}/.test(line)).join('')).includes(key),
        )
        .map((page) => page.label);
      const distance = (label: string) => Math.abs(Number(label) - Number(entry.page));
      if (standing.length === 0) off.push(`${entry.text}: not found`);
      else if (isRoman(entry.page) ? !standing.includes(entry.page) : Math.min(...standing.map(distance)) > 1)
        off.push(`${entry.text}: listed on ${entry.page}, stands on ${standing.join(', ')}`);
    }
    expect(off).toEqual([]);
  });

  it('shows the index with pages or passim, not footnote numbers', () => {
    const entries = leaderLines(
      between(/^\s*INDEX OF AUTHORITIES\s*$/m, /^\s*STATEMENT OF JURISDICTION\s*$/m),
      pages.length,
    );
    expect(entries.length).toBeGreaterThan(20);
    expect(entries.some((entry) => entry.page === 'passim')).toBe(true);
    const body = pages.filter((page) => /^\d+$/.test(page.label)).length;
    for (const entry of entries) {
      if (entry.page === 'passim') continue;
      for (const page of entry.page.split(', ')) expect(Number(page), entry.text).toBeLessThanOrEqual(body);
    }
    expect(entries.every((entry) => !/\bnn?\b/.test(entry.text.slice(-8)))).toBe(true);
  });
});
