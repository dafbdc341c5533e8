import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  app,
  BrowserWindow,
  type BrowserWindowConstructorOptions,
  dialog,
  ipcMain,
  Menu,
  MessageChannelMain,
  protocol,
  screen,
  shell,
  utilityProcess,
} from 'electron';
import { COMMAND_CHANNEL } from '../app/api/desktopContract';
import type { MethodInput } from '../app/api/handlers';
import { dataFolder } from '../app/files/dataFolder';
import { startUtilityEngine } from './engineProcess';
import { exportCommands } from './exportCommands';
import { fileCommands } from './fileCommands';
import { registerIpcHandlers } from './ipc';
import { routeLaunches } from './launchRouting';
import { createLog, installCrashHandlers } from './logging';
import { menuTemplate } from './menu';
import { RecentCases } from './recentCases';
import { createSecureWindow, hardenWebContents, registerAppScheme, serveRenderer } from './security';
import { CaseWindows } from './windows';

// The Electron main process: windows, menus, dialogs and files. The case work runs in the engine (app/engine, one
// utility process per case window) that each window's page talks to over its own MessagePort; the rules are
// security.ts's.
const here = dirname(fileURLToPath(import.meta.url));
const data = dataFolder();
const log = createLog(join(data, 'logs', 'main.log'));

installCrashHandlers({
  process,
  log,
  showError: (title, detail) => {
    if (app.isReady()) void dialog.showMessageBox({ type: 'error', message: title, detail, buttons: ['OK'] });
    else dialog.showErrorBox(title, detail);
  },
});
registerAppScheme(app, protocol);
app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, shell));

const createWindow = (options: BrowserWindowConstructorOptions) => createSecureWindow(BrowserWindow, options);
const documentsFolder = () => app.getPath('documents');
const recent = new RecentCases(join(data, 'recent-cases.json'));
const templatesFolder =
  process.env.CASEWRIGHT_TEMPLATES ??
  (app.isPackaged ? join(process.resourcesPath, 'templates') : join(app.getAppPath(), 'templates'));
const exports = exportCommands({ dialog, documentsFolder, createWindow });
const windows = new CaseWindows({
  createWindow,
  startEngine: () =>
    startUtilityEngine({ utilityProcess, MessageChannelMain }, join(here, 'engine.js'), {
      CASEWRIGHT_HOME: data,
      CASEWRIGHT_TEMPLATES: templatesFolder,
    }),
  preload: join(here, '..', 'preload', 'preload.cjs'),
  windowStateFile: join(data, 'window-state.json'),
  workAreas: () => screen.getAllDisplays().map((display) => display.workArea),
  desktopCall: (caseWindow, name, input) =>
    name === 'desktop-open-shared'
      ? files.openShared(caseWindow.window, input as Omit<MethodInput<'case-open-shared'>, 'path'>)
      : exports(caseWindow, name, input),
  onCaseShown: (path) => {
    recent.add(path);
    app.addRecentDocument(path);
    refreshMenu();
  },
  onRendererGone: (reason) => log.error(`A window's renderer stopped (${reason}); it was reloaded.`),
  onEngineGone: ({ window }, code, restarted, reason) => {
    log.error(`A window's engine stopped (exit code ${code}); ${restarted ? 'it was restarted' : `lost: ${reason}`}.`);
    const message = restarted
      ? 'The Casewright engine stopped unexpectedly and was restarted.'
      : 'The Casewright engine stopped and could not be started again.';
    const detail = restarted
      ? 'The case was reopened from its file: every change made before is in it. A change being made at that moment may need doing again.'
      : `Every change made so far is in the case file. Close this window and open the case again. (${reason})`;
    if (!window.isDestroyed())
      void dialog.showMessageBox(window, { type: 'warning', message, detail, buttons: ['OK'] });
  },
});
const files = fileCommands({ dialog, windows, recent, documentsFolder, onRecentChanged: () => refreshMenu() });

const focusedCase = () => windows.of(BrowserWindow.getFocusedWindow() ?? undefined) ?? windows.all().at(-1);

function refreshMenu(): void {
  const template = menuTemplate({
    platform: process.platform,
    appName: app.name,
    recent: recent.list(),
    developer: !app.isPackaged,
    actions: {
      newCase: () => void files.newCase(focusedCase()?.window),
      openCase: () => void files.openCase(focusedCase()?.window),
      openRecent: (path) => void files.openPath(path),
      clearRecent: () => {
        recent.clear();
        app.clearRecentDocuments();
        refreshMenu();
      },
      openSample: () => void files.openSample(),
      restoreBackup: () => void files.restoreBackup(focusedCase()?.window),
      saveAs: () => {
        const caseWindow = focusedCase();
        if (caseWindow) void files.saveAs(caseWindow);
      },
      about: () => void showAbout(),
      sendCommand: (commandId) => focusedCase()?.window.webContents.send(COMMAND_CHANNEL, commandId),
    },
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

async function showAbout(): Promise<void> {
  const { versions } = process;
  await dialog.showMessageBox({
    type: 'info',
    title: `About ${app.name}`,
    message: `${app.name} ${app.getVersion()}`,
    detail:
      `Electron ${versions.electron} · Chromium ${versions.chrome} · Node ${versions.node}\n` +
      `Data folder: ${data}\nLog: ${log.file}`,
    buttons: ['OK'],
  });
}

/** Opens the files of a launch; with none, the last case, or the sample case on first start. */
async function openAtStart(paths: string[]): Promise<void> {
  for (const path of paths) await files.openPath(path);
  if (paths.length > 0 && windows.all().length > 0) return;
  const last = recent.list().find((path) => existsSync(path));
  if (last && (await files.openPath(last))) return;
  await files.openSample();
}

const routing = routeLaunches(
  app,
  (paths) => void openAtStart(paths),
  () => focusedCase()?.window.focus(),
);
if (!routing) {
  app.quit();
} else {
  app.setAppUserModelId('org.casewright.app');
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (windows.all().length === 0) void openAtStart([]);
  });
  app.whenReady().then(
    async () => {
      log.info(`Casewright ${app.getVersion()} starting; data folder ${data}`);
      serveRenderer(protocol, join(here, '..', 'renderer'));
      registerIpcHandlers(ipcMain, windows.targetOf);
      refreshMenu();
      await openAtStart(routing.startingFiles(process.argv.slice(1), process.cwd()));
    },
    (error: unknown) => log.error('Casewright could not start', error),
  );
}
