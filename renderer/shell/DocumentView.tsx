import { useEffect, useRef, useState } from 'react';
import type { CaseState, CaseStore, DocumentLayoutName as Layout } from '../state/caseStore';

/**
 * The document preview: the chosen layout's pages as they will print, with the page count. The paged export lays
 * itself out in a sandboxed frame (its own origin, no access to the app) and posts its page count when done; a click
 * on a node's heading or text there posts that node's id, and the outline selects it.
 */
export function DocumentView({ store, state }: { store: CaseStore; state: CaseState }) {
  const layout = state.documentLayout;
  const [html, setHtml] = useState<string | undefined>();
  const [pages, setPages] = useState<number | undefined>();
  const frame = useRef<HTMLIFrameElement>(null);
  const side = documentSide(state);

  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      if (event.source !== frame.current?.contentWindow) return;
      const data = event.data as { casewrightPages?: unknown; casewrightSelect?: unknown } | null;
      const count = data?.casewrightPages;
      if (typeof count === 'number' && Number.isInteger(count) && count > 0) setPages(count);
      const node = data?.casewrightSelect;
      if (typeof node === 'number' && Number.isInteger(node) && node > 0) store.selectInOutline(node);
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [store]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: render again when the case changes
  useEffect(() => {
    let cancelled = false;
    setPages(undefined);
    store.api['export-document']({ format: 'html', paged: true, layout, side }).then(
      (result) => {
        if (cancelled) return;
        setPages(undefined);
        setHtml('text' in result ? result.text : '');
      },
      (error: Error) => store.say(`The preview could not be made: ${error.message}`, 'error'),
    );
    return () => {
      cancelled = true;
    };
  }, [layout, side, state.revision]);

  return (
    <section className="document-view" aria-label="Document">
      <div className="document-controls">
        <label>
          <span className="field-label">Layout</span>
          <select
            aria-label="Layout"
            value={layout}
            onChange={(event) => store.setDocumentLayout(event.target.value as Layout)}
          >
            <option value="memorial">Memorial</option>
            <option value="memo">Memo</option>
            <option value="outline">Oral-argument outline</option>
            <option value="cards">Bench-question cards</option>
          </select>
        </label>
        <span className="document-side">
          Written for the {side === 'applicant' ? 'Applicant' : 'Respondent'}
          {state.sideFilter === 'both' ? ' (the case’s side)' : ''}. Use the side switch to change.
        </span>
        <span className="document-pages" aria-live="polite">
          {html === undefined
            ? ''
            : pages === undefined
              ? 'Laying out the pages…'
              : `${pages} ${pages === 1 ? 'page' : 'pages'}`}
        </span>
      </div>
      {html === undefined ? (
        <p className="panel-empty">Preparing the preview…</p>
      ) : (
        <iframe ref={frame} title="Document preview" className="document-frame" sandbox="allow-scripts" srcDoc={html} />
      )}
    </section>
  );
}

/** Whose document the preview shows: the side chosen in the side switch, else the case's own (the applicant's for both). */
function documentSide(state: CaseState): 'applicant' | 'respondent' {
  if (state.sideFilter !== 'both') return state.sideFilter;
  return state.info?.side === 'respondent' ? 'respondent' : 'applicant';
}
