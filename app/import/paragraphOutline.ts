import type { BlockNode, BodyDocument, InlineNode, ParagraphNode } from '../body/types';
import type { OutlineEntry } from './outlineToNodes';

const LONGEST_TITLE = 2000;

/**
 * The outline of a document without headings: its first paragraph becomes the issue and every other
 * paragraph a claim below it. A paragraph's title is its text; one that is longer than a title may be, or
 * carries what a title cannot (citations, links, emphasis), is titled by its first sentence and kept whole as
 * its body. Lists, tables and the blocks in `attached` (a paragraph's notes) stay with the paragraph above them.
 */
export function paragraphOutline(body: BodyDocument, attached: ReadonlySet<BlockNode> = new Set()): OutlineEntry[] {
  const entries: OutlineEntry[] = [];
  const leading: BlockNode[] = [];
  let count = 0;
  for (const block of body.content) {
    const current = entries[entries.length - 1];
    if (block.type !== 'paragraph' || attached.has(block)) {
      (current ? current.body.content : leading).push(block);
      continue;
    }
    count++;
    const { title, keep } = paragraphTitle(block);
    entries.push({
      level: entries.length === 0 ? 1 : 2,
      title,
      where: `paragraph ${count}`,
      body: { type: 'doc', content: keep ? [block] : [] },
    });
  }
  if (entries.length === 0) return [{ level: null, title: '', where: 'paragraph 1', body }];
  entries[0]!.body.content.unshift(...leading);
  return entries;
}

/** The title of a paragraph, and whether the paragraph must be kept as the body to lose nothing. */
function paragraphTitle(paragraph: ParagraphNode): { title: string; keep: boolean } {
  const content = paragraph.content ?? [];
  const text = content.map(plainText).join('').replace(/\s+/g, ' ').trim();
  const plain = content.every((node) => node.type === 'hardBreak' || (node.type === 'text' && !node.marks?.length));
  if (plain && text.length <= LONGEST_TITLE) return { title: text, keep: false };
  return { title: firstSentence(text), keep: true };
}

function plainText(node: InlineNode): string {
  if (node.type === 'text') return node.text;
  if (node.type === 'crossref') return node.attrs.label;
  return ' ';
}

/** The first sentence of a text, cut at a word (with "…") where it is longer than a title may be. */
function firstSentence(text: string): string {
  const sentence = /^.+?[.!?](?=\s+\p{Lu})/u.exec(text)?.[0] ?? text;
  if (sentence.length <= LONGEST_TITLE) return sentence;
  const cut = sentence.slice(0, LONGEST_TITLE - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > LONGEST_TITLE / 2 ? cut.slice(0, space) : cut}…`;
}
