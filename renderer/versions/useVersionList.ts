import { useCallback, useEffect, useState } from 'react';
import type { MethodOutput } from '../../app/api/handlers';
import type { CaseStore } from '../state/caseStore';

/** A version as the list shows it. */
export type VersionEntry = MethodOutput<'versions-list'>['versions'][number];

/**
 * The case's versions, newest first, read again when the case changes (an import or a restore saves one) and when
 * `reload` is called; undefined until the first reading.
 */
export function useVersionList(store: CaseStore, revision: number) {
  const [versions, setVersions] = useState<VersionEntry[] | undefined>();
  const [readings, setReadings] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: read again when the case changes or on demand
  useEffect(() => {
    let cancelled = false;
    store.api['versions-list']({}).then(
      (list) => {
        if (!cancelled) setVersions(list.versions);
      },
      (error: Error) => store.say(error.message, 'error'),
    );
    return () => {
      cancelled = true;
    };
  }, [store, revision, readings]);
  const reload = useCallback(() => setReadings((count) => count + 1), []);
  return { versions, reload };
}

const DATE_FORMAT = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** When a version was saved, in the reader's own format. */
export function versionDate(version: VersionEntry): string {
  return DATE_FORMAT.format(new Date(version.createdAt));
}

/** A version's name and date, as a choice in a list ("Draft sent to coach, 2 Dec 2026, 10:14"). */
export function versionChoice(version: VersionEntry): string {
  return `${version.name}, ${versionDate(version)}`;
}
