import { diffArrays } from 'diff';
import type { CitationRun } from '../../cite';
import type { FootnoteRun, LayoutChange, LayoutFootnote, LayoutInline } from '../documentLayout';

/** A word, a run of spaces, a punctuation mark, a footnote reference or a break, with what tells it apart from another. */
interface Token {
  inline: LayoutInline;
  key: string;
}

/**
 * Words (letters, marks, digits), runs of whitespace, and each other character on its own: a comma changed
 * is one token changed, not the word it follows (as jsdiff's word diff splits the bodies the Compare view shows).
 */
const WORDS = /[\p{L}\p{M}\p{N}_]+|\s+|[^\p{L}\p{M}\p{N}_\s]/gu;

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
      for (const [word] of text.matchAll(WORDS)) {
        tokens.push({ inline: { ...inline, text: word }, key: `${style}\u0000${word}` });
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
 * marked `delete` or `insert`. Footnote references keep the number of their own version; a footnote whose
 * citation changed where the text around it did not (a pinpoint corrected) stays one footnote, its call
 * unchanged and `was` the number of the earlier one, so that the change is marked inside it.
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
  for (const segment of segments(earlier, later)) {
    if (segment.same) {
      merged.push(...segment.same);
      continue;
    }
    const { removed, added } = segment;
    // The footnotes replaced, the nth removed by the nth added, are one footnote revised.
    const notesRemoved = removed.filter((inline) => inline.type === 'footnote');
    let paired = 0;
    const revised = added.map((inline) => {
      if (inline.type !== 'footnote' || paired >= notesRemoved.length) return { ...inline, change: 'insert' as const };
      return { ...inline, was: notesRemoved[paired++]!.number };
    });
    const kept = new Set<LayoutInline>(notesRemoved.slice(0, paired));
    merged.push(
      ...removed.filter((inline) => !kept.has(inline)).map((inline) => ({ ...inline, change: 'delete' as const })),
      ...revised,
    );
  }
  return joinText(merged);
}

type Segment = { same: LayoutInline[] } | { same?: undefined; removed: LayoutInline[]; added: LayoutInline[] };

/**
 * Two token lists as what they share and what was replaced, in order. The spaces alone between two changes go
 * into them, so that a sentence rewritten reads as the old words struck through and the new ones after them, not
 * as a word-for-word alternation.
 */
function segments(earlier: readonly Token[], later: readonly Token[]): Segment[] {
  const result: Segment[] = [];
  const parts = diffArrays(
    earlier.map((token) => token.key),
    later.map((token) => token.key),
  );
  let indexBefore = 0;
  let indexAfter = 0;
  const change = () => {
    const last = result.at(-1);
    if (last && !last.same) return last;
    const next: { removed: LayoutInline[]; added: LayoutInline[] } = { removed: [], added: [] };
    result.push(next);
    return next;
  };
  parts.forEach((part, index) => {
    const count = part.value.length;
    const removed = earlier.slice(indexBefore, indexBefore + (part.added ? 0 : count)).map((token) => token.inline);
    const added = later.slice(indexAfter, indexAfter + (part.removed ? 0 : count)).map((token) => token.inline);
    if (!part.added) indexBefore += count;
    if (!part.removed) indexAfter += count;
    const between = result.at(-1)?.same === undefined && result.length > 0 && index < parts.length - 1;
    const spaces = part.value.every((key) => key.slice(key.lastIndexOf('\u0000') + 1).trim() === '');
    if (part.added || part.removed || (between && spaces)) {
      const segment = change();
      segment.removed.push(...removed);
      segment.added.push(...added);
    } else result.push({ same: added });
  });
  return result;
}

/** A footnote's earlier and later citation text merged word by word, each run marked where it changed. */
export function mergeRuns(before: readonly CitationRun[], after: readonly CitationRun[]): FootnoteRun[] {
  const inlines = (runs: readonly CitationRun[]): LayoutInline[] => runs.map((run) => ({ type: 'text', ...run }));
  const none = new Map<number, LayoutFootnote>();
  return mergeInlines(inlines(before), inlines(after), none, none).flatMap((inline) => {
    if (inline.type !== 'text') return [];
    const { type: _type, bold: _bold, href: _href, anchor: _anchor, ...run } = inline;
    return [run];
  });
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
