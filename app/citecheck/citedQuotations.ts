import { walkBlocks } from '../body/bodyText';
import type { BodyDocument } from '../body/types';

const PAIRS: Readonly<Record<string, string>> = { '”': '“', '"': '"', '’': '‘', "'": "'", '»': '«', '“': '„' };

/**
 * For each citation of a body, in reading order, the quotation just before it in its sentence (the words
 * between quotation marks that end where the citation starts, allowing a comma, full stop or a parenthesis
 * such as "(emphasis added)" between them), or '' when the citation follows no quotation.
 */
export function citedQuotations(body: BodyDocument): string[] {
  const quotations: string[] = [];
  walkBlocks(body.content, (inline) => {
    let before = '';
    for (const node of inline) {
      if (node.type === 'text') before += node.text;
      else if (node.type === 'crossref') before += node.attrs.label;
      else if (node.type === 'hardBreak') before += ' ';
      else {
        quotations.push(quotationEnding(before));
        before = '';
      }
    }
  });
  return quotations;
}

/** The quotation that `text` ends with, or ''. */
export function quotationEnding(text: string): string {
  const trimmed = text
    .replace(/\s*\([^()]{0,40}\)\s*$/, '')
    .replace(/[\s,.;:]+$/, '')
    .replace(/\s*\([^()]{0,40}\)\s*$/, '')
    .replace(/[\s,.;:]+$/, '');
  const closing = trimmed.at(-1);
  const opening = closing === undefined ? undefined : PAIRS[closing];
  if (opening === undefined) return '';
  const start = trimmed.lastIndexOf(opening, trimmed.length - 2);
  if (start < 0) return '';
  if (opening === "'" && /\p{L}/u.test(trimmed.charAt(start - 1))) return '';
  return trimmed.slice(start + 1, -1).trim();
}
