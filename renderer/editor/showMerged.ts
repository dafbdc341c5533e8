import type { Editor } from '@tiptap/core';
import type { BodyDocument } from '../../app/body/types';

/**
 * Shows `body` in place of the editor's content by replacing only the part that differs, as a step kept out of the
 * editor's undo: the cursor, the selection and the user's undo history stay with the text they belong to.
 */
export function showMerged(editor: Editor, body: BodyDocument): void {
  const { state } = editor;
  const next = state.schema.nodeFromJSON(body);
  const start = state.doc.content.findDiffStart(next.content);
  const end = state.doc.content.findDiffEnd(next.content);
  if (start === null || !end) return;
  // The ends may overlap the start when the change repeats what is next to it ("aa" → "aaa").
  const overlap = Math.max(0, start - Math.min(end.a, end.b));
  const transaction = state.tr
    .replace(start, end.a + overlap, next.slice(start, end.b + overlap))
    .setMeta('addToHistory', false)
    .setMeta('preventUpdate', true);
  editor.view.dispatch(transaction);
}
