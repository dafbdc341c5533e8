import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** How many case files the record remembers. */
const REMEMBERED = 200;

interface Record {
  size: number;
  mtimeMs: number;
}

const recordPath = (dataFolder: string) => join(dataFolder, 'verified-cases.json');

function read(dataFolder: string): { [path: string]: Record } {
  try {
    return JSON.parse(readFileSync(recordPath(dataFolder), 'utf8')) as { [path: string]: Record };
  } catch {
    return {};
  }
}

/**
 * Whether a case file is exactly as Casewright left it after a clean close (same size and
 * modification time, no write-ahead log left behind), so that its integrity check can be skipped.
 */
export function isUnchangedSinceVerified(path: string, dataFolder: string): boolean {
  const absolute = resolve(path);
  if (existsSync(`${absolute}-wal`)) return false;
  const record = read(dataFolder)[absolute];
  if (!record) return false;
  const stat = statSync(absolute);
  return stat.size === record.size && stat.mtimeMs === record.mtimeMs;
}

/** Records a case file as checked and cleanly closed. */
export function recordVerified(path: string, dataFolder: string): void {
  const absolute = resolve(path);
  try {
    const stat = statSync(absolute);
    const records = read(dataFolder);
    const known = records[absolute];
    // Already the newest record, and the same: a command that only read the case leaves the record as it was.
    const newest = Object.keys(records).at(-1) === absolute;
    if (newest && known?.size === stat.size && known.mtimeMs === stat.mtimeMs) return;
    delete records[absolute];
    records[absolute] = { size: stat.size, mtimeMs: stat.mtimeMs };
    const kept = Object.fromEntries(Object.entries(records).slice(-REMEMBERED));
    mkdirSync(dataFolder, { recursive: true });
    const temporary = `${recordPath(dataFolder)}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(kept));
    renameSync(temporary, recordPath(dataFolder));
  } catch {
    // Only a shortcut for the next open is lost: the file will be checked again.
  }
}

/** Forgets a case file, so that the next open checks it. */
export function forgetVerified(path: string, dataFolder: string): void {
  const records = read(dataFolder);
  const absolute = resolve(path);
  if (!(absolute in records)) return;
  delete records[absolute];
  try {
    writeFileSync(recordPath(dataFolder), JSON.stringify(records));
  } catch {
    // Nothing to do: an unknown file is checked anyway.
  }
}
