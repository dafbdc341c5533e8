import { resolve } from 'node:path';
import type { App } from 'electron';

/** The case files named on a command line (`*.casewright`, not flags), resolved against its working directory. */
export function caseFilesIn(argv: readonly string[], workingDirectory: string): string[] {
  return argv
    .filter((argument) => !argument.startsWith('-') && /\.casewright$/i.test(argument))
    .map((argument) => resolve(workingDirectory, argument));
}

export interface LaunchRouting {
  /** Called once the app is ready: the files to open at start (command line and macOS `open-file` so far). */
  startingFiles: (argv: readonly string[], workingDirectory: string) => string[];
}

/**
 * Makes this the only running Casewright: a second launch hands its file arguments (and macOS its `open-file`
 * events) to the running app, which opens them, or focuses a window when there are none. Returns undefined when
 * another instance already runs (this one should quit).
 */
export function routeLaunches(
  app: Pick<App, 'requestSingleInstanceLock' | 'on'>,
  openFiles: (paths: string[]) => void,
  focusAnyWindow: () => void,
): LaunchRouting | undefined {
  if (!app.requestSingleInstanceLock()) return undefined;
  const pending: string[] = [];
  let ready = false;
  app.on('second-instance', (_event, argv, workingDirectory) => {
    const paths = caseFilesIn(argv, workingDirectory);
    if (paths.length > 0) openFiles(paths);
    else focusAnyWindow();
  });
  app.on('open-file', (event, path) => {
    event.preventDefault();
    if (ready) openFiles([path]);
    else pending.push(path);
  });
  return {
    startingFiles: (argv, workingDirectory) => {
      ready = true;
      return [...caseFilesIn(argv, workingDirectory), ...pending.splice(0)];
    },
  };
}
