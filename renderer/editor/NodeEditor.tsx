import { useEffect, useRef, useState } from 'react';
import type { BodyDocument } from '../../app/body/types';
import { TITLE_MAX_LENGTH } from '../../app/model/limits';
import {
  ASSESSMENTS,
  type Authority,
  KINDS_WITH_STANDARD,
  MODES,
  NODE_KINDS,
  type NodeKind,
  PROOF_STANDARDS,
  SIDES,
  WEIGHTS,
} from '../../app/model/types';
import { placeSelected } from '../commands/commands';
import { kindLabel, StatusBadge } from '../outline/kindIcons';
import type { CaseState, CaseStore } from '../state/caseStore';
import { BodyEditor } from './BodyEditor';
import { OralFields } from './OralFields';
import { splitTitle } from './splitTitle';
import { useNodeDraft } from './useNodeDraft';

type Patch = Parameters<CaseStore['api']['nodes-update']>[0];

const words = (value: string) => value.replace(/_/g, ' ');

/** The centre: the selected node's title, kind, side, kind-specific fields and body, saved as you type. */
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
  const { node, title, schedule, flush } = draft;
  const titleRef = useRef<HTMLTextAreaElement>(null);

  const wantsFocus = useRef(false);
  useEffect(() => {
    if (state.focusTitle > 0) wantsFocus.current = true;
  }, [state.focusTitle]);
  useEffect(() => {
    if (!wantsFocus.current || !node || node.id !== id || !titleRef.current) return;
    wantsFocus.current = false;
    titleRef.current.focus();
    titleRef.current.select();
  });
  // The title field grows to show the whole proposition.
  useEffect(() => {
    const field = titleRef.current;
    if (!field) return;
    field.style.height = 'auto';
    field.style.height = `${field.scrollHeight + 2}px`;
  });

  if (id === undefined || !node || node.id !== id) {
    return (
      <section className="editor empty-editor" aria-label="Editor">
        <p>Select a node in the outline to edit it.</p>
      </section>
    );
  }

  const change = async (patch: Omit<Patch, 'id'>) => {
    await flush();
    const updated = await store.run(() => store.api['nodes-update']({ ...patch, id }));
    if (updated) draft.setNode({ ...node, ...updated });
  };
  const hasStandard = KINDS_WITH_STANDARD.includes(node.kind);

  return (
    <section className="editor" aria-label="Editor">
      <div className="editor-head">
        <label className="title-field">
          <span className="field-label">Title</span>
          <textarea
            ref={titleRef}
            className="title-input"
            rows={1}
            value={title}
            aria-label="Title"
            placeholder={`State the ${node.kind} as one proposition`}
            onChange={(event) => {
              const oneLine = event.target.value.replace(/\s*\n\s*/g, ' ');
              const { title: next, overflow } = splitTitle(oneLine, TITLE_MAX_LENGTH);
              draft.setTitle(next);
              store.set({ rows: state.rows.map((row) => (row.id === id ? { ...row, title: next } : row)) });
              if (overflow === '') return schedule({ title: next });
              schedule({ title: next });
              draft.showBody(withLeadingParagraph(draft.body() ?? node.body, overflow));
              store.say(
                `A title holds at most ${TITLE_MAX_LENGTH.toLocaleString('en-GB')} characters: the rest (${overflow.length.toLocaleString('en-GB')} characters) now starts the body, so nothing you pasted is lost.`,
              );
            }}
            onKeyDown={(event) => {
              if (event.key === 'Enter' || event.key === 'Escape') {
                event.preventDefault();
                void flush();
                document.querySelector<HTMLElement>('[role="tree"]')?.focus();
              } else if (event.key === 'Tab' && !event.altKey && !event.ctrlKey && !event.metaKey) {
                // Tab indents the node as it does in the outline; the cursor stays in the title.
                event.preventDefault();
                const method = event.shiftKey ? 'nodes-outdent' : 'nodes-indent';
                void flush().then(() => placeSelected(store, (nodeId) => store.api[method]({ id: nodeId })));
              }
            }}
            onBlur={() => void flush()}
          />
        </label>
        <StatusBadge status={node.status} reason={node.statusReason} />
      </div>
      {node.statusReason && <p className="status-reason">{node.statusReason}</p>}
      <div className="fields">
        <Select
          label="Kind"
          value={node.kind}
          options={NODE_KINDS}
          format={(kind) => kindLabel(kind as NodeKind)}
          onChange={(kind) => change({ kind: kind as NodeKind })}
        />
        <Select
          label="Side"
          value={node.side ?? ''}
          options={['', ...SIDES]}
          format={(side) => (side ? kindLabel(side as NodeKind) : 'Inherited')}
          onChange={(side) => change({ side: side === '' ? null : (side as 'applicant') })}
        />
        {hasStandard && (
          <>
            <Select
              label="Support needed"
              value={node.mode ?? ''}
              options={['', ...MODES]}
              format={(mode) =>
                mode === 'any'
                  ? 'Any one ground (alternative)'
                  : mode === 'all'
                    ? 'Every element (cumulative)'
                    : 'Every element (default)'
              }
              onChange={(mode) => change({ mode: mode === '' ? null : (mode as 'all') })}
            />
            <Select
              label="Proof standard"
              value={node.standard ?? ''}
              options={['', ...PROOF_STANDARDS]}
              format={(standard) => (standard ? words(standard) : 'preponderance (default)')}
              onChange={(standard) => change({ standard: standard === '' ? null : (standard as 'scintilla') })}
            />
          </>
        )}
        {node.kind === 'evidence' && (
          <>
            <Select
              label="Weight"
              value={node.weight ?? ''}
              options={['', ...WEIGHTS]}
              format={(weight) => weight || 'not set'}
              onChange={(weight) => change({ weight: weight === '' ? null : (weight as 'strong') })}
            />
            <Select
              label="Assessment"
              value={node.assessment ?? ''}
              options={['', ...ASSESSMENTS]}
              format={(assessment) => assessment || 'not set'}
              onChange={(assessment) => change({ assessment: assessment === '' ? null : (assessment as 'accepted') })}
            />
          </>
        )}
        {node.kind === 'rule' && (
          <label className="check-field">
            <input
              type="checkbox"
              checked={node.disputed}
              onChange={(event) => change({ disputed: event.target.checked })}
            />
            Disputed
          </label>
        )}
        <OralFields node={node} oral={state.info?.oral} onChange={(patch) => change(patch)} />
        <TagsField tags={node.tags} onChange={(tags) => change({ tags })} />
      </div>
      <BodyEditor
        nodeId={node.id}
        body={node.body}
        authorities={authorities}
        rows={state.rows}
        onChange={(body: BodyDocument) => schedule({ body })}
        onOpenNode={(target) => store.reveal(target)}
        canReplace={draft.bodyIsCurrent}
      />
      <p className="editor-hint">
        Type @ to cite an authority, # to refer to another node. Changes are saved as you type.
      </p>
    </section>
  );
}

function Select({
  label,
  value,
  options,
  format,
  onChange,
}: {
  label: string;
  value: string;
  options: readonly string[];
  format: (value: string) => string;
  onChange: (value: string) => void;
}) {
  return (
    <label className="select-field">
      <span className="field-label">{label}</span>
      <select aria-label={label} value={value} onChange={(event) => onChange(event.target.value)}>
        {options.map((option) => (
          <option key={option} value={option}>
            {format(option)}
          </option>
        ))}
      </select>
    </label>
  );
}

function TagsField({ tags, onChange }: { tags: string[]; onChange: (tags: string[]) => void }) {
  const [text, setText] = useState(tags.join(', '));
  useEffect(() => setText(tags.join(', ')), [tags]);
  const commit = () => {
    const next = [
      ...new Set(
        text
          .split(',')
          .map((tag) => tag.trim())
          .filter(Boolean),
      ),
    ];
    if (next.join(',') !== tags.join(',')) onChange(next);
  };
  return (
    <label className="select-field tags-field">
      <span className="field-label">Tags</span>
      <input
        aria-label="Tags"
        value={text}
        placeholder="comma, separated"
        onChange={(event) => setText(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => event.key === 'Enter' && commit()}
      />
    </label>
  );
}

/** A body with a paragraph of plain text before what it had. */
function withLeadingParagraph(body: BodyDocument, text: string): BodyDocument {
  return { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }, ...body.content] };
}
