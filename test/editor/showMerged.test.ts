import { getSchema } from '@tiptap/core';
import { EditorState, TextSelection } from '@tiptap/pm/state';
import StarterKit from '@tiptap/starter-kit';
import { expect, it } from 'vitest';
import type { BodyDocument } from '../../app/body/types';
import { mergedTransaction } from '../../renderer/editor/showMerged';

const schema = getSchema([StarterKit]);

function paragraphs(...texts: string[]): BodyDocument {
  return { type: 'doc', content: texts.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) };
}

/** The editor's state with the cursor after "The Court" in the second of three paragraphs. */
function typing(): EditorState {
  const doc = schema.nodeFromJSON(paragraphs('The parties consented.', 'The Court has', 'Costs follow.'));
  const state = EditorState.create({ doc });
  const cursor = 24 + 'The Court'.length + 1;
  return state.apply(state.tr.setSelection(TextSelection.create(doc, cursor)));
}

it('keeps the cursor in its paragraph when the blocks before and after it change', () => {
  const state = typing();
  const merged = paragraphs('Both parties consented in writing.', 'The Court has', 'Costs are reserved.', 'Appendix.');
  const next = state.apply(mergedTransaction(state, merged)!);
  expect(next.doc.toJSON()).toEqual(schema.nodeFromJSON(merged).toJSON());
  const { $head } = next.selection;
  expect($head.parent.textContent).toBe('The Court has');
  expect($head.parentOffset).toBe('The Court'.length);
});

it('changes nothing, and makes no step, when the merged body is what is shown', () => {
  expect(mergedTransaction(typing(), paragraphs('The parties consented.', 'The Court has', 'Costs follow.'))).toBe(
    null,
  );
});
