import type { CaseSession } from '../session/caseSession';
import { clearFiledToken, loadCollabLink, loadFiledToken } from '../store/collabStore';
import { loadMemberToken, saveMemberToken } from './memberTokens';

/**
 * Reconnects a shared case when its file is opened, with the member's token kept in the data folder (a token that an
 * older file still holds is moved there first). The collaboration modules load only for a shared case.
 */
export async function resumeSharing(session: CaseSession, dataFolder: string): Promise<void> {
  const link = loadCollabLink(session.database);
  if (!link) return;
  const filed = loadFiledToken(session.database);
  if (filed) {
    if (!loadMemberToken(dataFolder, link)) saveMemberToken(dataFolder, link, filed);
    clearFiledToken(session.database);
  }
  const { SharedCase } = await import('./sharedCase');
  SharedCase.attach(session, link, loadMemberToken(dataFolder, link));
}
