import { sortMarks } from './parseInline';
import type { BlockNode, BodyDocument, InlineNode, Mark } from './types';

/**
 * Writes a body as Markdown that `markdownToBody` reads back to the same body and that pandoc reads
 * as the same text: citations as `[@key, pinpoint]`, cross-references as `[label](#node-12)`.
 */
export function bodyToMarkdown(body: BodyDocument): string {
  return blocksToMarkdown(body.content).join('\n\n');
}

function blocksToMarkdown(blocks: readonly BlockNode[]): string[] {
  return blocks.map(blockToMarkdown);
}

function blockToMarkdown(block: BlockNode): string {
  switch (block.type) {
    case 'paragraph':
      return inlineToMarkdown(block.content ?? [])
        .split('\n')
        .map(escapeLineStart)
        .join('\n');
    case 'heading':
      return `${'#'.repeat(block.attrs.level)} ${inlineToMarkdown(block.content ?? [])
        .replace(/\\\n/g, ' ')
        .replace(/(?<!\\)#/g, '\\#')}`;
    case 'blockquote':
      return blocksToMarkdown(block.content)
        .join('\n\n')
        .split('\n')
        .map((line) => (line === '' ? '>' : `> ${line}`))
        .join('\n');
    case 'bulletList':
    case 'orderedList': {
      const start = block.type === 'orderedList' ? (block.attrs?.start ?? 1) : 1;
      return block.content
        .map((item, index) => {
          const marker = block.type === 'orderedList' ? `${start + index}. ` : '- ';
          const indent = ' '.repeat(marker.length);
          const text = blocksToMarkdown(item.content).join('\n\n');
          return (
            marker +
            text
              .split('\n')
              .join(`\n${indent}`)
              .replace(/\n +\n/g, '\n\n')
          );
        })
        .join('\n');
    }
  }
}

/** Writes inline content, opening and closing marks in the canonical order link, bold, italic. */
export function inlineToMarkdown(nodes: readonly InlineNode[]): string {
  let out = '';
  let open: Mark[] = [];
  const closeFrom = (depth: number) => {
    for (let index = open.length - 1; index >= depth; index--) out += closing(open[index]!);
    open = open.slice(0, depth);
  };
  for (const node of nodes) {
    const wanted = node.type === 'text' ? sortMarks(node.marks ?? []) : [];
    let keep = 0;
    while (keep < open.length && wanted.some((mark) => sameMark(mark, open[keep]!))) keep++;
    closeFrom(keep);
    for (const mark of wanted) {
      if (open.some((existing) => sameMark(existing, mark))) continue;
      out += opening(mark);
      open.push(mark);
    }
    out += inlineNodeToMarkdown(node);
  }
  closeFrom(0);
  return placeItalics(out);
}

function inlineNodeToMarkdown(node: InlineNode): string {
  switch (node.type) {
    case 'text':
      return escapeText(node.text);
    case 'citation':
      return node.attrs.pinpoint
        ? `[@${node.attrs.key}, ${escapeCitationPinpoint(node.attrs.pinpoint)}]`
        : `[@${node.attrs.key}]`;
    case 'crossref':
      return `[${escapeText(node.attrs.label)}](#node-${node.attrs.nodeId})`;
    case 'hardBreak':
      return '\\\n';
  }
}

function opening(mark: Mark): string {
  return mark.type === 'link' ? '[' : mark.type === 'bold' ? '**' : ITALIC_OPEN;
}

function closing(mark: Mark): string {
  if (mark.type === 'link') return `](${mark.attrs.href.replace(/[()\s]/g, encodeURIComponent)})`;
  return mark.type === 'bold' ? '**' : ITALIC_CLOSE;
}

const ITALIC_OPEN = '\uE000';
const ITALIC_CLOSE = '\uE001';

/**
 * Chooses each italic span's delimiter: `_` where it cannot be read as part of a word (pandoc ignores
 * intraword underscores), which keeps `**` runs unambiguous next to it; `*` otherwise.
 */
function placeItalics(text: string): string {
  const chars = [...text];
  const opens: number[] = [];
  for (let index = 0; index < chars.length; index++) {
    if (chars[index] === ITALIC_OPEN) opens.push(index);
    else if (chars[index] === ITALIC_CLOSE) {
      const open = opens.pop()!;
      const before =
        chars
          .slice(0, open)
          .join('')
          .replace(/[\uE000\uE001]/g, '')
          .at(-1) ?? ' ';
      const after =
        chars
          .slice(index + 1)
          .join('')
          .replace(/[\uE000\uE001]/g, '')[0] ?? ' ';
      const delimiter = /[\p{L}\p{N}_]/u.test(before) || /[\p{L}\p{N}_]/u.test(after) ? '*' : '_';
      chars[open] = delimiter;
      chars[index] = delimiter;
    }
  }
  return chars.join('');
}

function sameMark(left: Mark, right: Mark): boolean {
  if (left.type !== right.type) return false;
  return left.type !== 'link' || (right.type === 'link' && left.attrs.href === right.attrs.href);
}

/** Escapes what Markdown or pandoc would otherwise read as markup (emphasis, links, raw HTML, citations, math). */
export function escapeText(text: string): string {
  return text
    .replace(/[\uE000\uE001]/g, '')
    .replace(/[\\`*_[\]<>@$^~|]/g, '\\$&')
    .replace(/\n/g, ' ');
}

function escapeCitationPinpoint(pinpoint: string): string {
  return pinpoint.replace(/[\\\];@]/g, '\\$&');
}

function escapeLineStart(line: string): string {
  return line.replace(/^(#|[-+]\s|>)/, '\\$1').replace(/^(\d+)([.)]\s)/, '$1\\$2');
}
