import { useEffect, useRef } from 'react';
import type { Authority } from '../../app/model/types';
import { pinpointOfUnit, unitsToRead } from '../../app/sources/pinpointAt';
import type { CaseState, CaseStore } from '../state/caseStore';
import { AttachSource } from './AttachSource';
import { CitationCheckState } from './CitationCheckState';
import { evidenceFromSource } from './evidenceFromSource';
import { quoteFromSource } from './quoteFromSource';
import { SourceText } from './SourceText';
import './sourcePane.css';
import { selectedStretch } from './sourceSelection';
import { type CitationCheckView, type Highlight, type SourceView, useSourcePane } from './useSourcePane';

/**
 * The source of a citation beside the editor: its text with the pinpointed unit marked and in view, the check of the
 * citation (settable by hand), a way through the source's units, and Quote, which writes the words selected in it
 * into the node's body with their citation. Escape closes it.
 */
export function SourcePane({
  store,
  state,
  authorities,
  confirm,
}: {
  store: CaseStore;
  state: CaseState;
  authorities: Authority[];
  /** Asks before the source is detached. */
  confirm: (message: string, confirmLabel?: string) => Promise<boolean>;
}) {
  const pane = useSourcePane(store, state);
  const { target, citations, check, source, highlight } = pane;
  const textRef = useRef<HTMLDivElement>(null);
  const sectionRef = useRef<HTMLElement>(null);
  const name = (key: string) => authorities.find((authority) => authority.key === key)?.short || key;

  // biome-ignore lint/correctness/useExhaustiveDependencies: the focus comes to the pane each time a citation is opened in it from outside
  useEffect(() => {
    const section = sectionRef.current;
    if (section && !section.contains(document.activeElement)) section.focus();
  }, [state.source]);

  const close = () => {
    store.closeSource();
    document.querySelector<HTMLElement>('.body-editor')?.focus();
  };

  const quote = () => {
    const stretch = selectedStretch(textRef.current) ?? highlight;
    if (check && source && stretch) quoteFromSource(store, check, source, stretch, name(check.key));
  };
  const asEvidence = () => {
    const stretch = selectedStretch(textRef.current) ?? highlight;
    if (check && source && stretch) void evidenceFromSource(store, check, source, stretch, name(check.key));
  };
  const detach = async () => {
    if (!check || !source) return;
    const message = `Detach ${source.fileName} from “${check.key}”? The case file keeps no copy of it, and its citations are no longer checked.`;
    if (!(await confirm(message, 'Detach'))) return;
    const detached = await store.run(() => store.api['sources-detach']({ key: check.key }));
    if (!detached) return;
    store.say(`Detached ${source.fileName} from “${check.key}”.`);
    pane.reload();
  };

  return (
    <section
      ref={sectionRef}
      className="source-pane"
      aria-label="Source"
      tabIndex={-1}
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || event.defaultPrevented) return;
        event.preventDefault();
        close();
      }}
    >
      <header className="source-head">
        <h2>Source</h2>
        <span className="source-file" title={source ? source.fileName : undefined}>
          {source ? source.fileName : ''}
        </span>
        {check && source && (
          <span className="source-file-actions">
            <AttachSource store={store} authorityKey={check.key} onAttached={pane.reload} replacing />
            <button type="button" onClick={() => void detach()}>
              Detach…
            </button>
          </span>
        )}
        <button type="button" className="source-close" aria-label="Close the source" onClick={close}>
          ×
        </button>
      </header>
      {citations.length === 0 || !target ? (
        <p className="panel-empty">This node cites no authority. Type @ in its body to cite one.</p>
      ) : (
        <label className="source-citation">
          <span className="field-label">Citation</span>
          <select
            aria-label="Citation"
            value={target.index}
            onChange={(event) => store.openSource({ nodeId: target.nodeId, index: Number(event.target.value) })}
          >
            {citations.map((citation) => (
              <option key={citation.index} value={citation.index}>
                {`${citation.index + 1}. ${name(citation.key)}${citation.pinpoint ? `, ${citation.pinpoint}` : ''}`}
              </option>
            ))}
          </select>
        </label>
      )}
      {check && <CitationCheckState store={store} check={check} onChanged={pane.reload} />}
      {check && source && (
        <>
          <SourceMoves
            source={source}
            highlight={highlight}
            onMove={pane.setHighlight}
            onQuote={quote}
            onEvidence={asEvidence}
          />
          <SourceText
            text={source.text}
            label={`Text of ${source.fileName}`}
            highlight={highlight}
            containerRef={textRef}
          />
        </>
      )}
      {check && source === null && <MissingSource store={store} check={check} onAttached={pane.reload} />}
    </section>
  );
}

/** Previous, Go to and Next through the source's units; Quote, and As evidence. */
function SourceMoves({
  source,
  highlight,
  onMove,
  onQuote,
  onEvidence,
}: {
  source: SourceView;
  highlight: Highlight | undefined;
  onMove: (highlight: Highlight) => void;
  onQuote: () => void;
  onEvidence: () => void;
}) {
  const units = unitsToRead(source.units);
  const at = highlight === undefined ? -1 : units.findLastIndex((unit) => unit.start <= highlight.start);
  const move = (index: number) => {
    const unit = units[index];
    if (unit) onMove({ start: unit.start, end: unit.end });
  };
  return (
    <div className="source-moves" role="toolbar" aria-label="Move through the source">
      <button type="button" disabled={at <= 0} onClick={() => move(at - 1)}>
        Previous
      </button>
      <select aria-label="Go to" value={at} onChange={(event) => move(Number(event.target.value))}>
        {at < 0 && <option value={-1}>Go to…</option>}
        {units.map((unit, index) => (
          <option key={`${unit.kind} ${unit.label}`} value={index}>
            {pinpointOfUnit(unit)}
          </option>
        ))}
      </select>
      <button type="button" disabled={at >= units.length - 1} onClick={() => move(at + 1)}>
        Next
      </button>
      <button
        type="button"
        className="primary"
        title="Quote the words selected in the source (or the marked passage) in the body, with their citation"
        onMouseDown={(event) => event.preventDefault()}
        onClick={onQuote}
      >
        Quote
      </button>
      <button
        type="button"
        title="Make the words selected in the source (or the marked passage) a new piece of evidence citing them at their pinpoint"
        onMouseDown={(event) => event.preventDefault()}
        onClick={onEvidence}
      >
        As evidence
      </button>
    </div>
  );
}

function MissingSource({
  store,
  check,
  onAttached,
}: {
  store: CaseStore;
  check: CitationCheckView;
  onAttached: () => void;
}) {
  if (check.state === 'authority-missing') return null;
  return (
    <div className="source-missing">
      <p>No source is attached to “{check.key}”.</p>
      <AttachSource store={store} authorityKey={check.key} onAttached={onAttached} />
    </div>
  );
}
