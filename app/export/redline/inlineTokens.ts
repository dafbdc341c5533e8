import { diffArrays } from 'diff';
import type { LayoutChange, LayoutFootnote, LayoutInline } from '../documentLayout';

/** A word, a run of spaces, a footnote reference or a break, with what tells it apart from another. */
interface Token {
  inline: LayoutInline;
  key: string;
}

const citationText = (footnote: LayoutFootnote | undefined) => footnote?.runs.map((run) => run.text).join('') ?? '';

/** Splits inline content into tokens; a footnote is known by its citation text, not its number. */
export function inlineTokens(
  content: readonly LayoutInline[],
  footnotes: ReadonlyMap<number, LayoutFootnote>,
): Token[] {
  const tokens: Token[] = [];
  for (const inline of content) {
    if (inline.type === 'footnote') {
      tokens.push({ inline, key: `note\u0000${citationText(footnotes.get(inline.number))}` });
    } else if (inline.type === 'break') {
      tokens.push({ inline, key: 'break' });
    } else {
      const { text, ...format } = inline;
      const style = JSON.stringify(format);
      for (const word of text.split(/(\s+)/)) {
        if (word !== '') tokens.push({ inline: { ...inline, text: word }, key: `${style}\u0000${word}` });
      }
    }
  }
  return tokens;
}

/** The text of a block's inline content, for matching blocks (footnotes by their citation text). */
export function inlineKey(content: readonly LayoutInline[], footnotes: ReadonlyMap<number, LayoutFootnote>): string {
  return inlineTokens(content, footnotes)
    .map((token) => token.key)
    .join('\u0001');
}

/** How much of two inline contents is the same, from 0 to 1 (shared tokens over the longer's tokens). */
export function similarity(
  before: readonly LayoutInline[],
  after: readonly LayoutInline[],
  footnotesBefore: ReadonlyMap<number, LayoutFootnote>,
  footnotesAfter: ReadonlyMap<number, LayoutFootnote>,
): number {
  const earlier = inlineTokens(before, footnotesBefore).map((token) => token.key);
  const later = inlineTokens(after, footnotesAfter).map((token) => token.key);
  if (earlier.length === 0 && later.length === 0) return 1;
  const words = (keys: string[]) => keys.filter((key) => key.split('\u0000').at(-1)!.trim() !== '').length;
  const shared = diffArrays(earlier, later)
    .filter((part) => !part.added && !part.removed)
    .reduce((sum, part) => sum + words(part.value), 0);
  return shared / Math.max(1, words(earlier), words(later));
}

/** Content marked as a whole as inserted or deleted. */
export function markInlines(content: readonly LayoutInline[], change: LayoutChange): LayoutInline[] {
  return content.map((inline) => ({ ...inline, change }));
}

/**
 * The earlier and later inline content merged word by word: what both have once, what only one has
 * marked `delete` or `insert`. Footnote references keep the number of their own version.
 */
export function mergeInlines(
  before: readonly LayoutInline[],
  after: readonly LayoutInline[],
  footnotesBefore: ReadonlyMap<number, LayoutFootnote>,
  footnotesAfter: ReadonlyMap<number, LayoutFootnote>,
): LayoutInline[] {
  const earlier = inlineTokens(before, footnotesBefore);
  const later = inlineTokens(after, footnotesAfter);
  const merged: LayoutInline[] = [];
  let indexBefore = 0;
  let indexAfter = 0;
  const parts = diffArrays(
    earlier.map((token) => token.key),
    later.map((token) => token.key),
  );
  for (const part of parts) {
    for (let count = 0; count < part.value.length; count++) {
      if (part.removed) merged.push({ ...earlier[indexBefore++]!.inline, change: 'delete' });
      else if (part.added) merged.push(later[indexAfter++]!.inline);
      else {
        merged.push(later[indexAfter++]!.inline);
        indexBefore++;
      }
      if (part.added) merged[merged.length - 1] = { ...merged.at(-1)!, change: 'insert' };
    }
  }
  return joinText(merged);
}

/** Adjacent text of the same formatting and change as one inline. */
function joinText(content: LayoutInline[]): LayoutInline[] {
  const joined: LayoutInline[] = [];
  for (const inline of content) {
    const last = joined.at(-1);
    if (inline.type === 'text' && last?.type === 'text') {
      const { text: _text, ...format } = inline;
      const { text: _lastText, ...lastFormat } = last;
      if (JSON.stringify(format) === JSON.stringify(lastFormat)) {
        joined[joined.length - 1] = { ...last, text: last.text + inline.text };
        continue;
      }
    }
    joined.push(inline);
  }
  return joined;
}
