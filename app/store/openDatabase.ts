import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { CasewrightError, conflict, DamagedFileError, fileRefused } from '../model/errors';
import { backupCase } from './backups';
import { CASEWRIGHT_APPLICATION_ID, inspectCaseFile } from './fileHeader';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations/index';
import { isDamagedDatabaseError } from './sqliteDamage';
import { isUnchangedSinceVerified } from './verifiedFiles';

/** Busy timeout, so that a second process waits for a writer instead of failing. */
const BUSY_TIMEOUT_MS = 5000;

/** Creates a new, empty case file at `path`. Refuses to overwrite an existing file. */
export function createCaseDatabase(path: string): Database.Database {
  if (existsSync(path)) throw conflict(`${path} already exists; choose another file name.`);
  const database = new Database(path);
  try {
    database.pragma(`application_id = ${CASEWRIGHT_APPLICATION_ID}`);
    configure(database);
    migrate(database, 0);
    return database;
  } catch (error) {
    database.close();
    throw error;
  }
}

/**
 * Opens an existing case file: checks its header (refusing, untouched, what is not a Casewright case
 * of a known schema), checks its integrity unless the file is exactly as a clean close left it,
 * backs it up and migrates it when its schema is older.
 */
export function openCaseDatabase(path: string, dataFolder: string): Database.Database {
  inspectCaseFile(path, SCHEMA_VERSION);
  let database: Database.Database;
  try {
    database = new Database(path, { fileMustExist: true });
  } catch (error) {
    throw openFailure(path, error);
  }
  try {
    database.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    if (!isUnchangedSinceVerified(path, dataFolder)) checkIntegrity(database, path);
    configure(database);
    // Read through the connection: while another process has the case open, the header's copy may be stale (WAL).
    const userVersion = database.pragma('user_version', { simple: true }) as number;
    if (userVersion > SCHEMA_VERSION) inspectCaseFile(path, SCHEMA_VERSION, userVersion);
    if (userVersion < SCHEMA_VERSION) {
      backupCase(database, path, dataFolder);
      migrate(database, userVersion);
    }
    return database;
  } catch (error) {
    database.close();
    throw openFailure(path, error);
  }
}

/** What a failed open is to the user: damaged when SQLite's error code says so, otherwise refused with SQLite's reason. */
function openFailure(path: string, error: unknown): CasewrightError {
  if (error instanceof CasewrightError) return error;
  const reason = error instanceof Error ? error.message : String(error);
  if (isDamagedDatabaseError(error))
    return new DamagedFileError(`${path} is damaged and cannot be opened (${reason}).`);
  return fileRefused(`${path} cannot be opened: ${reason}.`);
}

function checkIntegrity(database: Database.Database, path: string): void {
  let rows: { quick_check: string }[];
  try {
    rows = database.pragma('quick_check(3)') as { quick_check: string }[];
  } catch (error) {
    // The full-text index checks itself and reports its damage as a plain SQLITE_ERROR.
    if (!isDamagedDatabaseError(error) && (error as { code?: unknown }).code !== 'SQLITE_ERROR') throw error;
    throw new DamagedFileError(`${path} is damaged: the integrity check failed (${(error as Error).message}).`);
  }
  const problems = rows.map((row) => row.quick_check).filter((result) => result !== 'ok');
  if (problems.length > 0) {
    throw new DamagedFileError(`${path} is damaged: the integrity check failed (${problems.join('; ')}).`);
  }
}

function configure(database: Database.Database): void {
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = NORMAL');
  database.pragma('foreign_keys = ON');
  database.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  database.pragma('temp_store = MEMORY');
}

function migrate(database: Database.Database, fromVersion: number): void {
  const pending = MIGRATIONS.slice(fromVersion);
  if (pending.length === 0) return;
  database
    .transaction(() => {
      for (const [offset, migration] of pending.entries()) {
        database.exec(migration.sql);
        database.pragma(`user_version = ${fromVersion + offset + 1}`);
      }
    })
    .immediate();
}
