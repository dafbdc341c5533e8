import type { BlockNode, InlineNode, ListItemNode, Mark, ParagraphNode } from '../body/types';
import { isSafeHref } from '../body/types';
import type { NoteCitation } from './noteCitation';
import type { OutlineEntry } from './outlineToNodes';

/** An element of the document tree mammoth reads from a DOCX file (the fields Casewright uses). */
export interface DocxElement {
  type: string;
  children?: DocxElement[];
  value?: string;
  styleName?: string | null;
  styleId?: string | null;
  numbering?: { isOrdered?: boolean; level?: string | number } | null;
  indent?: { start?: string | null } | null;
  isBold?: boolean;
  /** A table row that Word repeats as the header of the table on each page. */
  isHeader?: boolean;
  isItalic?: boolean;
  href?: string;
  breakType?: string;
  noteType?: string;
  noteId?: string;
  /** A note's paragraphs. */
  body?: DocxElement[];
  /** The document's footnotes and endnotes, looked up by a note reference. */
  notes?: { resolve?: (reference: { noteType: string; noteId: string }) => DocxElement | undefined } | null;
}

/** How many footnotes and endnotes an outline kept, and how many of them became citations. */
export interface NoteCounts {
  footnotes: number;
  endnotes: number;
  citations: number;
}

/** Turns a note's text into a citation of one of the case's authorities, or null when it cites none alone. */
export type CitationResolver = (text: string) => NoteCitation | null;

const HEADING_STYLE = /^heading\s*([1-9])$/i;

/**
 * Reads the outline of a DOCX document tree: paragraphs styled "Heading 1"–"Heading 9" are headings;
 * other paragraphs (with bold, italic, safe links and line breaks), lists (nested by their level)
 * and tables (a row per list item, its cells side by side) form the body of the heading above them.
 * A footnote or endnote that cites one of the case's authorities becomes a citation where it is
 * referenced; any other note stays as text: a marker where it is referenced and the note's text in a
 * paragraph after the paragraph that references it.
 */
export function readDocxOutline(
  document: DocxElement,
  resolveCitation: CitationResolver = () => null,
  tableHeaders: readonly boolean[] = [],
): { entries: OutlineEntry[]; notes: NoteCounts; noteBlocks: ReadonlySet<BlockNode> } {
  const headed = headedTables(document, tableHeaders);
  const entries: OutlineEntry[] = [];
  const notes: NoteCounts = { footnotes: 0, endnotes: 0, citations: 0 };
  const reader = new InlineReader(document, resolveCitation, notes);
  let current: OutlineEntry = { level: null, title: '', where: 'paragraph 1', body: { type: 'doc', content: [] } };
  let lists: { level: number; list: Extract<BlockNode, { type: 'orderedList' | 'bulletList' }> }[] = [];
  let count = 0;
  for (const block of blocksOf(document)) {
    count++;
    const blocks = current.body.content;
    if (block.type === 'table') {
      lists = [];
      const table = tableList(block, reader, headed.has(block));
      if (table) blocks.push(table, ...reader.takeNotes());
      continue;
    }
    const level = headingLevel(block);
    const { inline, notes: notesHere } = reader.read(block);
    if (level !== null) {
      entries.push(current);
      lists = [];
      const title = inline
        .map((node) => (node.type === 'text' ? node.text : ' '))
        .join('')
        .replace(/\s+/g, ' ')
        .trim();
      current = { level, title, where: `paragraph ${count}`, body: { type: 'doc', content: notesHere } };
      continue;
    }
    if (inline.length === 0) {
      blocks.push(...notesHere);
      continue;
    }
    const paragraph: ParagraphNode = { type: 'paragraph', content: inline };
    if (!block.numbering) {
      const open = lists[lists.length - 1];
      const indented = Number(block.indent?.start ?? 0) > 0;
      if (open && indented) open.list.content[open.list.content.length - 1]!.content.push(paragraph, ...notesHere);
      else {
        lists = [];
        blocks.push(paragraph, ...notesHere);
      }
      continue;
    }
    const type = block.numbering.isOrdered ? 'orderedList' : 'bulletList';
    const depth = Math.max(0, Math.min(8, Number(block.numbering.level ?? 0) || 0));
    const item: ListItemNode = { type: 'listItem', content: [paragraph, ...notesHere] };
    while (lists.length > 0 && lists[lists.length - 1]!.level > depth) lists.pop();
    const top = lists[lists.length - 1];
    if (top && top.level === depth && top.list.type === type) {
      top.list.content.push(item);
      continue;
    }
    if (top && top.level === depth) lists.pop();
    const list = { type, content: [item] } as Extract<BlockNode, { type: 'orderedList' | 'bulletList' }>;
    const parent = lists[lists.length - 1];
    if (parent) parent.list.content[parent.list.content.length - 1]!.content.push(list);
    else blocks.push(list);
    lists.push({ level: depth, list });
  }
  entries.push(current);
  return { entries, notes, noteBlocks: reader.noteBlocks };
}

/** Paragraphs and tables of the body in reading order (tables whole; other containers opened). */
function blocksOf(document: DocxElement): DocxElement[] {
  const blocks: DocxElement[] = [];
  const stack: DocxElement[] = [...(document.children ?? [])].reverse();
  while (stack.length > 0) {
    const element = stack.pop()!;
    if (element.type === 'paragraph' || element.type === 'table') blocks.push(element);
    else if (element.children && element.type !== 'run') {
      for (let index = element.children.length - 1; index >= 0; index--) stack.push(element.children[index]!);
    }
  }
  return blocks;
}

/**
 * The tables whose first row is a header row by their `w:tblLook` (`tableHeaders`, one per table in document
 * order), where the document has as many tables as that list.
 */
function headedTables(document: DocxElement, tableHeaders: readonly boolean[]): Set<DocxElement> {
  const tables: DocxElement[] = [];
  const stack: DocxElement[] = [...(document.children ?? [])].reverse();
  while (stack.length > 0) {
    const element = stack.pop()!;
    if (element.type === 'table') tables.push(element);
    const children = element.children ?? [];
    for (let index = children.length - 1; index >= 0; index--) stack.push(children[index]!);
  }
  if (tables.length !== tableHeaders.length) return new Set();
  return new Set(tables.filter((_, index) => tableHeaders[index]));
}

/**
 * A table as a list with a row per item, the row's cells side by side (separated by "|"); its header rows
 * (the rows Word repeats on each page, or the first row of a table formatted with one) in bold.
 */
function tableList(table: DocxElement, reader: InlineReader, firstRowHeads: boolean): BlockNode | null {
  const items: ListItemNode[] = [];
  let heading = true;
  for (const [index, row] of rowsOf(table).entries()) {
    heading = heading && (row.isHeader === true || (index === 0 && firstRowHeads));
    const cells: InlineNode[][] = [];
    for (const cell of (row.children ?? []).filter((child) => child.type === 'tableCell')) {
      const parts: InlineNode[][] = [];
      for (const paragraph of cellParagraphs(cell)) {
        const { inline } = reader.read(paragraph, true);
        if (inline.length > 0) parts.push(inline);
      }
      cells.push(joined(parts, ' / '));
    }
    if (cells.every((cell) => cell.length === 0)) continue;
    const content = joined(cells, ' | ');
    items.push({ type: 'listItem', content: [{ type: 'paragraph', content: heading ? bolded(content) : content }] });
  }
  return items.length > 0 ? { type: 'bulletList', content: items } : null;
}

function bolded(inline: InlineNode[]): InlineNode[] {
  return inline.map((node) =>
    node.type === 'text' && !node.marks?.some((mark) => mark.type === 'bold')
      ? { ...node, marks: [...(node.marks ?? []), { type: 'bold' }] }
      : node,
  );
}

function rowsOf(table: DocxElement): DocxElement[] {
  return (table.children ?? []).filter((child) => child.type === 'tableRow');
}

/** The paragraphs of a cell, a table inside the cell read row by row as paragraphs. */
function cellParagraphs(cell: DocxElement): DocxElement[] {
  const out: DocxElement[] = [];
  const stack: DocxElement[] = [...(cell.children ?? [])].reverse();
  while (stack.length > 0) {
    const element = stack.pop()!;
    if (element.type === 'paragraph') out.push(element);
    else if (element.children && element.type !== 'run') {
      for (let index = element.children.length - 1; index >= 0; index--) stack.push(element.children[index]!);
    }
  }
  return out;
}

function joined(parts: InlineNode[][], separator: string): InlineNode[] {
  const out: InlineNode[] = [];
  parts.forEach((part, index) => {
    if (index > 0) push(out, separator, []);
    for (const node of part) {
      if (node.type === 'text') push(out, node.text, node.marks ?? []);
      else if (node.type === 'hardBreak') push(out, ' ', []);
      else out.push(node);
    }
  });
  return out;
}

/**
 * The level of a paragraph styled "Heading n". As in pandoc and Word, a style the document does not
 * define (mammoth then reads no style name) makes no heading, whatever its id.
 */
function headingLevel(paragraph: DocxElement): number | null {
  const match = HEADING_STYLE.exec(paragraph.styleName ?? '');
  return match ? Number(match[1]) : null;
}

/** Reads the inline content of paragraphs, turning note references into citations or numbered markers. */
class InlineReader {
  private pending: BlockNode[] = [];
  /** Every paragraph made of a text note's text. */
  readonly noteBlocks = new Set<BlockNode>();

  constructor(
    private readonly document: DocxElement,
    private readonly resolveCitation: CitationResolver,
    private readonly counts: NoteCounts,
  ) {}

  /** The paragraph's inline nodes and the paragraphs of the text notes it references. */
  read(paragraph: DocxElement, keepNotes = false): { inline: InlineNode[]; notes: BlockNode[] } {
    const out: InlineNode[] = [];
    const stack: { element: DocxElement; marks: Mark[] }[] = [{ element: paragraph, marks: [] }];
    while (stack.length > 0) {
      const { element, marks } = stack.pop()!;
      if (element.type === 'text' && element.value) push(out, element.value, marks);
      else if (element.type === 'tab') push(out, ' ', marks);
      else if (element.type === 'break' && (element.breakType ?? 'line') === 'line') out.push({ type: 'hardBreak' });
      else if (element.type === 'noteReference') this.note(element, out);
      else if (['paragraph', 'run', 'hyperlink'].includes(element.type)) {
        const inner = [...marks];
        if (element.type === 'hyperlink' && element.href && isSafeHref(element.href)) {
          inner.unshift({ type: 'link', attrs: { href: element.href.trim() } });
        }
        if (element.type === 'run' && element.isBold) inner.push({ type: 'bold' });
        if (element.type === 'run' && element.isItalic) inner.push({ type: 'italic' });
        const children = element.children ?? [];
        for (let index = children.length - 1; index >= 0; index--)
          stack.push({ element: children[index]!, marks: inner });
      }
    }
    while (out[out.length - 1]?.type === 'hardBreak') out.pop();
    const hasText = out.some((node) => (node.type === 'text' && node.text.trim() !== '') || node.type === 'citation');
    const notes = keepNotes ? [] : this.takeNotes();
    return { inline: hasText ? out : [], notes };
  }

  /** The paragraphs of text notes referenced since they were last taken. */
  takeNotes(): BlockNode[] {
    const notes = this.pending;
    this.pending = [];
    return notes;
  }

  private note(reference: DocxElement, out: InlineNode[]): void {
    const noteType = reference.noteType === 'endnote' ? 'endnote' : 'footnote';
    const note = this.document.notes?.resolve?.({ noteType, noteId: reference.noteId ?? '' });
    if (!note) return;
    const paragraphs = (note.body ?? []).map((paragraph) => this.noteText(paragraph)).filter((text) => text.length > 0);
    if (noteType === 'endnote') this.counts.endnotes++;
    else this.counts.footnotes++;
    const text = paragraphs.map((inline) => plain(inline)).join(' ');
    const citation = paragraphs.length > 0 ? this.resolveCitation(text) : null;
    if (citation) {
      this.counts.citations++;
      const previous = out[out.length - 1];
      if (previous?.type === 'text' && !/\s$/.test(previous.text)) push(out, ' ', previous.marks ?? []);
      out.push({ type: 'citation', attrs: { key: citation.key, pinpoint: citation.pinpoint } });
      return;
    }
    const label = noteType === 'endnote' ? `[endnote ${this.counts.endnotes}]` : `[note ${this.counts.footnotes}]`;
    push(out, label, []);
    const content: InlineNode[] = [];
    push(content, `${label} `, []);
    paragraphs.forEach((inline, index) => {
      if (index > 0) content.push({ type: 'hardBreak' });
      for (const node of inline) {
        if (node.type === 'text') push(content, node.text, node.marks ?? []);
        else content.push(node);
      }
    });
    const block: BlockNode = { type: 'paragraph', content };
    this.noteBlocks.add(block);
    this.pending.push(block);
  }

  /** A note paragraph's inline nodes, without its leading reference mark and space. */
  private noteText(paragraph: DocxElement): InlineNode[] {
    const reader = new InlineReader({ type: 'document' }, () => null, { footnotes: 0, endnotes: 0, citations: 0 });
    const { inline } = reader.read(paragraph, true);
    const first = inline[0];
    if (first?.type === 'text') {
      const trimmed = first.text.replace(/^\s+/, '');
      if (trimmed === '') inline.shift();
      else inline[0] = { ...first, text: trimmed };
    }
    return inline;
  }
}

function plain(inline: InlineNode[]): string {
  return inline
    .map((node) => (node.type === 'text' ? node.text : ' '))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

function push(out: InlineNode[], text: string, marks: Mark[]): void {
  const unique = marks.filter((mark, index) => marks.findIndex((other) => other.type === mark.type) === index);
  const last = out[out.length - 1];
  if (last?.type === 'text' && JSON.stringify(last.marks ?? []) === JSON.stringify(unique)) {
    out[out.length - 1] = { ...last, text: last.text + text };
  } else out.push(unique.length > 0 ? { type: 'text', text, marks: unique } : { type: 'text', text });
}
