import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';

/** One printed page as pdftotext reads it: its lines, its printed number (footer) and its running head. */
export interface PrintedPage {
  index: number;
  lines: string[];
  label: string;
  head: string;
}

/** Collapses runs of white space, as a heading or a note reads whatever the line breaks. */
export const flat = (value: string) => value.replace(/\s+/g, ' ').trim();

/** Writes a PDF and reads it back page by page with pdftotext -layout. */
export function readPdfPages(bytes: Buffer, path: string): PrintedPage[] {
  writeFileSync(path, bytes);
  const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const pages = text.split('\f');
  if (pages.at(-1)?.trim() === '') pages.pop();
  return pages.map((page, index) => {
    const lines = page.split('\n').filter((line) => line.trim() !== '');
    const last = lines.at(-1)?.trim() ?? '';
    const label = /^([0-9]+|[ivxlc]+)$/.test(last) ? last : '';
    return { index, lines: label ? lines.slice(0, -1) : lines, label, head: flat(lines[0] ?? '') };
  });
}

/** A note as the plain HTML export writes it (number and text), the Index of Authorities with its footnotes, the headings. */
export interface ExpectedDocument {
  notes: Map<number, string>;
  index: { citation: string; notes: number[] }[];
  headings: string[];
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
const plain = (html: string) =>
  flat(html.replace(/<[^>]+>/g, '').replace(/&(amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity]!));

/** The notes and the index of the plain HTML export of the same layout: what the pages must carry. */
export function readExpected(html: string): ExpectedDocument {
  const notes = new Map<number, string>();
  for (const match of html.matchAll(/<li id="note-(\d+)" value="\d+">(.*?)<a href="#ref-/g))
    notes.set(Number(match[1]), plain(match[2]!));
  const index = [...html.matchAll(/<ul class="toa">(.*?)<\/ul>/g)].flatMap((list) =>
    [...list[1]!.matchAll(/<li>(.*?)<span class="cited">(.*?)<\/span><\/li>/g)].map((entry) => ({
      citation: plain(entry[1]!),
      notes: [...entry[2]!.matchAll(/>(\d+)</g)].map((number) => Number(number[1])),
    })),
  );
  const headings = [...html.matchAll(/<h([1-5])[^>]*>(.*?)<\/h\1>/g)].map((heading) => plain(heading[2]!));
  return { notes, index, headings };
}

/** Where each note starts: the page whose foot has a line opening with its number and the start of its text. */
export function notePages(pages: readonly PrintedPage[], notes: ReadonlyMap<number, string>): Map<number, PrintedPage> {
  const found = new Map<number, PrintedPage>();
  for (const [number, note] of notes) {
    const opening = flat(`${number} ${note}`).slice(0, 40);
    const page = pages.find((candidate) =>
      candidate.lines.some((line, at) => flat(`${line} ${candidate.lines[at + 1] ?? ''}`).startsWith(opening)),
    );
    if (page) found.set(number, page);
  }
  return found;
}

/** The body text of a page: its lines above the first line of its footnotes. */
export function bodyLines(page: PrintedPage, notes: ReadonlyMap<number, string>): string[] {
  const first = page.lines.findIndex((line, at) => {
    const match = /^(\d+) /.exec(line);
    if (!match) return false;
    const note = notes.get(Number(match[1]));
    return (
      note !== undefined &&
      flat(`${line} ${page.lines[at + 1] ?? ''}`).startsWith(flat(`${match[1]} ${note}`).slice(0, 30))
    );
  });
  return first < 0 ? page.lines : page.lines.slice(0, first);
}

/** Whether the body of a page calls note `number`: the number written straight after a word or a stop, as a superscript prints. */
export function callsNote(body: readonly string[], number: number): boolean {
  return new RegExp(`[^\\s\\d(/.,-]${number}(?!\\d)|[.,;:’”)]${number}(?!\\d)`).test(body.join('\n'));
}

/** The lines of the contents (or the index) that end in a page number or "passim", with that number. */
export function numberedLines(lines: readonly string[]): { text: string; page: string }[] {
  return lines.flatMap((line) => {
    const match = /^(.*?\S)\s{2,}((?:[0-9]+|[ivxlc]+)(?:, [0-9]+)*|passim)$/.exec(line);
    return match ? [{ text: flat(match[1]!), page: match[2]! }] : [];
  });
}
