import { readCitationGroup } from '../cite/citationSyntax';
import type { InlineNode, Mark } from './types';
import { isSafeHref } from './types';

const CROSS_REFERENCE = /^#node-(\d+)$/;
/** Emphasis and links nested deeper than this stay characters. */
const MAX_INLINE_DEPTH = 12;

/** Parses inline Markdown into text runs, citations and cross-references. */
export function parseInline(source: string, marks: Mark[] = []): InlineNode[] {
  return new InlineReader(source.length).parse(source, marks, 0);
}

/**
 * Reads inline Markdown with a budget of scanning steps in proportion to the text: delimiters that never close
 * (thousands of `*`, `_` or `[`) would otherwise cost the square of the text's length. When the budget is spent,
 * what is left unread stays characters, as it does when nested deeper than anyone writes.
 */
class InlineReader {
  private budget: number;

  constructor(length: number) {
    this.budget = 10_000 + 32 * length;
  }

  parse(source: string, marks: Mark[], depth: number): InlineNode[] {
    const out: InlineNode[] = [];
    let text = '';
    const flush = () => {
      if (text !== '')
        out.push(marks.length > 0 ? { type: 'text', text, marks: sortMarks(marks) } : { type: 'text', text });
      text = '';
    };
    const nested = (inner: string, innerMarks: Mark[]) => {
      if (depth >= MAX_INLINE_DEPTH) text += unescapeMarkdown(inner);
      else {
        flush();
        appendAll(out, this.parse(inner, innerMarks, depth + 1));
      }
    };
    let index = 0;
    while (index < source.length) {
      const char = source[index]!;
      if (char === '\\' && index + 1 < source.length && /[!-/:-@[-`{-~]/.test(source[index + 1]!)) {
        text += source[index + 1];
        index += 2;
        continue;
      }
      if (char === '[' && source[index + 1] === '@') {
        const end = this.closingBracket(source, index);
        const citations = end > 0 ? parseCitationGroup(source.slice(index + 1, end)) : null;
        if (citations) {
          flush();
          out.push(...citations);
          index = end + 1;
          continue;
        }
      }
      if (char === '[') {
        const link = this.matchLink(source, index);
        if (link) {
          const reference = CROSS_REFERENCE.exec(link.href);
          if (reference) {
            flush();
            out.push({
              type: 'crossref',
              attrs: { nodeId: Number(reference[1]), label: unescapeMarkdown(link.label) },
            });
          } else if (isSafeHref(link.href)) {
            nested(link.label, addMark(marks, { type: 'link', attrs: { href: link.href.trim() } }));
          } else {
            nested(link.label, marks);
          }
          index = link.end;
          continue;
        }
      }
      if (char === '*' || char === '_') {
        const emphasis = this.matchEmphasis(source, index, char);
        if (emphasis) {
          nested(emphasis.inner, addMark(marks, { type: emphasis.strong ? 'bold' : 'italic' }));
          index = emphasis.end;
          continue;
        }
      }
      text += char;
      index++;
    }
    flush();
    return normalise(out);
  }

  /** Takes steps from the budget; false once it is spent. */
  private spend(steps: number): boolean {
    this.budget -= steps;
    return this.budget >= 0;
  }

  private closingBracket(source: string, start: number): number {
    for (let index = start + 1; index < source.length; index++) {
      if (!this.spend(1)) return -1;
      if (source[index] === '\\') index++;
      else if (source[index] === ']') return index;
    }
    return -1;
  }

  private matchLink(source: string, start: number): { label: string; href: string; end: number } | null {
    let depth = 0;
    for (let index = start; index < source.length; index++) {
      if (!this.spend(1)) return null;
      const char = source[index];
      if (char === '\\') index++;
      else if (char === '[') depth++;
      else if (char === ']' && --depth === 0) {
        if (source[index + 1] !== '(') return null;
        const close = this.closingParenthesis(source, index + 1);
        if (close < 0) return null;
        return { label: source.slice(start + 1, index), href: source.slice(index + 2, close), end: close + 1 };
      }
    }
    return null;
  }

  private closingParenthesis(source: string, open: number): number {
    let depth = 0;
    for (let index = open; index < source.length; index++) {
      if (!this.spend(1)) return -1;
      if (source[index] === '(') depth++;
      else if (source[index] === ')' && --depth === 0) return index;
    }
    return -1;
  }

  private matchEmphasis(
    source: string,
    start: number,
    char: string,
  ): { inner: string; strong: boolean; end: number } | null {
    let run = 0;
    while (source[start + run] === char) run++;
    const strong = run >= 2;
    const width = strong ? 2 : 1;
    if (/\s/.test(source[start + width] ?? ' ')) return null;
    if (char === '_' && /[\p{L}\p{N}]/u.test(source[start - 1] ?? ' ')) return null;
    for (let index = start + width; index < source.length; index++) {
      if (!this.spend(1)) return null;
      if (source[index] === '\\') {
        index++;
        continue;
      }
      if (source[index] === '[') {
        const link = this.matchLink(source, index);
        if (link) index = link.end - 1;
        continue;
      }
      if (source[index] !== char) continue;
      if (index === start + width) {
        while (source[index + 1] === char) index++;
        continue;
      }
      let length = 0;
      while (source[index + length] === char) length++;
      const intraword = char === '_' && /[\p{L}\p{N}]/u.test(source[index + length] ?? ' ');
      const closes = length >= width && !intraword && !/\s/.test(source[index - 1] ?? ' ') && (strong || length !== 2);
      if (closes) {
        const nestedOpen = length > width && this.unclosedRuns(source, start + width, index, char, strong ? 1 : 2);
        const closeAt = length === width || nestedOpen ? index + length - width : index;
        return { inner: source.slice(start + width, closeAt), strong, end: closeAt + width };
      }
      index += length - 1;
    }
    return null;
  }

  /** Whether `[from, to)` leaves a delimiter run of `length` (a nested emphasis) open. */
  private unclosedRuns(source: string, from: number, to: number, char: string, length: number): boolean {
    this.spend(to - from);
    let count = 0;
    for (let index = from; index < to; index++) {
      if (source[index] === '\\') {
        index++;
        continue;
      }
      if (source[index] !== char) continue;
      let run = 0;
      while (source[index + run] === char) run++;
      if (run === length || run === 3) count++;
      index += run - 1;
    }
    return count % 2 === 1;
  }
}

function parseCitationGroup(inner: string): InlineNode[] | null {
  const citations = readCitationGroup(inner);
  return citations
    ? citations.map(({ key, pinpoint }) => ({ type: 'citation', attrs: { key, pinpoint: unescapeMarkdown(pinpoint) } }))
    : null;
}

function addMark(marks: Mark[], mark: Mark): Mark[] {
  return marks.some((existing) => existing.type === mark.type) ? marks : [...marks, mark];
}

function unescapeMarkdown(text: string): string {
  return text.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

export function appendAll(target: InlineNode[], items: InlineNode[]): void {
  for (const item of items) target.push(item);
}

/** Merges adjacent text runs with the same marks, as ProseMirror does. */
export function normalise(nodes: InlineNode[]): InlineNode[] {
  const out: InlineNode[] = [];
  for (const node of nodes) {
    const last = out[out.length - 1];
    if (node.type === 'text' && last?.type === 'text' && sameMarks(last.marks, node.marks)) {
      out[out.length - 1] = { ...last, text: last.text + node.text };
    } else {
      out.push(node);
    }
  }
  return out;
}

function sameMarks(left: Mark[] | undefined, right: Mark[] | undefined): boolean {
  return JSON.stringify(sortMarks(left ?? [])) === JSON.stringify(sortMarks(right ?? []));
}

/** Marks in a canonical order: link, bold, italic. */
export function sortMarks(marks: readonly Mark[]): Mark[] {
  const order = { link: 0, bold: 1, italic: 2 };
  return [...marks].sort((left, right) => order[left.type] - order[right.type]);
}
