import { walkBlocks } from '../body/bodyText';
import { inlineToMarkdown } from '../body/bodyToMarkdown';
import type { BodyDocument, InlineNode } from '../body/types';

/**
 * A body as the one-line text of an Argdown statement: blocks joined by spaces, bold and italic
 * kept, links and cross-references as their text, citations as `(@key, pinpoint)`, and every
 * character Argdown would read as syntax (mentions, tags, data, comments) escaped.
 */
export function argdownBodyText(body: BodyDocument): string {
  const blocks: string[] = [];
  walkBlocks(body.content, (inline) => {
    const text = inlineText(inline).trim();
    if (text !== '') blocks.push(text);
  });
  return blocks.join(' ');
}

function inlineText(inline: readonly InlineNode[]): string {
  let out = '';
  let run: InlineNode[] = [];
  const flush = () => {
    if (run.length > 0) out += escapeArgdown(inlineToMarkdown(run));
    run = [];
  };
  for (const node of inline) {
    if (node.type === 'citation') {
      flush();
      out += node.attrs.pinpoint
        ? `(@${node.attrs.key}, ${escapePinpoint(node.attrs.pinpoint)})`
        : `(@${node.attrs.key})`;
    } else if (node.type === 'text') {
      const marks = node.marks?.filter((mark) => mark.type !== 'link');
      run.push(
        marks && marks.length > 0 ? { type: 'text', text: node.text, marks } : { type: 'text', text: node.text },
      );
    } else if (node.type === 'crossref') {
      if (node.attrs.label !== '') run.push({ type: 'text', text: node.attrs.label });
    } else {
      run.push({ type: 'text', text: ' ' });
    }
  }
  flush();
  return out;
}

/** Escapes, in Markdown already escaped, what Argdown adds: data braces, tags and comments. */
function escapeArgdown(markdown: string): string {
  return markdown.replace(/[{}#]/g, '\\$&').replace(/\/(?=[/*])/g, '\\/');
}

function escapePinpoint(pinpoint: string): string {
  const escaped = pinpoint
    .replace(/\s+/g, ' ')
    .replace(/[\\{}#<]/g, '\\$&')
    .replace(/\/(?=[/*])/g, '\\/');
  return balanced(escaped) ? escaped : escaped.replace(/[()]/g, '\\$&');
}

function balanced(text: string): boolean {
  let depth = 0;
  for (let index = 0; index < text.length; index++) {
    if (text[index] === '\\') index++;
    else if (text[index] === '(') depth++;
    else if (text[index] === ')' && --depth < 0) return false;
  }
  return depth === 0;
}
