import { basename, resolve } from 'node:path';
import type { BrowserWindow, BrowserWindowConstructorOptions, WebContents } from 'electron';
import { COMMAND_CHANNEL } from '../app/api/desktopContract';
import { type DesktopMethodName, isDeclaredMethod, PROGRESS_METHODS } from '../app/api/methodList';
import { CaseService, type ServiceOptions } from '../app/api/service';
import { withTaskbarProgress } from './exportProgress';
import type { CaseTarget } from './ipc';
import { APP_URL } from './security';
import { type Area, loadWindowState, placeWindow, saveWindowState } from './windowState';

/** One window and the case it shows, with its own service. */
export interface CaseWindow {
  window: BrowserWindow;
  service: CaseService;
  target: CaseTarget;
  /** The case file the window shows now (Save As and the API can change it). */
  path: () => string | undefined;
}

/** Which case a window opens: an existing file, a new empty one, the sample case, or a file restored from its latest backup. */
export type OpenRequest = { path: string } | { create: string } | { sample: true } | { restore: string };

export interface CaseWindowsOptions {
  /** Makes a window (`createSecureWindow`, which imposes the security checklist's web preferences). */
  createWindow: (options: BrowserWindowConstructorOptions) => BrowserWindow;
  service: ServiceOptions;
  preload: string;
  windowStateFile: string;
  workAreas: () => Area[];
  /** Runs a desktop call (save dialogs, PDF printing) for a window. */
  desktopCall: (caseWindow: CaseWindow, name: DesktopMethodName, input: unknown) => Promise<unknown>;
  /** Told whenever a window shows a case file (to keep the recent list). */
  onCaseShown: (path: string) => void;
  /** Told when a window's renderer crashed (it is reloaded; the case is safe in its file). */
  onRendererGone: (reason: string) => void;
}

/** The case windows: one per case, each with its own `CaseService`; a case already open is focused, not reopened. */
export class CaseWindows {
  private readonly windows = new Map<number, CaseWindow>();

  constructor(private readonly options: CaseWindowsOptions) {}

  /** The case target of a webContents, or undefined when it is not one of our case windows. */
  targetOf = (contents: WebContents): CaseTarget | undefined => this.windows.get(contents.id)?.target;

  /** Every open case window. */
  all(): CaseWindow[] {
    return [...this.windows.values()];
  }

  /** The window showing a case file, if any. */
  find(path: string): CaseWindow | undefined {
    const wanted = resolve(path);
    return this.all().find((caseWindow) => caseWindow.path() === wanted);
  }

  /** The window of a webContents or BrowserWindow, if it is one of ours. */
  of(window: BrowserWindow | undefined): CaseWindow | undefined {
    return window ? this.windows.get(window.webContents.id) : undefined;
  }

  /** Opens a case in a new window, or focuses the window that already shows it. */
  async open(request: OpenRequest): Promise<CaseWindow> {
    if ('path' in request) {
      const existing = this.find(request.path);
      if (existing) return focus(existing);
    }
    if ('restore' in request) {
      const existing = this.find(request.restore);
      if (existing) {
        await existing.target.call('backups-restore', {});
        existing.window.webContents.send(COMMAND_CHANNEL, 'case.reload');
        return focus(existing);
      }
    }
    const service = new CaseService(this.options.service);
    try {
      if ('path' in request) await service.call('case-open', { path: request.path });
      else if ('create' in request) await service.call('case-create', { path: request.create });
      else if ('restore' in request) await service.call('backups-restore', { path: request.restore });
      else await service.call('case-open-sample', {});
    } catch (error) {
      service.close();
      throw error;
    }
    const path = service.context.session?.path;
    const existing = path === undefined ? undefined : this.find(path);
    if (existing) {
      service.close();
      return focus(existing);
    }
    return this.show(service);
  }

  private show(service: CaseService): CaseWindow {
    const stateFile = this.options.windowStateFile;
    const placed = placeWindow(loadWindowState(stateFile), this.options.workAreas(), this.windows.size);
    const window = this.options.createWindow({
      ...(placed.x === undefined ? {} : { x: placed.x, y: placed.y }),
      width: placed.width,
      height: placed.height,
      minWidth: 640,
      minHeight: 420,
      show: false,
      title: 'Casewright',
      webPreferences: { preload: this.options.preload },
    });
    const id = window.webContents.id;
    let shownPath: string | undefined;
    const caseWindow: CaseWindow = {
      window,
      service,
      path: () => service.context.session?.path,
      target: {
        call: async (name, input) => {
          const run = () => service.call(name, input);
          const progress = isDeclaredMethod(name) ? PROGRESS_METHODS.get(name) : undefined;
          const result =
            progress === undefined
              ? await run()
              : await withTaskbarProgress(window, () => service.call(progress, {}), run);
          noteCase();
          return result;
        },
        desktop: (name, input) => this.options.desktopCall(caseWindow, name, input),
      },
    };
    const noteCase = () => {
      const path = caseWindow.path();
      if (path === shownPath || window.isDestroyed()) return;
      shownPath = path;
      window.setTitle(path ? `${basename(path, '.casewright')} — Casewright` : 'Casewright');
      if (path) {
        window.setRepresentedFilename(path);
        this.options.onCaseShown(path);
      }
    };
    this.windows.set(id, caseWindow);
    noteCase();
    if (placed.maximized) window.maximize();
    window.once('ready-to-show', () => window.show());
    window.on('close', () => {
      saveWindowState(stateFile, { ...window.getNormalBounds(), maximized: window.isMaximized() });
    });
    window.on('closed', () => {
      this.windows.delete(id);
      service.close();
    });
    window.webContents.on('render-process-gone', (_event, details) => {
      if (details.reason === 'clean-exit') return;
      this.options.onRendererGone(details.reason);
      if (!window.isDestroyed()) window.webContents.reload();
    });
    void window.loadURL(APP_URL);
    return caseWindow;
  }
}

function focus(caseWindow: CaseWindow): CaseWindow {
  if (caseWindow.window.isMinimized()) caseWindow.window.restore();
  caseWindow.window.show();
  caseWindow.window.focus();
  return caseWindow;
}
