import { useCallback, useEffect, useState } from 'react';
import type { MethodOutput } from '../../app/api/handlers';
import type { CaseState, CaseStore, SourceTarget } from '../state/caseStore';

export type CitationCheckView = MethodOutput<'citecheck-get'>['citations'][number];
export type SourceView = MethodOutput<'sources-get'>;

/** A stretch of the source's text the pane marks and scrolls to. */
export interface Highlight {
  start: number;
  end: number;
}

export interface SourcePaneState {
  /** The citation shown: the pane's own, or the first of the selected node once another node is selected. */
  target: SourceTarget | undefined;
  /** The selected node's citations, each as the check found it. */
  citations: CitationCheckView[];
  check: CitationCheckView | undefined;
  /** The source of the citation's authority; null when it has none, undefined while it is read. */
  source: SourceView | null | undefined;
  highlight: Highlight | undefined;
  setHighlight: (highlight: Highlight) => void;
  /** Reads the checks (and the source) again, after something changed them. */
  reload: () => void;
}

/** What the source pane shows, read through the service API and read again when the case changes. */
export function useSourcePane(store: CaseStore, state: CaseState): SourcePaneState {
  const nodeId = state.selectedId;
  const target =
    nodeId === undefined ? undefined : state.source?.nodeId === nodeId ? state.source : { nodeId, index: 0 };
  const [citations, setCitations] = useState<CitationCheckView[]>([]);
  const [source, setSource] = useState<SourceView | null | undefined>();
  const [highlight, setHighlight] = useState<Highlight | undefined>();
  const [reads, setReads] = useState(0);
  const reload = useCallback(() => setReads((count) => count + 1), []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: read again when the case changes
  useEffect(() => {
    if (nodeId === undefined) return setCitations([]);
    let cancelled = false;
    store.api['citecheck-get']({}).then(
      (result) => {
        if (!cancelled) setCitations(result.citations.filter((citation) => citation.nodeId === nodeId));
      },
      (error: Error) => store.say(error.message, 'error'),
    );
    return () => {
      cancelled = true;
    };
  }, [store, nodeId, state.revision, reads]);

  const check = target === undefined ? undefined : citations[target.index];
  const key = check?.key;
  // biome-ignore lint/correctness/useExhaustiveDependencies: read again when sources may have changed
  useEffect(() => {
    if (key === undefined) return setSource(undefined);
    let cancelled = false;
    store.api['sources-get']({ key }).then(
      (result) => {
        if (!cancelled) setSource(result);
      },
      () => {
        if (!cancelled) setSource(null);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [store, key, reads, state.authoritiesRevision]);

  const start = check?.range?.start;
  const end = check?.range?.end;
  useEffect(() => {
    setHighlight(start === undefined || end === undefined ? undefined : { start, end });
  }, [start, end]);

  return { target, citations, check, source, highlight, setHighlight, reload };
}
