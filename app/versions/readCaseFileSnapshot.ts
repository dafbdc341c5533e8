import { resolve } from 'node:path';
import Database from 'better-sqlite3';
import { fileRefused } from '../model/errors';
import { inspectCaseFile } from '../store/fileHeader';
import { SCHEMA_VERSION } from '../store/migrations/index';
import type { CaseSnapshot } from './caseSnapshot';
import { readCurrentSnapshot } from './readSnapshot';

/** Another case file as it is now, read without changing it (a file that is not a case is refused). */
export function readCaseFileSnapshot(path: string): CaseSnapshot {
  const file = resolve(path);
  inspectCaseFile(file, SCHEMA_VERSION);
  let database: Database.Database;
  try {
    database = new Database(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw fileRefused(`${file} cannot be opened: ${(error as Error).message}.`);
  }
  try {
    return readCurrentSnapshot(database);
  } catch (error) {
    throw fileRefused(`${file} cannot be read as a case (${(error as Error).message}).`);
  } finally {
    database.close();
  }
}
