import { CasewrightError } from '../model/errors';
import type { CaseSession } from '../session/caseSession';

/** Where the service keeps its state: the open case and the folders it works with. */
export interface ApiContext {
  session: CaseSession | undefined;
  /** The user's data folder (backups, user templates, the sample case). */
  dataFolder: string;
  /** The folder of the built-in templates. */
  templatesFolder: string;
}

/** The open case, or a clear error when there is none. */
export function requireSession(context: ApiContext): CaseSession {
  if (!context.session) throw new CasewrightError('conflict', 'No case is open. Open or create a case first.');
  return context.session;
}
