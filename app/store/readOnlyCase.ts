import { resolve } from 'node:path';
import Database from 'better-sqlite3';
import { fileRefused } from '../model/errors';
import { inspectCaseFile } from './fileHeader';
import { SCHEMA_VERSION } from './migrations/index';

/** Reads another case file without changing it (a file that is not a case of a known schema is refused). */
export function readCaseFile<T>(path: string, read: (database: Database.Database) => T): T {
  const file = resolve(path);
  inspectCaseFile(file, SCHEMA_VERSION);
  let database: Database.Database;
  try {
    database = new Database(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw fileRefused(`${file} cannot be opened: ${(error as Error).message}.`);
  }
  try {
    return read(database);
  } catch (error) {
    throw fileRefused(`${file} cannot be read as a case (${(error as Error).message}).`);
  } finally {
    database.close();
  }
}
