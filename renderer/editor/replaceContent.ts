import type { Editor } from '@tiptap/core';
import { EditorState, Selection, TextSelection } from '@tiptap/pm/state';
import type { BodyDocument } from '../../app/body/types';
import { keepPlace } from './keepPlace';

/**
 * Shows stored content in the editor without recording it as an edit, and starts the editor's own undo afresh
 * (so that Ctrl+Z cannot bring back text that an undo elsewhere, or another node, had). The cursor stays by its
 * text when `keepCursor` is set (a change before it moves it along), and goes to the start otherwise.
 */
export function replaceContent(editor: Editor, body: BodyDocument, keepCursor: boolean): void {
  const { doc: before, selection: was } = editor.state;
  editor.commands.setContent(body, { emitUpdate: false });
  const { doc, plugins } = editor.state;
  const selection = keepCursor
    ? TextSelection.between(
        doc.resolve(keepPlace(before, doc, was.anchor)),
        doc.resolve(keepPlace(before, doc, was.head)),
      )
    : Selection.atStart(doc);
  editor.view.updateState(EditorState.create({ doc, plugins, selection }));
}
