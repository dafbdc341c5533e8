import { diffArrays } from 'diff';
import type {
  DocumentLayout,
  IndexGroup,
  LayoutBlock,
  LayoutChange,
  LayoutFootnote,
  LayoutInline,
  LayoutPart,
} from '../documentLayout';
import { inlineKey, markInlines, mergeInlines, similarity } from './inlineTokens';

type Notes = ReadonlyMap<number, LayoutFootnote>;

/**
 * A redline: the later layout with what changed since the earlier one marked, block by block and
 * word by word; deleted text and footnotes stay in, marked `delete`. Footnotes are renumbered in
 * the order they now appear, and the Index of Authorities follows.
 */
export function redlineLayout(
  before: DocumentLayout,
  after: DocumentLayout,
  revision: { author: string; date: string },
): DocumentLayout {
  const notesBefore = new Map(before.footnotes.map((note) => [note.number, note]));
  const notesAfter = new Map(after.footnotes.map((note) => [note.number, note]));
  const partsBefore = new Map(before.parts.map((part) => [part.id, part]));
  const parts: LayoutPart[] = after.parts.map((part) => {
    const earlier = partsBefore.get(part.id);
    return { ...part, blocks: mergeBlocks(earlier?.blocks ?? [], part.blocks, notesBefore, notesAfter) };
  });
  const kept = new Set(after.parts.map((part) => part.id));
  before.parts.forEach((part, index) => {
    if (kept.has(part.id)) return;
    parts.splice(Math.min(index, parts.length), 0, {
      ...part,
      blocks: part.blocks.map((block) => markBlock(block, 'delete')),
    });
  });
  const footnotes: LayoutFootnote[] = [];
  const renumbered = new Map<number, number>();
  const number = (inline: LayoutInline): LayoutInline => {
    if (inline.type !== 'footnote') return inline;
    const source = inline.change === 'delete' ? notesBefore.get(inline.number) : notesAfter.get(inline.number);
    const next = footnotes.length + 1;
    if (inline.change !== 'delete') renumbered.set(inline.number, next);
    footnotes.push({
      number: next,
      runs: source?.runs ?? [],
      citations: inline.change === 'delete' ? [] : (source?.citations ?? []),
      ...(inline.change ? { change: inline.change } : {}),
    });
    return { ...inline, number: next };
  };
  const numberedParts = parts.map((part) => ({
    ...part,
    blocks: part.blocks.map((block) => mapInlines(block, number)),
  }));
  const authorities: IndexGroup[] = after.authorities.map((group) => ({
    ...group,
    entries: group.entries.map((entry) => ({
      ...entry,
      footnotes: entry.footnotes.map((note) => renumbered.get(note) ?? note),
    })),
  }));
  return { ...after, parts: numberedParts, footnotes, authorities, revision };
}

function blockKey(block: LayoutBlock, notes: Notes): string {
  switch (block.type) {
    case 'paragraph':
      return `p${block.style ?? ''}\u0002${inlineKey(block.content, notes)}`;
    case 'argumentHeading':
      return `h${block.depth}\u0002${inlineKey(block.content, notes)}`;
    case 'list':
      return `l${block.ordered}\u0002${block.items.map((item) => item.map((child) => blockKey(child, notes)).join('\u0003')).join('\u0004')}`;
    case 'fields':
      return `f${JSON.stringify(block.fields)}`;
    case 'card':
      return `c\u0002${inlineKey(block.title, notes)}\u0002${block.blocks.map((child) => blockKey(child, notes)).join('\u0003')}`;
    default:
      return block.type;
  }
}

function mergeBlocks(
  before: LayoutBlock[],
  after: LayoutBlock[],
  notesBefore: Notes,
  notesAfter: Notes,
): LayoutBlock[] {
  const merged: LayoutBlock[] = [];
  let indexBefore = 0;
  let indexAfter = 0;
  let removed: LayoutBlock[] = [];
  const flush = (added: LayoutBlock[]) => {
    const pairs = Math.min(removed.length, added.length);
    for (let index = 0; index < Math.max(removed.length, added.length); index++) {
      const earlier = removed[index];
      const later = added[index];
      if (index < pairs && earlier && later && comparable(earlier, later, notesBefore, notesAfter)) {
        merged.push({
          ...later,
          content: mergeInlines(earlier.content, (later as TextBlock).content, notesBefore, notesAfter),
        } as LayoutBlock);
        continue;
      }
      if (earlier) merged.push(markBlock(earlier, 'delete'));
      if (later) merged.push(markBlock(later, 'insert'));
    }
    removed = [];
  };
  const parts = diffArrays(
    before.map((block) => blockKey(block, notesBefore)),
    after.map((block) => blockKey(block, notesAfter)),
  );
  for (const part of parts) {
    const count = part.value.length;
    if (part.removed) {
      removed.push(...before.slice(indexBefore, indexBefore + count));
      indexBefore += count;
    } else if (part.added) {
      flush(after.slice(indexAfter, indexAfter + count));
      indexAfter += count;
    } else {
      flush([]);
      merged.push(...after.slice(indexAfter, indexAfter + count));
      indexAfter += count;
      indexBefore += count;
    }
  }
  flush([]);
  return merged;
}

type TextBlock = Extract<LayoutBlock, { type: 'paragraph' | 'argumentHeading' }>;

/** Two blocks to redline word by word: text blocks of one kind that keep at least half their words. */
function comparable(
  before: LayoutBlock,
  after: LayoutBlock,
  notesBefore: Notes,
  notesAfter: Notes,
): before is TextBlock {
  const sameKind =
    (before.type === 'paragraph' && after.type === 'paragraph' && before.style === after.style) ||
    (before.type === 'argumentHeading' && after.type === 'argumentHeading' && before.depth === after.depth);
  if (!sameKind) return false;
  return similarity(before.content, (after as TextBlock).content, notesBefore, notesAfter) >= 0.5;
}

/** A block marked as a whole as inserted or deleted. */
function markBlock(block: LayoutBlock, change: LayoutChange): LayoutBlock {
  if (block.type === 'paragraph' || block.type === 'argumentHeading') {
    return { ...block, content: markInlines(block.content, change) };
  }
  if (block.type === 'list')
    return { ...block, items: block.items.map((item) => item.map((child) => markBlock(child, change))) };
  return block;
}

function mapInlines(block: LayoutBlock, map: (inline: LayoutInline) => LayoutInline): LayoutBlock {
  if (block.type === 'paragraph' || block.type === 'argumentHeading')
    return { ...block, content: block.content.map(map) };
  if (block.type === 'list')
    return { ...block, items: block.items.map((item) => item.map((child) => mapInlines(child, map))) };
  if (block.type === 'card')
    return { ...block, title: block.title.map(map), blocks: block.blocks.map((child) => mapInlines(child, map)) };
  return block;
}
