import type Database from 'better-sqlite3';
import { conflict } from '../model/errors';
import { listVersions, requireVersion, type VersionInfo } from '../store/versionStore';
import type { Compared } from './diffSnapshots';
import { readCaseFileSnapshot } from './readCaseFileSnapshot';
import { readCurrentSnapshot, readVersionSnapshot } from './readSnapshot';

/** What to compare: versions by id or name, the case now (no version), or another case file. */
export interface Comparison {
  from?: number | string;
  to?: number | string;
  withPath?: string;
}

const versionLabel = (version: VersionInfo) => `version ${version.id} “${version.name}”`;

/**
 * The two sides of a comparison: `from` (default: the newest version; the case now when another
 * file is named) and `to` (default: the case now), or the other file as it is now.
 */
export function comparedSides(database: Database.Database, comparison: Comparison): [Compared, Compared] {
  if (comparison.to !== undefined && comparison.withPath !== undefined) {
    throw conflict('Compare with another version or with another file, not both.');
  }
  const now: Compared = { label: 'now', snapshot: readCurrentSnapshot(database) };
  const side = (reference: number | string): Compared => {
    const version = requireVersion(database, reference);
    return {
      label: versionLabel(version),
      snapshot: readVersionSnapshot(database, version.id, now.snapshot),
      base: now.snapshot,
    };
  };
  let from: Compared;
  if (comparison.from !== undefined) from = side(comparison.from);
  else if (comparison.withPath !== undefined) from = now;
  else {
    const [newest] = listVersions(database);
    if (!newest) throw conflict('This case has no versions yet: save one first, or compare with another file.');
    from = side(newest.id);
  }
  if (comparison.withPath !== undefined) {
    return [from, { label: comparison.withPath, snapshot: readCaseFileSnapshot(comparison.withPath) }];
  }
  return [from, comparison.to === undefined ? now : side(comparison.to)];
}
