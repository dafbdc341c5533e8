import type { BlockNode, BodyDocument, InlineNode } from '../body/types';
import { isSafeHref } from '../body/types';
import { citationGroup } from './citationGroup';
import type { LayoutBlock, LayoutInline } from './documentLayout';
import type { FootnoteWriter } from './footnoteWriter';
import { placeFootnotes } from './placeFootnotes';

/** What turns a group of citations into inlines: a footnote reference, or (on a bench card) the citations themselves. */
export interface CitationWriter {
  cite(citations: Parameters<FootnoteWriter['cite']>[0]): LayoutInline | LayoutInline[];
}

/** A node body as layout blocks, its citations turned into footnotes; `lead` opens its first paragraph. */
export function bodyToLayout(
  body: BodyDocument | undefined,
  notes: CitationWriter,
  lead: LayoutInline[] = [],
  style?: 'quote' | 'note',
): LayoutBlock[] {
  const blocks = (body?.content ?? []).flatMap((block) => blockToLayout(block, notes, style));
  if (lead.length === 0) return blocks;
  const first = blocks[0];
  if (first?.type === 'paragraph' && first.style === style) {
    first.content = placeFootnotes([...lead, { type: 'text', text: ' ' }, ...first.content]);
    return blocks;
  }
  return [{ type: 'paragraph', content: lead, ...(style ? { style } : {}) }, ...blocks];
}

function blockToLayout(block: BlockNode, notes: CitationWriter, style?: 'quote' | 'note'): LayoutBlock[] {
  switch (block.type) {
    case 'paragraph':
      return [{ type: 'paragraph', content: inlineToLayout(block.content ?? [], notes), ...(style ? { style } : {}) }];
    case 'heading':
      return [
        { type: 'paragraph', content: inlineToLayout(block.content ?? [], notes, true), ...(style ? { style } : {}) },
      ];
    case 'blockquote':
      return block.content.flatMap((child) => blockToLayout(child, notes, 'quote'));
    case 'bulletList':
    case 'orderedList':
      return [
        {
          type: 'list',
          ordered: block.type === 'orderedList',
          items: block.content.map((item) => item.content.flatMap((child) => blockToLayout(child, notes, style))),
        },
      ];
  }
}

/**
 * Inline body content as layout inlines: text with its marks, cross-references as text, and citations as footnotes
 * (citations side by side, or apart only by a separator and a signal, share one).
 */
export function inlineToLayout(nodes: readonly InlineNode[], notes: CitationWriter, bold = false): LayoutInline[] {
  const out: LayoutInline[] = [];
  let index = 0;
  while (index < nodes.length) {
    const node = nodes[index]!;
    if (node.type === 'citation') {
      const { citations, next } = citationGroup(nodes, index, out);
      const written = notes.cite(citations);
      out.push(...(Array.isArray(written) ? written : [written]));
      index = next;
      continue;
    }
    index++;
    switch (node.type) {
      case 'text': {
        const marks = node.marks ?? [];
        const link = marks.find((mark) => mark.type === 'link');
        out.push({
          type: 'text',
          text: node.text,
          ...(bold || marks.some((mark) => mark.type === 'bold') ? { bold: true } : {}),
          ...(marks.some((mark) => mark.type === 'italic') ? { italic: true } : {}),
          ...(link && isSafeHref(link.attrs.href) ? { href: link.attrs.href.trim() } : {}),
        });
        break;
      }
      case 'crossref':
        out.push({ type: 'text', text: node.attrs.label, anchor: `node-${node.attrs.nodeId}` });
        break;
      case 'hardBreak':
        out.push({ type: 'break' });
        break;
    }
  }
  return placeFootnotes(out);
}
