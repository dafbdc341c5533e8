import { basename, resolve } from 'node:path';
import type { BrowserWindow, BrowserWindowConstructorOptions, WebContents } from 'electron';
import { COMMAND_CHANNEL, ENGINE_PORT_CHANNEL } from '../app/api/desktopContract';
import type { MethodInput } from '../app/api/handlers';
import type { DesktopMethodName } from '../app/api/methodList';
import type { EngineProcess } from './engineProcess';
import { showTaskbarProgress } from './exportProgress';
import type { CaseTarget } from './ipc';
import { APP_URL } from './security';
import { WindowEngine } from './windowEngine';
import { type Area, loadWindowState, placeWindow, saveWindowState } from './windowState';

/** One window and the case it shows, with its own engine. */
export interface CaseWindow {
  window: BrowserWindow;
  engine: WindowEngine;
  target: CaseTarget;
  /** The case file the window shows now (Save As and the API can change it). */
  path: () => string | undefined;
}

/**
 * Which case a window opens: an existing file, a new empty one, the sample case, a file restored from its latest
 * backup, or a shared case from its team server into a local copy.
 */
export type OpenRequest =
  | { path: string }
  | { create: string }
  | { sample: true }
  | { restore: string }
  | { shared: MethodInput<'case-open-shared'> };

export interface CaseWindowsOptions {
  /** Makes a window (`createSecureWindow`, which imposes the security checklist's web preferences). */
  createWindow: (options: BrowserWindowConstructorOptions) => BrowserWindow;
  /** Starts an engine process (the case service) for a window. */
  startEngine: () => EngineProcess;
  preload: string;
  windowStateFile: string;
  workAreas: () => Area[];
  /** Runs a desktop call (save dialogs, PDF printing) for a window. */
  desktopCall: (caseWindow: CaseWindow, name: DesktopMethodName, input: unknown) => Promise<unknown>;
  /** Told whenever a window shows a case file (to keep the recent list). */
  onCaseShown: (path: string) => void;
  /** Told when a window's renderer crashed (it is reloaded; the case is safe in its file). */
  onRendererGone: (reason: string) => void;
  /** Told when a window's engine stopped: restarted (`restarted`) with the case reopened, or lost for good. */
  onEngineGone: (caseWindow: CaseWindow, exitCode: number, restarted: boolean, reason?: string) => void;
}

/** The case windows: one per case, each with its own engine (a process running the case service); a case already open is focused, not reopened. */
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
    const engine = new WindowEngine(this.options.startEngine);
    try {
      if ('path' in request) await engine.call('case-open', { path: request.path });
      else if ('create' in request) await engine.call('case-create', { path: request.create });
      else if ('restore' in request) await engine.call('backups-restore', { path: request.restore });
      else if ('shared' in request) await engine.call('case-open-shared', request.shared);
      else await engine.call('case-open-sample', {});
    } catch (error) {
      void engine.close();
      throw error;
    }
    const path = engine.path();
    const existing = path === undefined ? undefined : this.find(path);
    if (existing) {
      void engine.close();
      return focus(existing);
    }
    return this.show(engine);
  }

  private show(engine: WindowEngine): CaseWindow {
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
      engine,
      path: () => engine.path(),
      target: {
        call: (name, input) => engine.call(name, input),
        desktop: (name, input) => this.options.desktopCall(caseWindow, name, input),
        openPort: () => engine.openPort(),
      },
    };
    engine.events = {
      onProgress: (progress) => showTaskbarProgress(window, progress),
      onPath: () => noteCase(),
      onRestarted: (port, code) => {
        if (!window.isDestroyed()) window.webContents.postMessage(ENGINE_PORT_CHANNEL, null, [port]);
        this.options.onEngineGone(caseWindow, code, true);
      },
      onLost: (code, reason) => this.options.onEngineGone(caseWindow, code, false, reason),
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
      void engine.close();
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
