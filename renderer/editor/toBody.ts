import type { JSONContent } from '@tiptap/core';
import type { BlockNode, BodyDocument, HeadingNode, InlineNode, Mark, ParagraphNode } from '../../app/body/types';
import { isSafeHref } from '../../app/body/types';

/** Turns the editor's JSON into a body of exactly the shape the service accepts, dropping anything else. */
export function toBody(json: JSONContent): BodyDocument {
  return { type: 'doc', content: blocks(json.content) };
}

function blocks(content: JSONContent[] | undefined): BlockNode[] {
  const out: BlockNode[] = [];
  for (const node of content ?? []) {
    switch (node.type) {
      case 'paragraph':
        out.push(withInline<ParagraphNode>({ type: 'paragraph' }, node.content));
        break;
      case 'heading': {
        const level = Math.min(3, Math.max(1, Number(node.attrs?.level) || 1)) as 1 | 2 | 3;
        out.push(withInline<HeadingNode>({ type: 'heading', attrs: { level } }, node.content));
        break;
      }
      case 'bulletList':
      case 'orderedList': {
        const items = (node.content ?? [])
          .filter((item) => item.type === 'listItem')
          .map((item) => {
            const inner = blocks(item.content);
            return { type: 'listItem' as const, content: inner.length > 0 ? inner : [{ type: 'paragraph' as const }] };
          });
        if (items.length === 0) break;
        const start = Number(node.attrs?.start);
        if (node.type === 'bulletList') out.push({ type: 'bulletList', content: items });
        else if (Number.isInteger(start) && start > 1)
          out.push({ type: 'orderedList', attrs: { start }, content: items });
        else out.push({ type: 'orderedList', content: items });
        break;
      }
      case 'blockquote': {
        const inner = blocks(node.content);
        if (inner.length > 0) out.push({ type: 'blockquote', content: inner });
        break;
      }
      default:
        break;
    }
  }
  return out;
}

function withInline<T extends { content?: InlineNode[] }>(block: T, content: JSONContent[] | undefined): T {
  const inline = inlineNodes(content);
  if (inline.length > 0) block.content = inline;
  return block;
}

function inlineNodes(content: JSONContent[] | undefined): InlineNode[] {
  const out: InlineNode[] = [];
  for (const node of content ?? []) {
    if (node.type === 'text' && node.text) {
      const marks = (node.marks ?? []).flatMap((mark): Mark[] => {
        if (mark.type === 'bold' || mark.type === 'italic') return [{ type: mark.type }];
        const href = String(mark.attrs?.href ?? '');
        return mark.type === 'link' && isSafeHref(href) ? [{ type: 'link', attrs: { href } }] : [];
      });
      out.push(marks.length > 0 ? { type: 'text', text: node.text, marks } : { type: 'text', text: node.text });
    } else if (node.type === 'citation' && typeof node.attrs?.key === 'string' && node.attrs.key) {
      out.push({ type: 'citation', attrs: { key: node.attrs.key, pinpoint: String(node.attrs.pinpoint ?? '') } });
    } else if (node.type === 'crossref' && Number.isInteger(node.attrs?.nodeId) && node.attrs!.nodeId > 0) {
      out.push({ type: 'crossref', attrs: { nodeId: node.attrs!.nodeId, label: String(node.attrs!.label ?? '') } });
    } else if (node.type === 'hardBreak') {
      out.push({ type: 'hardBreak' });
    }
  }
  return out;
}
