import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { conflict } from '../model/errors';
import { listVersions, requireVersion, type VersionInfo } from '../store/versionStore';
import type { Compared } from './diffSnapshots';
import { readCaseFileSnapshot } from './readCaseFileSnapshot';
import { readCurrentSnapshot, readVersionSnapshot } from './readSnapshot';

/** What to compare: versions by id or name, the case now (no version), or another case file (by path, or its bytes). */
export interface Comparison {
  from?: number | string;
  to?: number | string;
  withPath?: string;
  /** Another case file's bytes (as a page without the file's path sends it), and its name. */
  withFile?: { name: string; base64: string };
}

const versionLabel = (version: VersionInfo) => `version ${version.id} “${version.name}”`;

/**
 * The two sides of a comparison: `from` (default: the newest version; the case now when another
 * file is named) and `to` (default: the case now), or the other file as it is now.
 */
export function comparedSides(database: Database.Database, comparison: Comparison): [Compared, Compared] {
  const other = comparison.withPath ?? comparison.withFile;
  if (comparison.withPath !== undefined && comparison.withFile !== undefined) {
    throw conflict('Compare with one other file, by its path or by its contents, not both.');
  }
  if (comparison.to !== undefined && other !== undefined) {
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
  else if (other !== undefined) from = now;
  else {
    const [newest] = listVersions(database);
    if (!newest) throw conflict('This case has no versions yet: save one first, or compare with another file.');
    from = side(newest.id);
  }
  if (comparison.withPath !== undefined) {
    return [from, { label: comparison.withPath, snapshot: readCaseFileSnapshot(comparison.withPath) }];
  }
  if (comparison.withFile !== undefined) {
    return [from, { label: comparison.withFile.name, snapshot: readSentCaseFile(comparison.withFile) }];
  }
  return [from, comparison.to === undefined ? now : side(comparison.to)];
}

/** A case file sent as bytes, read from a private copy that is removed at once; its errors name the file sent. */
function readSentCaseFile(file: { name: string; base64: string }) {
  const folder = mkdtempSync(join(tmpdir(), 'casewright-compare-'));
  const copy = join(folder, 'compared.casewright');
  try {
    writeFileSync(copy, Buffer.from(file.base64, 'base64'));
    return readCaseFileSnapshot(copy);
  } catch (error) {
    if (error instanceof Error) error.message = error.message.split(copy).join(file.name);
    throw error;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
