import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * The user's Casewright data folder: `CASEWRIGHT_HOME` when set, otherwise the platform's place for
 * application data. Backups, user templates and the sample case live here, never beside a case file.
 */
export function dataFolder(environment: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (environment.CASEWRIGHT_HOME) return environment.CASEWRIGHT_HOME;
  const home = environment.HOME ?? homedir();
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'Casewright');
  if (platform === 'win32') return join(environment.APPDATA ?? join(home, 'AppData', 'Roaming'), 'Casewright');
  return join(environment.XDG_DATA_HOME ?? join(home, '.local', 'share'), 'casewright');
}
