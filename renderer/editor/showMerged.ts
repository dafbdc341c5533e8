import type { Editor } from '@tiptap/core';
import { Fragment } from '@tiptap/pm/model';
import type { EditorState, Transaction } from '@tiptap/pm/state';
import { blockChanges } from '../../app/body/mergeBodies';
import type { BlockNode, BodyDocument } from '../../app/body/types';
import { toBody } from './toBody';

/**
 * The transaction that turns the editor's content into `body` by replacing only the blocks that differ, each on its
 * own and kept out of the editor's undo: the cursor, the selection and the user's undo history stay with the text
 * they belong to, even between two changed blocks. Null when nothing differs.
 */
export function mergedTransaction(state: EditorState, body: BodyDocument): Transaction | null {
  const shown: BlockNode[] = [];
  const starts: number[] = [];
  state.doc.forEach((block, offset) => {
    starts.push(offset);
    // Each block as the service would store it, to compare with the merged body's; one that would be dropped
    // compares as itself.
    shown.push(toBody({ type: 'doc', content: [block.toJSON()] }).content[0] ?? (block.toJSON() as BlockNode));
  });
  starts.push(state.doc.content.size);
  const changes = blockChanges(shown, body.content);
  if (changes.length === 0) return null;
  const transaction = state.tr;
  // From the last change back, so that the positions of the earlier ones still hold.
  for (const change of [...changes].reverse()) {
    const blocks = change.blocks.map((block) => state.schema.nodeFromJSON(block));
    transaction.replaceWith(starts[change.start]!, starts[change.end]!, Fragment.from(blocks));
  }
  return transaction.setMeta('addToHistory', false).setMeta('preventUpdate', true);
}

/** Shows `body`, the editor's text merged with a stored body, in place of the editor's content (`mergedTransaction`). */
export function showMerged(editor: Editor, body: BodyDocument): void {
  const transaction = mergedTransaction(editor.state, body);
  if (transaction) editor.view.dispatch(transaction);
}
