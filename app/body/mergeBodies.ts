import { blockKey } from './blockKey';
import type { BlockNode, BodyDocument } from './types';

/** Blocks `start` to `end` of the base replaced by `blocks` (an insertion when the range is empty). */
export interface Hunk {
  start: number;
  end: number;
  blocks: BlockNode[];
}

// Past this many pairs of blocks to compare, the changed middle of a body is taken as one change.
const MOST_PAIRS = 4_000_000;

/** The changes that turn the blocks `base` into `next`, in order, found by their longest common subsequence. */
function changes(base: readonly string[], next: readonly string[], nextBlocks: readonly BlockNode[]): Hunk[] {
  let start = 0;
  while (start < base.length && start < next.length && base[start] === next[start]) start++;
  let end = 0;
  while (end < base.length - start && end < next.length - start && base.at(-1 - end) === next.at(-1 - end)) end++;
  const [rows, columns] = [base.length - start - end, next.length - start - end];
  if (rows === 0 && columns === 0) return [];
  if (rows * columns > MOST_PAIRS || rows === 0 || columns === 0) {
    return oneForOne({ start, end: start + rows, blocks: nextBlocks.slice(start, start + columns) });
  }
  // lengths[row][column]: the longest common subsequence of the middles from `row` and `column` on.
  const lengths = Array.from({ length: rows + 1 }, () => new Uint32Array(columns + 1));
  for (let row = rows - 1; row >= 0; row--) {
    for (let column = columns - 1; column >= 0; column--) {
      lengths[row]![column] =
        base[start + row] === next[start + column]
          ? lengths[row + 1]![column + 1]! + 1
          : Math.max(lengths[row + 1]![column]!, lengths[row]![column + 1]!);
    }
  }
  const hunks: Hunk[] = [];
  let [row, column] = [0, 0];
  let open: Hunk | undefined;
  const close = () => {
    if (open) hunks.push(...oneForOne(open));
    open = undefined;
  };
  while (row < rows || column < columns) {
    if (row < rows && column < columns && base[start + row] === next[start + column]) {
      close();
      row++;
      column++;
      continue;
    }
    open ??= { start: start + row, end: start + row, blocks: [] };
    if (column < columns && (row === rows || lengths[row]![column + 1]! >= lengths[row + 1]![column]!)) {
      open.blocks.push(nextBlocks[start + column]!);
      column++;
    } else {
      row++;
      open.end = start + row;
    }
  }
  close();
  return hunks;
}

/** A run of blocks each rewritten in its place, as one change per block (so an edit of the next is no conflict). */
function oneForOne(hunk: Hunk): Hunk[] {
  if (hunk.blocks.length !== hunk.end - hunk.start) return [hunk];
  return hunk.blocks.map((block, index) => ({
    start: hunk.start + index,
    end: hunk.start + index + 1,
    blocks: [block],
  }));
}

/** The blocks of `before` that `after` replaces, as ranges of `before`'s blocks each with what stands in their place. */
export function blockChanges(before: readonly BlockNode[], after: readonly BlockNode[]): Hunk[] {
  return changes(before.map(blockKey), after.map(blockKey), after);
}

function overlaps(hunk: Hunk, start: number, end: number): boolean {
  if (hunk.start === hunk.end && start === end) return hunk.start === start;
  return hunk.start < end && start < hunk.end;
}

/** The base's blocks from `start` to `end` with `hunks` (all within that range, in order) applied. */
function applied(base: readonly BlockNode[], hunks: readonly Hunk[], start: number, end: number): BlockNode[] {
  const result: BlockNode[] = [];
  let position = start;
  for (const hunk of hunks) {
    result.push(...base.slice(position, hunk.start), ...hunk.blocks);
    position = hunk.end;
  }
  result.push(...base.slice(position, end));
  return result;
}

/**
 * Merges two edits of one body, block by block: `draft` (this user's) and `current` (the body stored now, with
 * what others changed since `base`, the body the draft started from). A block changed on one side only takes that
 * change; blocks both sides added at one place are kept, the stored ones first; where both changed the same blocks
 * differently, the draft's text wins.
 */
export function mergeBodies(base: BodyDocument, draft: BodyDocument, current: BodyDocument): BodyDocument {
  // The common case, a body nobody else changed, is settled without comparing block by block.
  const baseJson = JSON.stringify(base.content);
  if (JSON.stringify(current.content) === baseJson) return draft;
  if (JSON.stringify(draft.content) === baseJson) return current;
  const baseKeys = base.content.map(blockKey);
  const ours = changes(baseKeys, draft.content.map(blockKey), draft.content);
  const theirs = changes(baseKeys, current.content.map(blockKey), current.content);
  if (ours.length === 0) return current;
  if (theirs.length === 0) return draft;
  const tagged = [...ours.map((hunk) => ({ hunk, mine: true })), ...theirs.map((hunk) => ({ hunk, mine: false }))].sort(
    (left, right) => left.hunk.start - right.hunk.start || left.hunk.end - right.hunk.end,
  );
  const content: BlockNode[] = [];
  let position = 0;
  for (let index = 0; index < tagged.length; ) {
    const group = [tagged[index]!];
    let [start, end] = [group[0]!.hunk.start, group[0]!.hunk.end];
    for (index++; index < tagged.length && overlaps(tagged[index]!.hunk, start, end); index++) {
      group.push(tagged[index]!);
      end = Math.max(end, tagged[index]!.hunk.end);
    }
    content.push(...base.content.slice(position, start), ...mergedGroup(base.content, group, start, end));
    position = end;
  }
  content.push(...base.content.slice(position));
  return { type: 'doc', content };
}

/** The blocks for a range of the base that one or both sides changed. */
function mergedGroup(
  base: readonly BlockNode[],
  group: readonly { hunk: Hunk; mine: boolean }[],
  start: number,
  end: number,
): BlockNode[] {
  const mine = group.filter((entry) => entry.mine).map((entry) => entry.hunk);
  const others = group.filter((entry) => !entry.mine).map((entry) => entry.hunk);
  if (mine.length === 0) return applied(base, others, start, end);
  if (others.length === 0) return applied(base, mine, start, end);
  const [ourBlocks, theirBlocks] = [applied(base, mine, start, end), applied(base, others, start, end)];
  if (ourBlocks.map(blockKey).join('\n') === theirBlocks.map(blockKey).join('\n')) return ourBlocks;
  if (start === end) return [...theirBlocks, ...ourBlocks];
  return ourBlocks;
}
