import { getSchema } from '@tiptap/core';
import { EditorState } from '@tiptap/pm/state';
import type { Decoration } from '@tiptap/pm/view';
import StarterKit from '@tiptap/starter-kit';
import { describe, expect, it } from 'vitest';
import {
  type CollaboratorCaret,
  collaboratorCaretsKey,
  collaboratorCaretsPlugin,
} from '../../renderer/editor/collaborators/caretDecorations';

const schema = getSchema([StarterKit]);

/** A body of two paragraphs: "Both parties" (positions 1–13) and "consented." (15–25). */
function body(): EditorState {
  const doc = schema.nodeFromJSON({
    type: 'doc',
    content: [
      { type: 'paragraph', content: [{ type: 'text', text: 'Both parties' }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'consented.' }] },
    ],
  });
  return EditorState.create({ doc, plugins: [collaboratorCaretsPlugin(() => () => null as never)] });
}

function withCarets(state: EditorState, carets: CollaboratorCaret[]): EditorState {
  return state.apply(state.tr.setMeta(collaboratorCaretsKey, carets));
}

/** What the editor would draw: each caret as [name, position] and each tinted selection as [from, to]. */
function drawn(state: EditorState): { carets: [string, number][]; selections: [number, number][] } {
  const decorations: Decoration[] = collaboratorCaretsKey.getState(state)?.find() ?? [];
  const carets: [string, number][] = [];
  const selections: [number, number][] = [];
  for (const decoration of decorations) {
    if (decoration.from === decoration.to) carets.push([String(decoration.spec.key).split('-')[2]!, decoration.from]);
    else selections.push([decoration.from, decoration.to]);
  }
  return { carets, selections };
}

const ana = { clientId: 1, name: 'Ana Petrova', colour: '#1d6fb8' };
const ben = { clientId: 2, name: 'Ben Okafor', colour: '#2e7d32' };

describe('collaborators’ carets in a body', () => {
  it('draws each caret at its head and tints a selection between anchor and head', () => {
    const state = withCarets(body(), [
      { ...ana, anchor: 6, head: 6 },
      { ...ben, anchor: 20, head: 15 },
    ]);
    expect(drawn(state)).toEqual({
      carets: [
        ['Ana Petrova', 6],
        ['Ben Okafor', 15],
      ],
      selections: [[15, 20]],
    });
  });

  it('puts a caret from past the end of this copy (typing not yet arrived) at the end of its text', () => {
    const state = withCarets(body(), [{ ...ana, anchor: 400, head: 400 }]);
    expect(drawn(state).carets).toEqual([['Ana Petrova', 25]]);
  });

  it('keeps a caret by its text while this user types before it, until the next positions come', () => {
    let state = withCarets(body(), [{ ...ana, anchor: 20, head: 20 }]);
    state = state.apply(state.tr.insertText('All ', 15));
    expect(drawn(state).carets).toEqual([['Ana Petrova', 24]]);
    state = withCarets(state, []);
    expect(drawn(state).carets).toEqual([]);
  });
});
