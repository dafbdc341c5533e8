import { appendAll, normalise, parseInline } from './parseInline';
import type { BlockNode, BodyDocument, HeadingNode, InlineNode, ListItemNode, ParagraphNode } from './types';

const BULLET = /^([-*+])\s+/;
const ORDERED = /^(\d{1,9})[.)]\s+/;
const HEADING = /^(#{1,6})(?:\s|$)/;
const QUOTE = /^>\s?/;
/** Quotes and lists nested deeper than this read as paragraph text: no one writes them, and reading them costs. */
const MAX_BLOCK_DEPTH = 16;

/**
 * Converts the Markdown of a `text` field (paragraphs, headings, lists, block quotes, emphasis,
 * links, and pandoc citations `[@key, pinpoint]`) to a body. Never fails: what it cannot read
 * stays text. Links other than http, https and mailto keep their text and lose the link.
 */
export function markdownToBody(markdown: string): BodyDocument {
  return { type: 'doc', content: parseBlocks(markdown.replace(/\r\n?/g, '\n').split('\n'), 0) };
}

function parseBlocks(lines: string[], depth: number): BlockNode[] {
  const nests = depth < MAX_BLOCK_DEPTH;
  const blocks: BlockNode[] = [];
  let index = 0;
  while (index < lines.length) {
    const line = lines[index]!;
    if (line.trim() === '') {
      index++;
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      const level = Math.min(heading[1]!.length, 3) as 1 | 2 | 3;
      const text = headingText(line.slice(heading[1]!.length));
      blocks.push(withContent<HeadingNode>({ type: 'heading', attrs: { level } }, parseInline(text)));
      index++;
      continue;
    }
    if (nests && QUOTE.test(line)) {
      const quoted: string[] = [];
      while (index < lines.length && QUOTE.test(lines[index]!)) quoted.push(lines[index++]!.replace(QUOTE, ''));
      const content = parseBlocks(quoted, depth + 1);
      if (content.length > 0) blocks.push({ type: 'blockquote', content });
      continue;
    }
    if (nests && (BULLET.test(line) || ORDERED.test(line))) {
      index = parseList(lines, index, blocks, depth);
      continue;
    }
    const paragraph = [line];
    index++;
    while (index < lines.length && !startsBlock(lines[index]!, nests)) paragraph.push(lines[index++]!);
    blocks.push(withContent<ParagraphNode>({ type: 'paragraph' }, parseParagraphLines(paragraph)));
  }
  return blocks;
}

/** A heading's text without the closing run of # that ATX headings may end with ("## Facts ##"). */
function headingText(rest: string): string {
  const text = rest.trim();
  let hashes = text.length;
  while (hashes > 0 && text[hashes - 1] === '#') hashes--;
  if (hashes === text.length) return text;
  if (hashes === 0) return '';
  return /\s/.test(text[hashes - 1]!) ? text.slice(0, hashes).trimEnd() : text;
}

function startsBlock(line: string, nests = true): boolean {
  if (line.trim() === '' || HEADING.test(line)) return true;
  return nests && (QUOTE.test(line) || BULLET.test(line) || ORDERED.test(line));
}

function parseList(lines: string[], start: number, blocks: BlockNode[], depth: number): number {
  const ordered = ORDERED.exec(lines[start]!);
  const items: ListItemNode[] = [];
  let index = start;
  while (index < lines.length) {
    const marker = ordered ? ORDERED.exec(lines[index]!) : BULLET.exec(lines[index]!);
    if (!marker) break;
    const width = marker[0].length;
    const itemLines = [lines[index]!.slice(width)];
    index++;
    while (index < lines.length) {
      const line = lines[index]!;
      if (line.trim() === '') {
        const next = lines[index + 1];
        if (next !== undefined && /^\s{2,}\S/.test(next)) {
          itemLines.push('');
          index++;
          continue;
        }
        break;
      }
      if (/^\s{2,}/.test(line)) itemLines.push(line.replace(new RegExp(`^\\s{1,${Math.max(width, 2)}}`), ''));
      else if (startsBlock(line)) break;
      else itemLines.push(line);
      index++;
    }
    const content = parseBlocks(itemLines, depth + 1);
    items.push({ type: 'listItem', content: content.length > 0 ? content : [{ type: 'paragraph' }] });
    while (index < lines.length && lines[index]!.trim() === '' && isMarker(lines[index + 1], ordered !== null)) index++;
  }
  if (ordered) {
    const first = Number(ordered[1]);
    blocks.push(
      first === 1
        ? { type: 'orderedList', content: items }
        : { type: 'orderedList', attrs: { start: first }, content: items },
    );
  } else {
    blocks.push({ type: 'bulletList', content: items });
  }
  return index;
}

function isMarker(line: string | undefined, ordered: boolean): boolean {
  return line !== undefined && (ordered ? ORDERED : BULLET).test(line);
}

function withContent<T extends { content?: InlineNode[] }>(block: T, content: InlineNode[]): T {
  if (content.length > 0) block.content = content;
  return block;
}

function parseParagraphLines(lines: string[]): InlineNode[] {
  const pieces: string[] = [];
  const breaks: boolean[] = [];
  for (const [index, raw] of lines.entries()) {
    const hardBreak = index < lines.length - 1 && (raw.endsWith('\\') || raw.endsWith('  '));
    pieces.push(hardBreak ? (raw.endsWith('\\') ? raw.slice(0, -1) : raw.trimEnd()) : raw.trim());
    breaks.push(hardBreak);
  }
  const inline: InlineNode[] = [];
  for (const [index, piece] of pieces.entries()) {
    const leading = index === 0 ? piece.trimStart() : piece.trim();
    const separator = index < pieces.length - 1 && !breaks[index] ? ' ' : '';
    appendAll(inline, parseInline(`${leading}${separator}`));
    if (breaks[index]) inline.push({ type: 'hardBreak' });
  }
  return normalise(inline);
}
