/** What `npm start` found out about Electron on this machine. */
export interface ElectronFacts {
  /** Where the Electron binary is (or should be), when known. */
  path?: string;
  /** Whether that file exists. */
  exists: boolean;
  /** Why installing (downloading) the binary failed, when it was tried and failed. */
  error?: string;
}

export interface LaunchFacts {
  platform: NodeJS.Platform;
  environment: Record<string, string | undefined>;
  isRoot: boolean;
  electron: ElectronFacts;
}

export type Launcher = { mode: 'electron'; binary: string } | { mode: 'browser'; reason: string };

/** Decides how `npm start` runs Casewright: Electron, or the browser mode with a one-line reason. */
export function chooseLauncher(facts: LaunchFacts): Launcher;
