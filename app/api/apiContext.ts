import { CasewrightError } from '../model/errors';
import type { CaseSession } from '../session/caseSession';
import type { ProgressEvent } from './changeEvent';

/** Where the service keeps its state: the open case and the folders it works with. */
export interface ApiContext {
  session: CaseSession | undefined;
  /** The user's data folder (backups, user templates, the sample case). */
  dataFolder: string;
  /** The folder of the built-in templates. */
  templatesFolder: string;
  /** Told how far a running export has got. */
  onProgress?: (progress: ProgressEvent) => void;
}

/** The open case, or a clear error when there is none. */
export function requireSession(context: ApiContext): CaseSession {
  if (!context.session) throw new CasewrightError('conflict', 'No case is open. Open or create a case first.');
  return context.session;
}
