import { AUTHORITY_KEY_PATTERN } from '../body/bodySchema';
import { parseInline } from '../body/parseInline';
import type { BodyDocument, InlineNode } from '../body/types';

const KEY_CHARACTER = /[A-Za-z0-9_:.\-/]/;

/**
 * Converts the text of an Argdown statement to a body of one paragraph: emphasis as Argdown (and
 * Markdown) write it, and citations written as `(@key, pinpoint)`. Nothing else is markup.
 */
export function argdownTextToBody(text: string): BodyDocument {
  const content: InlineNode[] = [];
  let plain = '';
  const flush = () => {
    if (plain !== '') content.push(...parseInline(plain));
    plain = '';
  };
  let index = 0;
  while (index < text.length) {
    const char = text[index]!;
    if (char === '\\') {
      plain += text.slice(index, index + 2);
      index += 2;
      continue;
    }
    if (char === '(' && text[index + 1] === '@') {
      const citation = readCitation(text, index);
      if (citation) {
        flush();
        content.push({ type: 'citation', attrs: { key: citation.key, pinpoint: citation.pinpoint } });
        index = citation.end;
        continue;
      }
    }
    plain += char;
    index++;
  }
  flush();
  const trimmed = trimEdges(mergeText(content));
  return { type: 'doc', content: trimmed.length > 0 ? [{ type: 'paragraph', content: trimmed }] : [] };
}

function readCitation(text: string, start: number): { key: string; pinpoint: string; end: number } | null {
  let index = start + 2;
  while (index < text.length && KEY_CHARACTER.test(text[index]!)) index++;
  const key = text.slice(start + 2, index);
  if (!AUTHORITY_KEY_PATTERN.test(key) || key.length > 100) return null;
  if (text[index] === ')') return { key, pinpoint: '', end: index + 1 };
  if (text[index] !== ',') return null;
  index++;
  let pinpoint = '';
  let depth = 0;
  while (index < text.length) {
    const char = text[index]!;
    if (char === '\\' && index + 1 < text.length) {
      pinpoint += text[index + 1];
      index += 2;
      continue;
    }
    if (char === '(') depth++;
    if (char === ')' && depth-- === 0) {
      const trimmed = pinpoint.trim();
      return trimmed.length <= 200 ? { key, pinpoint: trimmed, end: index + 1 } : null;
    }
    pinpoint += char;
    index++;
  }
  return null;
}

function mergeText(nodes: InlineNode[]): InlineNode[] {
  const out: InlineNode[] = [];
  for (const node of nodes) {
    const last = out[out.length - 1];
    if (
      node.type === 'text' &&
      last?.type === 'text' &&
      JSON.stringify(last.marks ?? []) === JSON.stringify(node.marks ?? [])
    ) {
      out[out.length - 1] = { ...last, text: last.text + node.text };
    } else out.push(node);
  }
  return out;
}

function trimEdges(nodes: InlineNode[]): InlineNode[] {
  const out = [...nodes];
  const first = out[0];
  if (first?.type === 'text') out[0] = { ...first, text: first.text.trimStart() };
  const last = out[out.length - 1];
  if (last?.type === 'text') out[out.length - 1] = { ...last, text: last.text.trimEnd() };
  return out.filter((node) => node.type !== 'text' || node.text !== '');
}
