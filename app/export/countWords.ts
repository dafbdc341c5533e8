import type { LayoutBlock, LayoutInline } from './documentLayout';

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.\-/]*/gu;

function inlineWords(content: readonly LayoutInline[]): number {
  const text = content.map((inline) => (inline.type === 'text' ? inline.text : ' ')).join('');
  return text.match(WORD)?.length ?? 0;
}

/** The words of a part's text, as a moot's word limit counts them: headings and paragraphs, not footnotes or numbers. */
export function countWords(blocks: readonly LayoutBlock[]): number {
  let words = 0;
  for (const block of blocks) {
    switch (block.type) {
      case 'paragraph':
      case 'argumentHeading':
        words += inlineWords(block.content);
        break;
      case 'list':
        for (const item of block.items) words += countWords(item);
        break;
      case 'card':
        words += inlineWords(block.title) + countWords(block.blocks);
        break;
      case 'fields':
        for (const field of block.fields)
          words += inlineWords([{ type: 'text', text: `${field.label} ${field.value}` }]);
        break;
    }
  }
  return words;
}
