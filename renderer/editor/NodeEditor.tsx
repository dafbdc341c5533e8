import { useEffect, useRef, useState } from 'react';
import type { MethodOutput } from '../../app/api/handlers';
import type { BodyDocument } from '../../app/body/types';
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
import { kindLabel, StatusBadge } from '../outline/kindIcons';
import type { CaseState, CaseStore } from '../state/caseStore';
import { BodyEditor } from './BodyEditor';

type NodeView = MethodOutput<'nodes-get'>;
type Patch = Parameters<CaseStore['api']['nodes-update']>[0];

const SAVE_DELAY_MS = 250;
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
  const [node, setNode] = useState<NodeView | undefined>();
  const [title, setTitle] = useState('');
  const titleRef = useRef<HTMLInputElement>(null);
  const pending = useRef<{ id: number; patch: Patch; timer: number } | undefined>(undefined);
  const id = state.selectedId;

  const flush = async () => {
    const job = pending.current;
    if (!job) return;
    pending.current = undefined;
    window.clearTimeout(job.timer);
    try {
      await store.api['nodes-update']({ ...job.patch, id: job.id });
      if (job.patch.title !== undefined || job.patch.body !== undefined) await store.refresh();
    } catch (error) {
      store.say((error as Error).message, 'error');
    }
  };

  const schedule = (patch: Omit<Patch, 'id'>) => {
    if (id === undefined) return;
    const merged = pending.current?.id === id ? { ...pending.current.patch, ...patch } : patch;
    if (pending.current && pending.current.id !== id) void flush();
    if (pending.current) window.clearTimeout(pending.current.timer);
    pending.current = { id, patch: { ...merged, id }, timer: window.setTimeout(() => void flush(), SAVE_DELAY_MS) };
  };

  // biome-ignore lint/correctness/useExhaustiveDependencies: reload when the selection or the case changes
  useEffect(() => {
    let cancelled = false;
    void flush();
    if (id === undefined) {
      setNode(undefined);
      return;
    }
    store.api['nodes-get']({ id }).then(
      (loaded) => {
        if (cancelled) return;
        setNode((current) => {
          const typing =
            current?.id === loaded.id && (pending.current !== undefined || document.activeElement === titleRef.current);
          if (!typing) setTitle(loaded.title);
          return loaded;
        });
      },
      () => !cancelled && setNode(undefined),
    );
    return () => {
      cancelled = true;
    };
  }, [id, state.revision]);

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

  // biome-ignore lint/correctness/useExhaustiveDependencies: save what is pending when the editor goes away
  useEffect(() => () => void flush(), []);

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
    if (updated) setNode({ ...node, ...updated });
  };
  const hasStandard = KINDS_WITH_STANDARD.includes(node.kind);

  return (
    <section className="editor" aria-label="Editor">
      <div className="editor-head">
        <label className="title-field">
          <span className="field-label">Title</span>
          <input
            ref={titleRef}
            value={title}
            aria-label="Title"
            placeholder={`State the ${node.kind} as one proposition`}
            maxLength={2000}
            onChange={(event) => {
              setTitle(event.target.value);
              store.set({
                rows: state.rows.map((row) => (row.id === id ? { ...row, title: event.target.value } : row)),
              });
              schedule({ title: event.target.value });
            }}
            onKeyDown={(event) => {
              if (event.key === 'Enter' || event.key === 'Escape') {
                event.preventDefault();
                void flush();
                document.querySelector<HTMLElement>('[role="tree"]')?.focus();
              }
            }}
            onBlur={() => void flush()}
          />
        </label>
        <StatusBadge status={node.status} />
      </div>
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
        <TagsField tags={node.tags} onChange={(tags) => change({ tags })} />
      </div>
      <BodyEditor
        nodeId={node.id}
        body={node.body}
        authorities={authorities}
        rows={state.rows}
        onChange={(body: BodyDocument) => schedule({ body })}
        onOpenNode={(target) => store.reveal(target)}
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
