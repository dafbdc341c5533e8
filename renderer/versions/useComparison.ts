import { useEffect, useState } from 'react';
import type { MethodOutput } from '../../app/api/handlers';
import type { CaseStore } from '../state/caseStore';

/** What is compared: two versions by id, or a version and the case now. */
export interface ComparedVersions {
  from: number;
  to: number | 'now';
}

export type Comparison = MethodOutput<'versions-compare'>;

/**
 * The differences between two versions, read again when the case changes while one side is the case now; the
 * reason when they cannot be read (a version deleted meanwhile).
 */
export function useComparison(store: CaseStore, compared: ComparedVersions, revision: number) {
  const [result, setResult] = useState<{ diff?: Comparison; problem?: string }>({});
  const nowRevision = compared.to === 'now' ? revision : 0;
  // biome-ignore lint/correctness/useExhaustiveDependencies: compared again when the case now changes
  useEffect(() => {
    let cancelled = false;
    const input = compared.to === 'now' ? { from: compared.from } : { from: compared.from, to: compared.to };
    store.api['versions-compare'](input).then(
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
