import { mkdirSync, readdirSync, statSync, unlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join, resolve } from 'node:path';
import type Database from 'better-sqlite3';

/** How many automatic backups are kept for each case. */
export const BACKUPS_KEPT = 10;

export interface BackupInfo {
  path: string;
  createdAt: string;
  size: number;
}

// Node takes some milliseconds to load its crypto module; of what opens a case, only a backup needs it.
const loadCrypto = () => createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto');

/** The folder that holds the backups of one case file, inside the user's data folder. */
export function backupFolderFor(casePath: string, dataFolder: string): string {
  const absolute = resolve(casePath);
  const digest = loadCrypto().createHash('sha256').update(absolute).digest('hex').slice(0, 12);
  const name = basename(absolute)
    .replace(/\.casewright$/i, '')
    .replace(/[^\w.-]+/g, '_');
  return join(dataFolder, 'backups', `${name}-${digest}`);
}

/** Lists a case's backups, newest first. */
export function listBackups(casePath: string, dataFolder: string): BackupInfo[] {
  const folder = backupFolderFor(casePath, dataFolder);
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  return names
    .filter((name) => name.endsWith('.casewright'))
    .sort()
    .reverse()
    .map((name) => {
      const path = join(folder, name);
      return { path, createdAt: timestampFromName(name), size: statSync(path).size };
    });
}

/** Copies an open case into a new backup (a consistent snapshot), then drops the oldest beyond the limit. */
export function backupCase(database: Database.Database, casePath: string, dataFolder: string): BackupInfo {
  const folder = backupFolderFor(casePath, dataFolder);
  mkdirSync(folder, { recursive: true });
  let stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const taken = new Set(readdirSync(folder));
  for (let suffix = 1; taken.has(`${stamp}.casewright`); suffix++) stamp = `${stamp.replace(/~\d+$/, '')}~${suffix}`;
  const path = join(folder, `${stamp}.casewright`);
  database.prepare('VACUUM INTO ?').run(path);
  pruneBackups(casePath, dataFolder);
  return { path, createdAt: timestampFromName(`${stamp}.casewright`), size: statSync(path).size };
}

function pruneBackups(casePath: string, dataFolder: string): void {
  for (const old of listBackups(casePath, dataFolder).slice(BACKUPS_KEPT)) unlinkSync(old.path);
}

function timestampFromName(name: string): string {
  const stamp = name.replace(/\.casewright$/, '').replace(/~\d+$/, '');
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z$/.exec(stamp);
  return match ? `${match[1]}T${match[2]}:${match[3]}:${match[4]}.${match[5]}Z` : stamp;
}
