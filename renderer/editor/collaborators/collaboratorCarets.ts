import { Extension } from '@tiptap/core';
import { type CollaboratorCaret, collaboratorCaretsKey, collaboratorCaretsPlugin } from './caretDecorations';

export type { CollaboratorCaret } from './caretDecorations';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    collaboratorCarets: {
      /** Shows these collaborators' carets and selections (and no others) until the next call. */
      setCollaboratorCarets: (carets: readonly CollaboratorCaret[]) => ReturnType;
    };
  }
}

/** The caret: a bar in the collaborator's colour with their name over it. */
function caretElement(caret: CollaboratorCaret): HTMLElement {
  const bar = document.createElement('span');
  bar.className = 'collaborator-caret';
  bar.style.borderColor = caret.colour;
  bar.contentEditable = 'false';
  const label = document.createElement('span');
  label.className = 'collaborator-caret-label';
  label.style.background = caret.colour;
  label.textContent = caret.name;
  bar.append(label);
  return bar;
}

/**
 * Collaborators' carets and selections, with their names and colours: given by `setCollaboratorCarets`, and moved
 * along with this editor's own edits until the next positions come (so that a caret stays by its text meanwhile).
 */
export const CollaboratorCarets = Extension.create({
  name: 'collaboratorCarets',

  addCommands() {
    return {
      setCollaboratorCarets:
        (carets) =>
        ({ tr, dispatch }) => {
          if (dispatch) tr.setMeta(collaboratorCaretsKey, carets).setMeta('addToHistory', false);
          return true;
        },
    };
  },

  addProseMirrorPlugins() {
    return [collaboratorCaretsPlugin((caret) => () => caretElement(caret))];
  },
});
