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
import { inlineKey, markInlines, mergeInlines, mergeRuns, similarity } from './inlineTokens';

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
    const { was, ...call } = inline;
    const source = inline.change === 'delete' ? notesBefore.get(inline.number) : notesAfter.get(inline.number);
    const revised = was === undefined ? undefined : notesBefore.get(was);
    const next = footnotes.length + 1;
    if (inline.change !== 'delete') renumbered.set(inline.number, next);
    footnotes.push({
      number: next,
      runs: revised ? mergeRuns(revised.runs, source?.runs ?? []) : (source?.runs ?? []),
      citations: inline.change === 'delete' ? [] : (source?.citations ?? []),
      ...(inline.change ? { change: inline.change } : {}),
    });
    return { ...call, number: next };
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

/**
 * The earlier and later blocks merged: the same ones once, a changed paragraph or heading word by word, a changed
 * list item by item (so that an outline's edited point is marked, not the whole outline), the rest marked as a whole.
 */
function mergeBlocks(
  before: readonly LayoutBlock[],
  after: readonly LayoutBlock[],
  notesBefore: Notes,
  notesAfter: Notes,
): LayoutBlock[] {
  return mergeSequences(
    before,
    after,
    (block, notes) => blockKey(block, notes),
    (earlier, later) => mergeBlock(earlier, later, notesBefore, notesAfter),
    (block, change) => [markBlock(block, change)],
    notesBefore,
    notesAfter,
  );
}

/** Two blocks merged into one, or undefined when they are too different to be one block revised. */
function mergeBlock(before: LayoutBlock, after: LayoutBlock, notesBefore: Notes, notesAfter: Notes) {
  if (before.type === 'list' && after.type === 'list' && before.ordered === after.ordered) {
    const items = mergeSequences(
      before.items,
      after.items,
      (item, notes) => item.map((child) => blockKey(child, notes)).join('\u0003'),
      (earlier, later) => mergeItem(earlier, later, notesBefore, notesAfter),
      (item, change) => [item.map((child) => markBlock(child, change))],
      notesBefore,
      notesAfter,
    );
    return { ...after, items };
  }
  // A memo's heading fields (To, From, Date, Re) are plain values: the later ones stand, unmarked, once.
  if (before.type === 'fields' && after.type === 'fields') return after;
  if (comparable(before, after, notesBefore, notesAfter)) {
    return { ...after, content: mergeInlines(before.content, (after as TextBlock).content, notesBefore, notesAfter) };
  }
  return undefined;
}

/** Two list items (a point, then what hangs under it) as one revised, when their first blocks are one revised. */
function mergeItem(before: LayoutBlock[], after: LayoutBlock[], notesBefore: Notes, notesAfter: Notes) {
  const [first] = before;
  const [next] = after;
  if (!first || !next) return undefined;
  const same = blockKey(first, notesBefore) === blockKey(next, notesAfter);
  if (!same && !mergeBlock(first, next, notesBefore, notesAfter)) return undefined;
  return mergeBlocks(before, after, notesBefore, notesAfter);
}

/**
 * Two sequences merged: the runs both have kept, and where one run was replaced by another each later element
 * merged with the first earlier one (in order) it can be merged with; the earlier ones passed over are deleted.
 */
function mergeSequences<T>(
  before: readonly T[],
  after: readonly T[],
  key: (element: T, notes: Notes) => string,
  merge: (before: T, after: T) => T | undefined,
  mark: (element: T, change: LayoutChange) => T[],
  notesBefore: Notes,
  notesAfter: Notes,
): T[] {
  const merged: T[] = [];
  let indexBefore = 0;
  let indexAfter = 0;
  let removed: T[] = [];
  const flush = (added: readonly T[]) => {
    // Each later element is matched with the first earlier one, after the last matched, that it revises.
    const matches: ({ at: number; revised: T } | undefined)[] = [];
    let from = 0;
    for (const later of added) {
      let match: { at: number; revised: T } | undefined;
      for (let at = from; at < removed.length && !match; at++) {
        const revised = merge(removed[at]!, later);
        if (revised !== undefined) match = { at, revised };
      }
      matches.push(match);
      if (match) from = match.at + 1;
    }
    // Deletions come before the insertions beside them: the earlier elements up to the next match go first.
    let next = 0;
    const deleteUpTo = (end: number) => {
      for (const earlier of removed.slice(next, end)) merged.push(...mark(earlier, 'delete'));
      next = Math.max(next, end);
    };
    added.forEach((later, index) => {
      const upcoming = matches.slice(index).find((match) => match !== undefined);
      deleteUpTo(upcoming?.at ?? removed.length);
      const match = matches[index];
      if (match) {
        merged.push(match.revised);
        next = match.at + 1;
      } else merged.push(...mark(later, 'insert'));
    });
    deleteUpTo(removed.length);
    removed = [];
  };
  const parts = diffArrays(
    before.map((element) => key(element, notesBefore)),
    after.map((element) => key(element, notesAfter)),
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
  if (block.type === 'card')
    return {
      ...block,
      title: markInlines(block.title, change),
      blocks: block.blocks.map((child) => markBlock(child, change)),
    };
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
