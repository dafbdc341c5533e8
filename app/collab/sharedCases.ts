import type { CaseSession } from '../session/caseSession';
import type { Collaborator, PresencePlace } from './presence';
import type { SharedCaseStatus } from './sharedCaseStatus';

/** What the API needs of a shared case, without loading Yjs for cases that are not shared. */
export interface SharedCaseHandle {
  status(): SharedCaseStatus;
  /** Goes offline, or back online (with the member's token, when none was known or it was refused). */
  setOnline(online: boolean, token?: string): void;
  /** Tells the collaborators where this replica's user is; returns where they are. */
  setPresence(place: PresencePlace): Collaborator[];
}

const sharedCases = new WeakMap<CaseSession, SharedCaseHandle>();
const statusListeners = new WeakMap<CaseSession, Set<(status: SharedCaseStatus | null) => void>>();
const presenceListeners = new WeakMap<CaseSession, Set<(collaborators: Collaborator[]) => void>>();

/** The shared case bound to a session, when the open case is shared. */
export function sharedCaseOf(session: CaseSession): SharedCaseHandle | undefined {
  return sharedCases.get(session);
}

/** Binds (or, with undefined, unbinds) a shared case to its session. */
export function registerSharedCase(session: CaseSession, shared: SharedCaseHandle | undefined): void {
  if (shared) sharedCases.set(session, shared);
  else sharedCases.delete(session);
  announceSharedStatus(session, shared?.status() ?? null);
}

/** Tells `listener` each time the session's shared case stands otherwise (null: the case is not shared now). */
export function watchSharedStatus(
  session: CaseSession,
  listener: (status: SharedCaseStatus | null) => void,
): () => void {
  const listeners = statusListeners.get(session) ?? new Set();
  statusListeners.set(session, listeners);
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Tells the session's watchers how its shared case stands now. */
export function announceSharedStatus(session: CaseSession, status: SharedCaseStatus | null): void {
  for (const listener of statusListeners.get(session) ?? []) listener(status);
}

/** Tells `listener` whenever the collaborators of the session's case (shared now or later) move; returns the stop. */
export function onPresence(session: CaseSession, listener: (collaborators: Collaborator[]) => void): () => void {
  let listeners = presenceListeners.get(session);
  if (!listeners) {
    listeners = new Set();
    presenceListeners.set(session, listeners);
  }
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Tells the session's presence listeners where the collaborators are now. */
export function announcePresence(session: CaseSession, collaborators: Collaborator[]): void {
  for (const listener of presenceListeners.get(session) ?? []) listener(collaborators);
}
