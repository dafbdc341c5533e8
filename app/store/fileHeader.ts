import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { DamagedFileError, fileRefused } from '../model/errors';

/** `PRAGMA application_id` of every Casewright case: "CWRT". */
export const CASEWRIGHT_APPLICATION_ID = 0x43575254;

const SQLITE_MAGIC = 'SQLite format 3\u0000';
const HEADER_SIZE = 100;

export interface FileHeader {
  applicationId: number;
  userVersion: number;
}

/**
 * Reads a case file's SQLite header without opening it as a database, so that a file we refuse is
 * never touched. Throws a `file_refused` error naming the problem.
 */
export function inspectCaseFile(path: string, knownVersion: number, storedVersion?: number): FileHeader {
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw fileRefused(`${path} is not a file.`);
    size = stat.size;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw fileRefused(`${path} does not exist.`);
    throw error;
  }
  if (size === 0) throw fileRefused(`${path} is empty: it is not a Casewright case.`);
  const header = Buffer.alloc(HEADER_SIZE);
  const descriptor = openSync(path, 'r');
  let read: number;
  try {
    read = readSync(descriptor, header, 0, HEADER_SIZE, 0);
  } finally {
    closeSync(descriptor);
  }
  if (read < 16 || header.toString('latin1', 0, 16) !== SQLITE_MAGIC) {
    throw fileRefused(`${path} is not a Casewright case (it is not an SQLite database).`);
  }
  if (read < HEADER_SIZE) throw new DamagedFileError(`${path} is truncated: its database header is incomplete.`);
  const rawPageSize = header.readUInt16BE(16);
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
  const pageCount = header.readUInt32BE(28);
  const changeCounter = header.readUInt32BE(24);
  const validFor = header.readUInt32BE(92);
  if (pageSize < 512 || (pageSize & (pageSize - 1)) !== 0) {
    throw new DamagedFileError(`${path} is damaged: its database header is invalid.`);
  }
  if (size % pageSize !== 0 || (validFor === changeCounter && pageCount * pageSize > size)) {
    throw new DamagedFileError(`${path} is truncated: it is shorter than its database header says.`);
  }
  const applicationId = header.readUInt32BE(68);
  const userVersion = storedVersion ?? header.readUInt32BE(60);
  if (applicationId !== CASEWRIGHT_APPLICATION_ID) {
    throw fileRefused(`${path} is not a Casewright case (it is another program's SQLite database).`);
  }
  if (userVersion > knownVersion) {
    throw fileRefused(
      `${path} was made by a newer version of Casewright (schema ${userVersion}; this version knows up to ${knownVersion}). Update Casewright to open it.`,
    );
  }
  return { applicationId, userVersion };
}
