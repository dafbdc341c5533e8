import type { BlockNode, InlineNode, ListItemNode, Mark } from '../body/types';
import { isSafeHref } from '../body/types';
import type { OutlineEntry } from './outlineToNodes';

/** An element of the document tree mammoth reads from a DOCX file (the fields Casewright uses). */
export interface DocxElement {
  type: string;
  children?: DocxElement[];
  value?: string;
  styleName?: string | null;
  styleId?: string | null;
  numbering?: { isOrdered?: boolean } | null;
  isBold?: boolean;
  isItalic?: boolean;
  href?: string;
  breakType?: string;
}

const HEADING_STYLE = /^heading\s*([1-9])$/i;

/**
 * Reads the outline of a DOCX document tree: paragraphs styled "Heading 1"–"Heading 9" are headings;
 * other paragraphs (with bold, italic, safe links and line breaks), list items and the paragraphs
 * of tables form the body of the heading above them.
 */
export function readDocxOutline(document: DocxElement): OutlineEntry[] {
  const entries: OutlineEntry[] = [];
  let current: OutlineEntry = { level: null, title: '', where: 'paragraph 1', body: { type: 'doc', content: [] } };
  let count = 0;
  for (const paragraph of paragraphsOf(document)) {
    count++;
    const level = headingLevel(paragraph);
    const inline = inlineOf(paragraph);
    if (level !== null) {
      entries.push(current);
      const title = inline
        .map((node) => (node.type === 'text' ? node.text : ' '))
        .join('')
        .replace(/\s+/g, ' ')
        .trim();
      current = { level, title, where: `paragraph ${count}`, body: { type: 'doc', content: [] } };
      continue;
    }
    if (inline.length === 0) continue;
    const block: BlockNode = { type: 'paragraph', content: inline };
    const blocks = current.body.content;
    if (!paragraph.numbering) {
      blocks.push(block);
      continue;
    }
    const type = paragraph.numbering.isOrdered ? 'orderedList' : 'bulletList';
    const item: ListItemNode = { type: 'listItem', content: [block] };
    const last = blocks[blocks.length - 1];
    if (last?.type === type) last.content.push(item);
    else blocks.push({ type, content: [item] } as BlockNode);
  }
  entries.push(current);
  return entries;
}

/** Every paragraph in reading order, including those in table cells, without recursion. */
function paragraphsOf(document: DocxElement): DocxElement[] {
  const paragraphs: DocxElement[] = [];
  const stack: DocxElement[] = [...(document.children ?? [])].reverse();
  while (stack.length > 0) {
    const element = stack.pop()!;
    if (element.type === 'paragraph') paragraphs.push(element);
    else if (['table', 'tableRow', 'tableCell'].includes(element.type)) {
      const children = element.children ?? [];
      for (let index = children.length - 1; index >= 0; index--) stack.push(children[index]!);
    }
  }
  return paragraphs;
}

function headingLevel(paragraph: DocxElement): number | null {
  const match = HEADING_STYLE.exec(paragraph.styleName ?? '') ?? HEADING_STYLE.exec(paragraph.styleId ?? '');
  return match ? Number(match[1]) : null;
}

function inlineOf(paragraph: DocxElement): InlineNode[] {
  const out: InlineNode[] = [];
  const stack: { element: DocxElement; marks: Mark[] }[] = [{ element: paragraph, marks: [] }];
  while (stack.length > 0) {
    const { element, marks } = stack.pop()!;
    if (element.type === 'text' && element.value) push(out, element.value, marks);
    else if (element.type === 'tab') push(out, ' ', marks);
    else if (element.type === 'break' && (element.breakType ?? 'line') === 'line') out.push({ type: 'hardBreak' });
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
  return out.some((node) => node.type === 'text' && node.text.trim() !== '') ? out : [];
}

function push(out: InlineNode[], text: string, marks: Mark[]): void {
  const unique = marks.filter((mark, index) => marks.findIndex((other) => other.type === mark.type) === index);
  const last = out[out.length - 1];
  if (last?.type === 'text' && JSON.stringify(last.marks ?? []) === JSON.stringify(unique)) {
    out[out.length - 1] = { ...last, text: last.text + text };
  } else out.push(unique.length > 0 ? { type: 'text', text, marks: unique } : { type: 'text', text });
}
