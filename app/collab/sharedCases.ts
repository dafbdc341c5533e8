import type { CaseSession } from '../session/caseSession';
import type { SharedCaseStatus } from './sharedCaseStatus';

/** What the API needs of a shared case, without loading Yjs for cases that are not shared. */
export interface SharedCaseHandle {
  status(): SharedCaseStatus;
  setOnline(online: boolean): void;
}

const sharedCases = new WeakMap<CaseSession, SharedCaseHandle>();

/** The shared case bound to a session, when the open case is shared. */
export function sharedCaseOf(session: CaseSession): SharedCaseHandle | undefined {
  return sharedCases.get(session);
}

/** Binds (or, with undefined, unbinds) a shared case to its session. */
export function registerSharedCase(session: CaseSession, shared: SharedCaseHandle | undefined): void {
  if (shared) sharedCases.set(session, shared);
  else sharedCases.delete(session);
}
