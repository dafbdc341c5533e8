import type { CitationRef } from '../model/types';
import type { BlockNode, BodyDocument, InlineNode } from './types';

/** The plain text of a body, for search: blocks on their own lines, citations as `key pinpoint`. */
export function bodyPlainText(body: BodyDocument): string {
  const lines: string[] = [];
  walkBlocks(body.content, (inline) => {
    lines.push(inline.map(inlinePlainText).join(''));
  });
  return lines.join('\n');
}

/** The citations of a body, in reading order. */
export function bodyCitations(body: BodyDocument): CitationRef[] {
  const citations: CitationRef[] = [];
  walkBlocks(body.content, (inline) => {
    for (const node of inline) {
      if (node.type === 'citation') citations.push({ key: node.attrs.key, pinpoint: node.attrs.pinpoint });
    }
  });
  return citations;
}

/** Calls `visit` with the inline content of every textblock, in reading order. */
export function walkBlocks(blocks: readonly BlockNode[], visit: (inline: readonly InlineNode[]) => void): void {
  const stack: BlockNode[] = [...blocks].reverse();
  while (stack.length > 0) {
    const block = stack.pop()!;
    if (block.type === 'paragraph' || block.type === 'heading') {
      visit(block.content ?? []);
    } else if (block.type === 'blockquote') {
      for (let index = block.content.length - 1; index >= 0; index--) stack.push(block.content[index]!);
    } else {
      for (let item = block.content.length - 1; item >= 0; item--) {
        const children = block.content[item]!.content;
        for (let index = children.length - 1; index >= 0; index--) stack.push(children[index]!);
      }
    }
  }
}

function inlinePlainText(node: InlineNode): string {
  switch (node.type) {
    case 'text':
      return node.text;
    case 'citation':
      return node.attrs.pinpoint ? `${node.attrs.key} ${node.attrs.pinpoint}` : node.attrs.key;
    case 'crossref':
      return node.attrs.label;
    case 'hardBreak':
      return '\n';
  }
}
