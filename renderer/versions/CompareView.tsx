import { useEffect, useMemo, useRef, useState } from 'react';
import { KindIcon } from '../outline/kindIcons';
import type { CaseState, CaseStore } from '../state/caseStore';
import { useCaseFileChooser } from './CaseFileChooser';
import { ComparedSummary } from './ComparedSummary';
import { changeSummary, NodeChange } from './NodeChange';
import type { RedlineSide } from './TextRedline';
import { type ComparedVersions, useComparison } from './useComparison';
import { useVersionList, versionChoice } from './useVersionList';
import './versions.css';

/** How many changed nodes are shown at first; the rest on demand, so that a large comparison opens at once. */
const FIRST_SHOWN = 200;

type Layout = 'inline' | 'side-by-side';

/**
 * Two versions of the case (or a version and now, or either and another case file) compared as trees: each changed
 * node with its title, move, fields and body marked word by word, inline or side by side; a node of the case now can
 * be gone to.
 */
export function CompareView({
  store,
  state,
  compared,
  onCompare,
  onClose,
}: {
  store: CaseStore;
  state: CaseState;
  compared: ComparedVersions;
  onCompare: (compared: ComparedVersions) => void;
  onClose: () => void;
}) {
  const { versions = [] } = useVersionList(store, state.revision);
  const { diff, problem } = useComparison(store, compared, state.revision);
  const [layout, setLayout] = useState<Layout>('inline');
  const [shown, setShown] = useState(FIRST_SHOWN);
  const section = useRef<HTMLElement>(null);
  // The comparison takes the focus when it opens, so that the keyboard starts there (and Escape closes it).
  useEffect(() => section.current?.focus(), []);
  const titles = useMemo(() => {
    const byId = new Map<number, string>(diff?.nodes.map((node) => [node.id, node.title]));
    for (const row of state.rows) byId.set(row.id, row.title);
    return byId;
  }, [diff, state.rows]);
  const nowIds = useMemo(() => new Set(state.rows.map((row) => row.id)), [state.rows]);
  const parentName = (parentId: number | null) =>
    parentId === null ? 'the top level' : `“${titles.get(parentId) || `node ${parentId}`}”`;
  const goTo = (id: number) => {
    onClose();
    store.reveal(id);
  };
  const sides: RedlineSide[] = layout === 'inline' ? ['both'] : ['before', 'after'];
  const otherFile = typeof compared.to === 'object' ? compared.to : undefined;
  const chooser = useCaseFileChooser(store, (file) => onCompare({ from: compared.from, to: file }));
  /** A node of the case now that the comparison shows: not one of another file's own. */
  const inCaseNow = (id: number, change: string) =>
    otherFile
      ? compared.from === 'now' && change !== 'added' && nowIds.has(id)
      : change !== 'removed' && nowIds.has(id);
  const chooseTo = (value: string) => {
    if (value === 'choose-file') return chooser.choose();
    if (value === 'file') return;
    const from = compared.from === 'now' ? versions[0]?.id : compared.from;
    if (from === undefined) return;
    onCompare({ from, to: value === 'now' ? 'now' : Number(value) });
  };

  return (
    <section
      ref={section}
      tabIndex={-1}
      className="compare-view"
      aria-label="Compare versions"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && event.target instanceof HTMLElement && event.target.tagName !== 'SELECT') {
          onClose();
        }
      }}
    >
      <div className="compare-controls">
        <h2>Compare</h2>
        <label>
          <span className="field-label">From</span>
          <select
            aria-label="Compare from"
            value={compared.from}
            onChange={(event) =>
              onCompare({ ...compared, from: event.target.value === 'now' ? 'now' : Number(event.target.value) })
            }
          >
            {otherFile && <option value="now">Now (the case as it is)</option>}
            {versions.map((version) => (
              <option key={version.id} value={version.id}>
                {versionChoice(version)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span className="field-label">To</span>
          <select
            aria-label="Compare to"
            value={typeof compared.to === 'object' ? 'file' : compared.to}
            onChange={(event) => chooseTo(event.target.value)}
          >
            <option value="now">Now (the case as it is)</option>
            {versions.map((version) => (
              <option key={version.id} value={version.id}>
                {versionChoice(version)}
              </option>
            ))}
            {otherFile && <option value="file">{`File: ${otherFile.name}`}</option>}
            <option value="choose-file">Another case file…</option>
          </select>
        </label>
        {chooser.input}
        <div className="segmented" role="radiogroup" aria-label="Show the changes">
          {(
            [
              ['inline', 'Inline'],
              ['side-by-side', 'Side by side'],
            ] as const
          ).map(([value, label]) => (
            <button
              key={value}
              type="button"
              role="radio"
              aria-checked={layout === value}
              onClick={() => setLayout(value)}
            >
              {label}
            </button>
          ))}
        </div>
        <button type="button" onClick={onClose}>
          Close comparison
        </button>
      </div>
      {problem && (
        <p role="alert" className="dialog-problem">
          {problem}
        </p>
      )}
      {diff && <ComparedSummary diff={diff} />}
      {diff && diff.nodes.length > 0 && (
        <ol className={`change-list layout-${layout}`} aria-label="Changed nodes">
          {layout === 'side-by-side' && (
            <li className="change-columns" aria-hidden="true">
              <span>{diff.from}</span>
              <span>{diff.to}</span>
            </li>
          )}
          {diff.nodes.slice(0, shown).map((difference) => {
            const summary = changeSummary(difference);
            return (
              <li
                key={`${difference.change}-${difference.id}`}
                className={`node-change change-${difference.change}`}
                aria-label={`${summary}: ${difference.title || `untitled ${difference.kind}`}`}
                style={{ marginLeft: `${Math.min(difference.depth, 8) * 14}px` }}
              >
                <div className="node-change-heading">
                  <KindIcon kind={difference.kind} />
                  <span className="change-tag">{summary}</span>
                  {inCaseNow(difference.id, difference.change) && (
                    <button
                      type="button"
                      className="link-button"
                      aria-label={`Go to “${difference.title || `untitled ${difference.kind}`}”`}
                      onClick={() => goTo(difference.id)}
                    >
                      Go to node
                    </button>
                  )}
                </div>
                <div className="node-change-sides">
                  {sides.map((side) => (
                    <NodeChange key={side} difference={difference} side={side} parentName={parentName} />
                  ))}
                </div>
              </li>
            );
          })}
        </ol>
      )}
      {diff && diff.nodes.length > shown && (
        <button type="button" onClick={() => setShown(diff.nodes.length)}>
          Show all {diff.nodes.length} changed nodes
        </button>
      )}
    </section>
  );
}
