import { bodyCitations } from '../body/bodyText';
import type { DocumentNode } from '../interchange/documentSchema';
import type { LayoutBlock, LayoutInline } from './documentLayout';
import { type FootnoteWriter, mergeByAuthority } from './footnoteWriter';
import { asSentence } from './sentence';

/**
 * The facts: every piece of evidence that is not rejected, once each, in reading order, as a sentence with its
 * sources in a footnote. Notes (and evidence below them) only when `includeNotes`.
 */
export function statementOfFacts(
  nodes: readonly DocumentNode[],
  notes: FootnoteWriter,
  includeNotes: boolean,
): LayoutBlock[] {
  const seen = new Set<string>();
  const blocks: LayoutBlock[] = [];
  const stack = [...nodes].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.kind === 'note' && !includeNotes) continue;
    stack.push(...[...(node.children ?? [])].reverse());
    const title = asSentence(node.title);
    if (node.kind !== 'evidence' || node.assessment === 'rejected' || title === '' || seen.has(title)) continue;
    seen.add(title);
    const content: LayoutInline[] = [{ type: 'text', text: title }];
    const sources = mergeByAuthority(node.body ? bodyCitations(node.body) : []);
    if (sources.length > 0) content.push(notes.cite(sources));
    blocks.push(
      node.id === undefined ? { type: 'paragraph', content } : { type: 'paragraph', content, nodeId: node.id },
    );
  }
  if (blocks.length === 0) {
    blocks.push({ type: 'paragraph', content: [{ type: 'text', text: 'The case records no evidence yet.' }] });
  }
  return blocks;
}
