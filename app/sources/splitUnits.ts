import type { SourceContent, SourceUnit, TextBlock } from './sourceTypes';

const ARTICLE_HEADING = /^(?:Article|Art\.)\s+(\d{1,4}(?:\s?(?:bis|ter|quater)|[A-Za-z])?|[IVXLC]{1,8})\b\s*(.*)$/i;
const NUMBERED = /^(?:(\d{1,4})\.(?:\s+|$)|\[(\d{1,4})\](?:\s+|$))/;
/** How far ahead of the last numbered paragraph a number may jump and still open a paragraph (a missed one or two). */
const LARGEST_JUMP = 10;

/**
 * Splits a source's blocks into the units pinpoints name: a block that opens "101." (or "[101]") opens
 * numbered paragraph 101, which runs to the next unit; a block that opens "Article 8" (as a heading, not
 * a sentence about it) opens article 8, and numbered blocks inside an article are its paragraphs, not
 * the document's; each page label gives a page. Numbers that break the sequence (a list quoted inside a
 * paragraph) stay part of the paragraph they are in.
 */
export function splitUnits(blocks: readonly TextBlock[]): SourceContent {
  const units: SourceUnit[] = [];
  const pages: SourceUnit[] = [];
  const seen = new Set<string>();
  let text = '';
  let open: SourceUnit | undefined;
  let lastNumber: number | undefined;
  let inArticles = false;
  const close = (at: number) => {
    if (open) open.end = trimmedEnd(text, open.start, at);
    open = undefined;
  };
  for (const block of blocks) {
    const line = block.text.replace(/\s+$/, '');
    if (line.trim() === '') continue;
    const start = text === '' ? 0 : text.length + 1;
    text = text === '' ? line : `${text}\n${line}`;
    trackPage(pages, block.page, start, text.length);
    const opening = unitOpening(line.trim(), inArticles, lastNumber);
    if (!opening || seen.has(`${opening.kind} ${opening.label}`)) continue;
    close(start);
    if (opening.kind === 'article') inArticles = true;
    else lastNumber = Number(opening.label);
    seen.add(`${opening.kind} ${opening.label}`);
    open = { kind: opening.kind, label: opening.label, start, end: text.length };
    units.push(open);
  }
  close(text.length);
  return { text, units: [...units, ...pages] };
}

function unitOpening(
  line: string,
  inArticles: boolean,
  lastNumber: number | undefined,
): { kind: 'article' | 'paragraph'; label: string } | undefined {
  const article = ARTICLE_HEADING.exec(line);
  if (article && isHeading(article[2]!))
    return { kind: 'article', label: article[1]!.replace(/\s+/g, '').toLowerCase() };
  if (inArticles) return undefined;
  const numbered = NUMBERED.exec(line);
  if (!numbered) return undefined;
  const number = Number(numbered[1] ?? numbered[2]);
  if (lastNumber !== undefined && (number <= lastNumber || number > lastNumber + LARGEST_JUMP)) return undefined;
  return { kind: 'paragraph', label: String(number) };
}

/** What follows "Article 8" in a heading: nothing, a title after a separator, or a short title; not a sentence going on. */
function isHeading(rest: string): boolean {
  if (rest === '') return true;
  if (/^[.:–—-]/.test(rest)) return true;
  return /^\(?[A-Z]/.test(rest) && rest.length <= 80 && !/^(?:of|to|in|and|or)\b/i.test(rest);
}

function trackPage(pages: SourceUnit[], page: string | undefined, start: number, end: number): void {
  if (page === undefined) return;
  const last = pages.at(-1);
  if (last && last.label === page) last.end = end;
  else pages.push({ kind: 'page', label: page, start, end });
}

function trimmedEnd(text: string, start: number, end: number): number {
  let at = end;
  while (at > start && /\s/.test(text.charAt(at - 1))) at--;
  return at;
}
