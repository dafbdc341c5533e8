import type { BrowserWindow } from 'electron';
import type { ProgressEvent } from '../app/api/changeEvent';

type ProgressWindow = Pick<BrowserWindow, 'setProgressBar' | 'isDestroyed'>;

/**
 * Shows the export progress the engine pushed on the window's taskbar (or dock) icon; an export that has ended,
 * whether it succeeded or not, removes the bar.
 */
export function showTaskbarProgress(window: ProgressWindow, progress: ProgressEvent): void {
  if (window.isDestroyed()) return;
  window.setProgressBar(progress.active ? Math.min(Math.max(progress.fraction, 0), 1) : -1);
}

/** Runs the last part of an export that main does itself (printing to PDF), with an indeterminate bar meanwhile. */
export async function withBusyTaskbar<Result>(window: ProgressWindow, run: () => Promise<Result>): Promise<Result> {
  if (!window.isDestroyed()) window.setProgressBar(2, { mode: 'indeterminate' });
  try {
    return await run();
  } finally {
    if (!window.isDestroyed()) window.setProgressBar(-1);
  }
}
