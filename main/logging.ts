import { appendFileSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { dirname } from 'node:path';

/** The log file rotates when it passes this size: `main.log` becomes `main.log.1`, replacing the older one. */
export const LOG_LIMIT_BYTES = 1024 * 1024;

export interface Log {
  file: string;
  info: (message: string) => void;
  error: (message: string, error?: unknown) => void;
}

/** A log file in the data folder, one timestamped line per entry, rotated at about 1 MB. */
export function createLog(file: string, limit = LOG_LIMIT_BYTES): Log {
  const write = (level: string, text: string) => {
    try {
      mkdirSync(dirname(file), { recursive: true });
      let size = 0;
      try {
        size = statSync(file).size;
      } catch {}
      if (size > limit) renameSync(file, `${file}.1`);
      appendFileSync(file, `${new Date().toISOString()} ${level} ${text}\n`);
    } catch {
      // A log that cannot be written must never take the app down with it.
    }
  };
  return {
    file,
    info: (message) => write('INFO', message),
    error: (message, error) => write('ERROR', error === undefined ? message : `${message}: ${describe(error)}`),
  };
}

/** An error as one readable entry: its stack when it has one, otherwise its text. */
export function describe(error: unknown): string {
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  return String(error);
}

export interface CrashHandlerOptions {
  process: Pick<NodeJS.Process, 'on'>;
  log: Log;
  /** Shows the user what failed; called at most once a minute, so a failing loop cannot flood the screen. */
  showError: (title: string, detail: string) => void;
  now?: () => number;
}

/**
 * Logs every uncaught exception and unhandled rejection of the main process and tells the user what failed and
 * where the log is. The app keeps running: every edit is already committed to the case file, so nothing is lost.
 */
export function installCrashHandlers(options: CrashHandlerOptions): void {
  const now = options.now ?? Date.now;
  let lastShown = Number.NEGATIVE_INFINITY;
  const handle = (kind: string) => (error: unknown) => {
    options.log.error(kind, error);
    if (now() - lastShown < 60_000) return;
    lastShown = now();
    const what = error instanceof Error ? error.message : String(error);
    options.showError(
      'Casewright hit an unexpected error',
      `${what}\n\nYour case is safe: every edit is saved in its file as you make it.\n` +
        `Details are in the log:\n${options.log.file}`,
    );
  };
  options.process.on('uncaughtException', handle('Uncaught exception'));
  options.process.on('unhandledRejection', handle('Unhandled rejection'));
}
