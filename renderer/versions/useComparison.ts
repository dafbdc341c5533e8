import { useEffect, useState } from 'react';
import type { MethodOutput } from '../../app/api/handlers';
import type { CaseStore } from '../state/caseStore';

/** Another case file chosen to compare with: its name and its bytes (a page has no path for it). */
export interface OtherCaseFile {
  name: string;
  base64: string;
}

/** What is compared: two versions by id, a version and the case now, or either with another case file. */
export interface ComparedVersions {
  /** A version, or the case now (only against another case file). */
  from: number | 'now';
  to: number | 'now' | OtherCaseFile;
}

export type Comparison = MethodOutput<'versions-compare'>;

/** The service's input for a comparison. */
function comparisonInput({ from, to }: ComparedVersions) {
  const since = from === 'now' ? {} : { from };
  if (typeof to === 'object') return { ...since, withFile: to };
  return to === 'now' ? since : { ...since, to };
}

/**
 * The differences between two versions, read again when the case changes while one side is the case now; the
 * reason when they cannot be read (a version deleted meanwhile).
 */
export function useComparison(store: CaseStore, compared: ComparedVersions, revision: number) {
  const [result, setResult] = useState<{ diff?: Comparison; problem?: string }>({});
  const nowRevision = compared.to === 'now' || compared.from === 'now' ? revision : 0;
  // biome-ignore lint/correctness/useExhaustiveDependencies: compared again when the case now changes
  useEffect(() => {
    let cancelled = false;
    store.api['versions-compare'](comparisonInput(compared)).then(
      (diff) => {
        if (!cancelled) setResult({ diff });
      },
      (error: Error) => {
        if (!cancelled) setResult({ problem: error.message });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [store, compared.from, compared.to, nowRevision]);
  return result;
}
