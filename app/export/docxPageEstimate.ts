import { contentsEntries } from './contentsEntries';
import type { DocumentLayout, LayoutBlock, LayoutInline, LayoutPart } from './documentLayout';
import { PAGE } from './docxStyles';

/** The page labels a DOCX's cached field results show until a reader updates its fields. */
export interface PageEstimate {
  /** The page (roman in the front matter, arabic in the body) on which each part (`part-<id>`) or heading stands. */
  anchors: Map<string, string>;
  /** The body page on which each footnote is called. */
  notes: Map<number, string>;
}

/** How the pages of a section are numbered: the cover not at all, the front matter i, ii, iii, the body 1, 2, 3. */
export type SectionNumbering = 'none' | 'roman' | 'arabic';

// The DOCX's geometry in points (docxStyles): A4 less 2.5 cm margins, Times New Roman 12 at 1.25 lines, notes 10.
const TEXT_WIDTH = (PAGE.width - 2 * PAGE.margin) / 20;
const TEXT_HEIGHT = (PAGE.height - 2 * PAGE.margin) / 20;
/** Times New Roman's mean advance per character of running text, as a fraction of the font size. */
const CHARACTER_WIDTH = 0.43;
const BODY = { size: 12, line: 17.25, after: 8 };
const NOTE = { size: 10, line: 11.5, after: 0 };
const NOTE_SEPARATOR = 12;
const INDENT = 567 / 20;

type Metrics = typeof BODY;

function lineCount(characters: number, width: number, size: number): number {
  const perLine = Math.max(10, Math.floor(width / (size * CHARACTER_WIDTH)));
  return Math.max(1, Math.ceil(characters / perLine));
}

function inlineLength(content: readonly LayoutInline[]): number {
  let length = 0;
  for (const inline of content) {
    if (inline.type === 'text') length += inline.text.length;
    else if (inline.type === 'footnote') length += String(inline.number).length;
  }
  return length;
}

/**
 * Flows a layout down DOCX-sized pages in one pass, line by line, with each footnote at the foot of the page that calls
 * it, to estimate the page of every heading and footnote call. Linear in the document's length; a reader that updates
 * fields (Word) replaces the estimate with its own pages.
 */
export class PageFlow {
  private page = 1;
  private used = 0;
  private notesHeight = 0;
  private numbering: SectionNumbering = 'none';
  private readonly noteLines = new Map<number, number>();
  readonly estimate: PageEstimate = { anchors: new Map(), notes: new Map() };

  constructor(private readonly layout: DocumentLayout) {
    for (const footnote of layout.footnotes) {
      const length = footnote.runs.reduce((sum, run) => sum + run.text.length, 0);
      this.noteLines.set(footnote.number, lineCount(length, TEXT_WIDTH, NOTE.size));
    }
  }

  /** Starts a section on a new page, numbered from 1 in its own way. */
  section(numbering: SectionNumbering): void {
    this.newPage();
    this.page = 1;
    this.numbering = numbering;
  }

  part(part: LayoutPart, pageBreak: boolean): void {
    if (pageBreak) this.newPage();
    if (part.title !== '') {
      this.keepWithNext(2);
      this.estimate.anchors.set(`part-${part.id}`, this.label());
      this.place(14 * 1.15 + 18);
    }
    for (const block of part.blocks) this.block(block, 0);
  }

  private block(block: LayoutBlock, level: number): void {
    const width = TEXT_WIDTH - INDENT * level;
    switch (block.type) {
      case 'paragraph': {
        const metrics = block.style === 'title' ? { ...BODY, size: 18, line: 24 } : BODY;
        this.lines(block.content, width - (block.style === 'quote' ? 72 : 0), metrics);
        return;
      }
      case 'argumentHeading':
        this.space(12);
        this.keepWithNext(lineCount(inlineLength(block.content) + 6, width - INDENT, BODY.size) + 2);
        this.estimate.anchors.set(block.anchor, this.label());
        this.lines(block.content, width - INDENT * (block.depth + 1), { ...BODY, line: 13.8, after: 6 });
        return;
      case 'list':
        for (const item of block.items)
          for (const child of item) this.block(child, child.type === 'list' ? level : level + 1);
        return;
      case 'fields':
        for (const _field of block.fields) this.place(BODY.line + 3);
        return;
      case 'contents':
        for (const entry of contentsEntries(this.layout, 2)) {
          const length = inlineLength(entry.content) + 6;
          this.flowLines(lineCount(length, width - 12 * entry.level - 24, BODY.size), BODY.line);
          this.space(5);
        }
        return;
      case 'authorities':
        for (const group of this.layout.authorities) {
          this.keepWithNext(3);
          this.place(BODY.line + 18);
          for (const entry of group.entries) {
            const length = entry.runs.reduce((sum, run) => sum + run.text.length, 0) + 12;
            this.flowLines(lineCount(length, width - INDENT, BODY.size), 13.8);
            this.space(4);
          }
        }
        return;
    }
  }

  /** A paragraph's lines, each footnote it calls placed at the foot of the page of its line. */
  private lines(content: readonly LayoutInline[], width: number, metrics: Metrics): void {
    const count = lineCount(inlineLength(content), width, metrics.size);
    const perLine = Math.max(1, Math.ceil(inlineLength(content) / count));
    const calls = new Map<number, number[]>();
    let offset = 0;
    for (const inline of content) {
      if (inline.type === 'text') offset += inline.text.length;
      else if (inline.type === 'footnote') {
        const line = Math.min(count - 1, Math.floor(offset / perLine));
        calls.set(line, [...(calls.get(line) ?? []), inline.number]);
      }
    }
    for (let line = 0; line < count; line++) {
      const notes = calls.get(line) ?? [];
      const height = notes.reduce((sum, note) => sum + this.noteHeight(note), 0);
      if (this.used + metrics.line + this.notesHeight + height > TEXT_HEIGHT && this.used > 0) this.newPage();
      this.used += metrics.line;
      for (const note of notes) {
        this.estimate.notes.set(note, this.label());
        this.notesHeight += this.noteHeight(note) + (this.notesHeight === 0 ? NOTE_SEPARATOR : 0);
      }
    }
    this.space(metrics.after);
  }

  /** A note's height at the foot of the page; a long note continues on the next page, so at most half a page. */
  private noteHeight(note: number): number {
    return Math.min(TEXT_HEIGHT / 2, (this.noteLines.get(note) ?? 1) * NOTE.line + NOTE.after);
  }

  private flowLines(count: number, line: number): void {
    for (let index = 0; index < count; index++) this.place(line);
  }

  /** Places a line, on the next page when it does not fit on this one. */
  private place(height: number): void {
    if (this.used + height + this.notesHeight > TEXT_HEIGHT && this.used > 0) this.newPage();
    this.used += height;
  }

  /** Leaves space, unless the page is full (space is not carried over to the next page). */
  private space(height: number): void {
    if (this.used + height + this.notesHeight > TEXT_HEIGHT && this.used > 0) this.newPage();
    else this.used += height;
  }

  /** Starts a new page unless this many body lines still fit on this one. */
  private keepWithNext(lines: number): void {
    if (this.used + lines * BODY.line + this.notesHeight > TEXT_HEIGHT && this.used > 0) this.newPage();
  }

  private newPage(): void {
    this.page++;
    this.used = 0;
    this.notesHeight = 0;
  }

  private label(): string {
    if (this.numbering === 'roman') return roman(this.page);
    return String(this.page);
  }
}

const ROMAN: readonly [number, string][] = [
  [1000, 'm'],
  [900, 'cm'],
  [500, 'd'],
  [400, 'cd'],
  [100, 'c'],
  [90, 'xc'],
  [50, 'l'],
  [40, 'xl'],
  [10, 'x'],
  [9, 'ix'],
  [5, 'v'],
  [4, 'iv'],
  [1, 'i'],
];

/** A page number in lower-case roman numerals, as the front matter is numbered. */
export function roman(value: number): string {
  let out = '';
  let rest = value;
  for (const [size, letters] of ROMAN) {
    while (rest >= size) {
      out += letters;
      rest -= size;
    }
  }
  return out;
}
