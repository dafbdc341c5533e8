import { useEffect, useState } from 'react';
import type { MethodOutput } from '../../app/api/handlers';
import type { CaseStore, DocumentLayoutName } from '../state/caseStore';

export type ExportWarning = MethodOutput<'export-check'>['warnings'][number];

/**
 * What an export of the case in a layout, for a side, would warn of (word limits, citations of no authority, a
 * memorial's citations not verified against their sources), read before anything is exported and again when the
 * case changes.
 */
export function useExportWarnings(
  store: CaseStore,
  layout: DocumentLayoutName,
  side: 'applicant' | 'respondent',
  revision: number,
): ExportWarning[] {
  const [warnings, setWarnings] = useState<ExportWarning[]>([]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: read again when the case changes
  useEffect(() => {
    let cancelled = false;
    store.api['export-check']({ layout, side }).then(
      (checked) => {
        if (!cancelled) setWarnings(checked.warnings);
      },
      () => {
        if (!cancelled) setWarnings([]);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [store, layout, side, revision]);
  return warnings;
}
