import { useCallback, useMemo } from 'react';
import type { BodyDocument } from '../../app/body/types';
import type { Collaborator } from '../../app/collab/presence';
import type { Authority } from '../../app/model/types';
import { StatusBadge } from '../outline/kindIcons';
import type { CaseState, CaseStore } from '../state/caseStore';
import { BodyEditor } from './BodyEditor';
import type { CollaboratorCaret } from './collaborators/collaboratorCarets';
import { NodeFieldList } from './NodeFieldList';
import { useNodeDraft } from './useNodeDraft';
import { useTitleField } from './useTitleField';

type Patch = Omit<Parameters<CaseStore['api']['nodes-update']>[0], 'id'>;

/** The centre: the selected node's title, its fields (those of its kind) and its body, saved as you type. */
export function NodeEditor({
  store,
  state,
  authorities,
}: {
  store: CaseStore;
  state: CaseState;
  authorities: Authority[];
}) {
  const id = state.selectedId;
  const draft = useNodeDraft(store, id, state.revision);
  const title = useTitleField(store, state, draft);
  const { node } = draft;
  const carets = useMemo(() => caretsIn(state.collaborators, id), [state.collaborators, id]);
  const listenForQuotes = useCallback(
    (listener: Parameters<CaseStore['onQuote']>[0]) => store.onQuote(listener),
    [store],
  );

  if (id === undefined || !node || node.id !== id) {
    return (
      <section className="editor empty-editor" aria-label="Editor">
        <p>Select a node in the outline to edit it.</p>
      </section>
    );
  }

  const change = async (patch: Patch) => {
    await draft.flush();
    const updated = await store.run(() => store.api['nodes-update']({ ...patch, id }));
    // The node as shown now: the change's event may have come before this reply, with the new status.
    if (updated) draft.setNode((shown) => (shown && shown.id === id ? { ...shown, ...updated } : shown));
  };

  return (
    <section className="editor" aria-label="Editor">
      <div className="editor-head">
        <label className="title-field">
          <span className="field-label">Title</span>
          <textarea
            ref={title.ref}
            className="title-input"
            rows={1}
            value={draft.title}
            aria-label="Title"
            placeholder={`State the ${node.kind} as one proposition`}
            onChange={title.onChange}
            onKeyDown={title.onKeyDown}
            onBlur={title.onBlur}
          />
        </label>
        <StatusBadge status={node.status} reason={node.statusReason} />
      </div>
      {node.statusReason && <p className="status-reason">{node.statusReason}</p>}
      <NodeFieldList node={node} oral={state.info?.oral} onChange={(patch) => void change(patch as Patch)} />
      <BodyEditor
        nodeId={node.id}
        body={node.body}
        authorities={authorities}
        rows={state.rows}
        onChange={(body: BodyDocument) => draft.schedule({ body })}
        onOpenNode={(target) => store.reveal(target)}
        canReplace={draft.bodyIsCurrent}
        mergeBase={draft.mergeBase}
        onMerged={draft.merged}
        onShown={draft.shown}
        onOpenSource={(index) => store.openSource({ nodeId: node.id, index })}
        listenForQuotes={listenForQuotes}
        carets={carets}
        onSelection={(selection) => store.presence.bodySelection(node.id, selection)}
      />
      <p className="editor-hint">
        Type @ to cite an authority, # to refer to another node. Changes are saved as you type.
      </p>
    </section>
  );
}

/** The carets of the collaborators whose cursor is in the body of node `id`. */
function caretsIn(collaborators: readonly Collaborator[], id: number | undefined): CollaboratorCaret[] {
  return collaborators.flatMap(({ clientId, name, colour, nodeId, field, anchor, head }) =>
    nodeId === id && field === 'body' && anchor !== null && head !== null
      ? [{ clientId, name, colour, anchor, head }]
      : [],
  );
}
