import type { Node as ProseMirrorNode } from '@tiptap/pm/model';

/**
 * Where `position` of `before` is in `after`, another version of the same body: where they first differ and where
 * they last differ are found, and a position before the change stays, one after it moves by the change's length (so
 * that a cursor stays by its text while a collaborator types elsewhere), one inside it goes to the change's start.
 */
export function keepPlace(before: ProseMirrorNode, after: ProseMirrorNode, position: number): number {
  const start = before.content.findDiffStart(after.content);
  if (start === null || position <= start) return Math.min(position, after.content.size);
  const end = before.content.findDiffEnd(after.content);
  if (!end) return Math.min(position, after.content.size);
  // The ends may overlap the start when the change repeats what is next to it ("aa" → "aaa").
  const overlap = Math.max(0, start - Math.min(end.a, end.b));
  const [endBefore, endAfter] = [end.a + overlap, end.b + overlap];
  return position >= endBefore ? position - endBefore + endAfter : start;
}
