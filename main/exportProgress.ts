import type { BrowserWindow } from 'electron';
import type { ExportProgress } from '../app/api/exportHandlers';

type ProgressWindow = Pick<BrowserWindow, 'setProgressBar' | 'isDestroyed'>;

/**
 * Runs an export while the window's taskbar (or dock) icon shows how far it has got, read from the service's
 * `export-progress`; the bar is removed when the export ends, whether it succeeded or not.
 */
export async function withTaskbarProgress<Result>(
  window: ProgressWindow,
  readProgress: () => Promise<unknown>,
  run: () => Promise<Result>,
  intervalMilliseconds = 200,
): Promise<Result> {
  const show = (fraction: number) => {
    if (!window.isDestroyed()) window.setProgressBar(fraction);
  };
  show(0);
  const timer = setInterval(() => {
    readProgress().then(
      (progress) => {
        const { active, fraction } = progress as ExportProgress;
        if (active) show(Math.min(Math.max(fraction, 0), 1));
      },
      () => undefined,
    );
  }, intervalMilliseconds);
  try {
    return await run();
  } finally {
    clearInterval(timer);
    show(-1);
  }
}
