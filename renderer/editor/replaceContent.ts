import type { Editor } from '@tiptap/core';
import { EditorState, Selection } from '@tiptap/pm/state';
import type { BodyDocument } from '../../app/body/types';

/**
 * Shows stored content in the editor without recording it as an edit, and starts the editor's own undo afresh
 * (so that Ctrl+Z cannot bring back text that an undo elsewhere, or another node, had). The cursor stays near
 * where it was when `keepCursor` is set, and goes to the start otherwise.
 */
export function replaceContent(editor: Editor, body: BodyDocument, keepCursor: boolean): void {
  const before = editor.state.selection.from;
  editor.commands.setContent(body, { emitUpdate: false });
  const { doc, plugins } = editor.state;
  const selection = keepCursor
    ? Selection.near(doc.resolve(Math.min(before, doc.content.size)))
    : Selection.atStart(doc);
  editor.view.updateState(EditorState.create({ doc, plugins, selection }));
}
