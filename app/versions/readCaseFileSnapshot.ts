import { readCaseFile } from '../store/readOnlyCase';
import type { CaseSnapshot } from './caseSnapshot';
import { readCurrentSnapshot } from './readSnapshot';

/** Another case file as it is now, read without changing it. */
export function readCaseFileSnapshot(path: string): CaseSnapshot {
  return readCaseFile(path, readCurrentSnapshot);
}
