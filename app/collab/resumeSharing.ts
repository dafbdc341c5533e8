import type { CaseSession } from '../session/caseSession';
import { loadCollabLink } from '../store/collabStore';

/** Reconnects a shared case when its file is opened (the collaboration modules load only for a shared case). */
export async function resumeSharing(session: CaseSession): Promise<void> {
  const link = loadCollabLink(session.database);
  if (!link) return;
  const { SharedCase } = await import('./sharedCase');
  SharedCase.attach(session, link);
}
