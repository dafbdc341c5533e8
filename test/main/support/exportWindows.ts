import type { Dialog } from 'electron';
import { type ExportMethodName, exportCommands } from '../../../main/exportCommands';
import { createSecureWindow } from '../../../main/security';
import { CaseWindows } from '../../../main/windows';
import { TEMPLATES_FOLDER, type TempService } from '../../support/tempService';
import { FakeBrowserWindow } from './fakeElectron';
import { startWorkerEngine, stopEngines } from './workerEngine';

/** Makes a window as the app does (`createSecureWindow`), from the fake Electron's BrowserWindow. */
export const createWindow = (options: object) => createSecureWindow(FakeBrowserWindow as never, options);

/**
 * Case windows whose desktop calls are the exports' (save dialogs, PDF printing), each with its engine in a worker,
 * as the desktop app has them; `close` closes the windows and stops the engines.
 */
export function exportWindows(temp: TempService, dialog: Pick<Dialog, 'showSaveDialog'>) {
  const exports = exportCommands({ dialog, documentsFolder: () => temp.folder, createWindow });
  const windows = new CaseWindows({
    createWindow,
    startEngine: () => startWorkerEngine({ CASEWRIGHT_HOME: temp.dataFolder, CASEWRIGHT_TEMPLATES: TEMPLATES_FOLDER }),
    preload: '/preload.cjs',
    windowStateFile: temp.path('window-state.json'),
    workAreas: () => [],
    desktopCall: (caseWindow, name, input) => exports(caseWindow, name as ExportMethodName, input),
    onCaseShown: () => undefined,
    onRendererGone: () => undefined,
    onEngineGone: () => undefined,
  });
  const close = async () => {
    for (const caseWindow of windows.all()) (caseWindow.window as unknown as FakeBrowserWindow).close();
    await stopEngines();
  };
  return { windows, close };
}
