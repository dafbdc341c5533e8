import { type ChangeEvent, type KeyboardEvent, useEffect, useRef } from 'react';
import type { BodyDocument } from '../../app/body/types';
import { TITLE_MAX_LENGTH } from '../../app/model/limits';
import { placeSelected } from '../commands/commands';
import type { CaseState, CaseStore } from '../state/caseStore';
import { splitTitle } from './splitTitle';
import type { NodeDraft } from './useNodeDraft';

/** The title box of the selected node: what it does on typing, Enter, Escape, Tab and leaving it. */
export interface TitleField {
  ref: React.RefObject<HTMLTextAreaElement | null>;
  onChange: (event: ChangeEvent<HTMLTextAreaElement>) => void;
  onKeyDown: (event: KeyboardEvent<HTMLTextAreaElement>) => void;
  onBlur: () => void;
}

/**
 * The title box: one line, at most `TITLE_MAX_LENGTH` characters (what a paste puts beyond starts the body), saved as
 * you type; focused and selected when a new node asks for it.
 */
export function useTitleField(store: CaseStore, state: CaseState, draft: NodeDraft): TitleField {
  const ref = useRef<HTMLTextAreaElement>(null);
  const id = state.selectedId;
  const shown = draft.node !== undefined && draft.node.id === id;

  const wantsFocus = useRef(false);
  useEffect(() => {
    if (state.focusTitle > 0) wantsFocus.current = true;
  }, [state.focusTitle]);
  useEffect(() => {
    if (!wantsFocus.current || !shown || !ref.current) return;
    wantsFocus.current = false;
    ref.current.focus();
    ref.current.select();
  });

  const onChange = (event: ChangeEvent<HTMLTextAreaElement>) => {
    const oneLine = event.target.value.replace(/\s*\n\s*/g, ' ');
    const { title, overflow } = splitTitle(oneLine, TITLE_MAX_LENGTH);
    draft.setTitle(title);
    if (id !== undefined) store.typeTitle(id, title);
    draft.schedule({ title });
    if (overflow === '' || !draft.node) return;
    draft.showBody(withLeadingParagraph(draft.body() ?? draft.node.body, overflow));
    store.say(
      `A title holds at most ${TITLE_MAX_LENGTH.toLocaleString('en-GB')} characters: the rest (${overflow.length.toLocaleString('en-GB')} characters) now starts the body, so nothing you pasted is lost.`,
    );
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' || event.key === 'Escape') {
      event.preventDefault();
      void draft.flush();
      document.querySelector<HTMLElement>('[role="tree"]')?.focus();
    } else if (event.key === 'Tab' && !event.altKey && !event.ctrlKey && !event.metaKey) {
      // Tab indents the node as it does in the outline; the cursor stays in the title.
      event.preventDefault();
      const method = event.shiftKey ? 'nodes-outdent' : 'nodes-indent';
      void draft.flush().then(() => placeSelected(store, (nodeId) => store.api[method]({ id: nodeId })));
    }
  };

  return { ref, onChange, onKeyDown, onBlur: () => void draft.flush() };
}

/** A body with a paragraph of plain text before what it had. */
function withLeadingParagraph(body: BodyDocument, text: string): BodyDocument {
  return { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }, ...body.content] };
}
