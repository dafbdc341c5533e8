import { EventEmitter } from 'node:events';
import { resolve } from 'node:path';
import { vi } from 'vitest';
import { FakeMessageChannelMain, WorkerUtilityProcess } from './workerEngine';

// A stand-in for the `electron` module (importing the real one from plain Node throws here): just enough
// behaviour for the main process's wiring to run, with every call recorded.

/** A frame of a page: its URL and its parent (null for the top frame). */
export class FakeFrame {
  constructor(
    public url: string,
    public parent: FakeFrame | null = null,
  ) {}
}

export class FakeSession {
  permissionRequest:
    | ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void)
    | undefined;
  permissionCheck: ((...args: unknown[]) => boolean) | undefined;
  beforeRequest:
    | { filter: { urls: string[] }; listener: (details: unknown, callback: (response: unknown) => void) => void }
    | undefined;
  setPermissionRequestHandler = vi.fn((handler: FakeSession['permissionRequest']) => {
    this.permissionRequest = handler;
  });
  setPermissionCheckHandler = vi.fn((handler: FakeSession['permissionCheck']) => {
    this.permissionCheck = handler;
  });
  webRequest = {
    onBeforeRequest: vi.fn(
      (filter: { urls: string[] }, listener: NonNullable<FakeSession['beforeRequest']>['listener']) => {
        this.beforeRequest = { filter, listener };
      },
    ),
  };
}

let nextId = 1;

export class FakeWebContents extends EventEmitter {
  readonly id = nextId++;
  session = defaultSession;
  mainFrame = new FakeFrame('about:blank');
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
  send = vi.fn();
  postMessage = vi.fn();
  reload = vi.fn();
  printToPDF = vi.fn(async (_options: unknown) => Buffer.from('%PDF-1.7 fake'));
  /** A page that has paginated itself, as the paged export's driver says when it is done. */
  executeJavaScript = vi.fn(async (_code: string): Promise<unknown> => ({ paged: '1' }));
  setWindowOpenHandler = vi.fn((handler: FakeWebContents['windowOpenHandler']) => {
    this.windowOpenHandler = handler;
  });
  isDestroyed = () => false;
}

export class FakeBrowserWindow extends EventEmitter {
  static instances: FakeBrowserWindow[] = [];
  static focused: FakeBrowserWindow | undefined;
  static getFocusedWindow = () => FakeBrowserWindow.focused ?? null;
  readonly webContents = new FakeWebContents();
  destroyed = false;
  maximized = false;
  minimized = false;
  title = '';
  loadedUrl: string | undefined;
  loadedFile: string | undefined;
  progress: number[] = [];
  show = vi.fn();
  focus = vi.fn(() => {
    FakeBrowserWindow.focused = this;
  });
  restore = vi.fn(() => {
    this.minimized = false;
  });
  setRepresentedFilename = vi.fn();

  constructor(readonly options: Record<string, unknown> & { webPreferences?: Record<string, unknown> }) {
    super();
    FakeBrowserWindow.instances.push(this);
    app.emit('web-contents-created', {}, this.webContents);
  }

  async loadURL(url: string): Promise<void> {
    this.loadedUrl = url;
    this.webContents.mainFrame = new FakeFrame(url);
  }
  async loadFile(file: string): Promise<void> {
    this.loadedFile = file;
    this.webContents.mainFrame = new FakeFrame(`file://${file}`);
  }
  setTitle(title: string) {
    this.title = title;
  }
  setProgressBar(fraction: number) {
    this.progress.push(fraction);
  }
  isMinimized = () => this.minimized;
  isMaximized = () => this.maximized;
  maximize = () => {
    this.maximized = true;
  };
  getNormalBounds = () => ({
    x: (this.options.x as number | undefined) ?? 10,
    y: (this.options.y as number | undefined) ?? 10,
    width: this.options.width as number,
    height: this.options.height as number,
  });
  isDestroyed = () => this.destroyed;
  destroy = () => {
    this.destroyed = true;
  };
  /** Closes the window as a user would: `close`, then `closed`. */
  close() {
    this.emit('close', { preventDefault: () => undefined });
    this.destroyed = true;
    this.emit('closed');
  }
}

export const defaultSession = new FakeSession();

export const app = Object.assign(new EventEmitter(), {
  name: 'Casewright',
  isPackaged: false,
  ready: false,
  enableSandbox: vi.fn(),
  requestSingleInstanceLock: vi.fn(() => true),
  whenReady: vi.fn(() => Promise.resolve()),
  isReady: () => true,
  getPath: vi.fn((name: string) => `/tmp/casewright-fake-${name}`),
  getAppPath: () => resolve(import.meta.dirname, '../../..'),
  getVersion: () => '0.1.0',
  setAppUserModelId: vi.fn(),
  addRecentDocument: vi.fn(),
  clearRecentDocuments: vi.fn(),
  quit: vi.fn(),
});

export const protocol = { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() };
export const ipcMain = { handle: vi.fn(), on: vi.fn() };
export const dialog = {
  showMessageBox: vi.fn(async () => ({ response: 0, checkboxChecked: false })),
  showErrorBox: vi.fn(),
  showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] as string[] })),
  showSaveDialog: vi.fn(async () => ({ canceled: true, filePath: '' })),
};
export const Menu = { buildFromTemplate: vi.fn((template: unknown[]) => ({ template })), setApplicationMenu: vi.fn() };
export const screen = { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] };
export const shell = { openExternal: vi.fn(async () => undefined) };
export const session = { defaultSession };
export const BrowserWindow = FakeBrowserWindow;
export const contextBridge = { exposeInMainWorld: vi.fn() };
export const ipcRenderer = Object.assign(new EventEmitter(), { invoke: vi.fn(), send: vi.fn() });
export const MessageChannelMain = FakeMessageChannelMain;
/** The engine entry runs in a worker thread in place of a utility process, with the environment main gives it. */
export const utilityProcess = {
  started: [] as WorkerUtilityProcess[],
  fork: vi.fn((_entry: string, _args: string[], options: { env?: NodeJS.ProcessEnv }) => {
    const child = new WorkerUtilityProcess(options.env);
    utilityProcess.started.push(child);
    return child;
  }),
};
