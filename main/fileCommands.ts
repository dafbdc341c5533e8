import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserWindow, Dialog } from 'electron';
import { COMMAND_CHANNEL, type SavedFile } from '../app/api/desktopContract';
import type { MethodInput, MethodOutput } from '../app/api/handlers';
import type { RecentCases } from './recentCases';
import type { CaseWindow, CaseWindows } from './windows';

const CASE_FILTERS = [{ name: 'Casewright cases', extensions: ['casewright'] }];

export interface FileCommandsOptions {
  dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog' | 'showMessageBox'>;
  windows: CaseWindows;
  recent: RecentCases;
  documentsFolder: () => string;
  /** Called when the recent list changed (the menu is rebuilt). */
  onRecentChanged: () => void;
}

/** A case file's path with the `.casewright` extension added when the save dialog left it out. */
export function withCaseExtension(path: string): string {
  return path.toLowerCase().endsWith('.casewright') ? path : `${path}.casewright`;
}

/** File → New, Open, Open Recent, the sample case and Save As: dialogs here, the work in the service API. */
export function fileCommands(options: FileCommandsOptions) {
  const { dialog, windows, recent } = options;

  const report = async (parent: BrowserWindow | undefined, message: string, error: unknown) => {
    const detail = error instanceof Error ? error.message : String(error);
    const box = { type: 'error' as const, message, detail, buttons: ['OK'] };
    await (parent ? dialog.showMessageBox(parent, box) : dialog.showMessageBox(box));
  };

  /** Opens a case file in a window (or focuses the window that shows it). */
  const openPath = async (path: string): Promise<CaseWindow | undefined> => {
    try {
      return await windows.open({ path });
    } catch (error) {
      if (!existsSync(path)) {
        recent.remove(path);
        options.onRecentChanged();
      }
      await report(undefined, `Casewright could not open ${path}.`, error);
      return undefined;
    }
  };

  return {
    openPath,

    /** File → New: asks where to save the new case, creates it empty and opens it (the window offers templates). */
    async newCase(parent?: BrowserWindow): Promise<void> {
      const dialogOptions = {
        title: 'New case',
        buttonLabel: 'Create',
        defaultPath: join(options.documentsFolder(), 'Untitled case.casewright'),
        filters: CASE_FILTERS,
      };
      const chosen = await (parent
        ? dialog.showSaveDialog(parent, dialogOptions)
        : dialog.showSaveDialog(dialogOptions));
      if (chosen.canceled || !chosen.filePath) return;
      const path = withCaseExtension(chosen.filePath);
      await windows
        .open({ create: path })
        .catch((error: unknown) => report(parent, `Casewright could not create ${path}.`, error));
    },

    /** File → Open: one window per chosen case. */
    async openCase(parent?: BrowserWindow): Promise<void> {
      const dialogOptions = {
        title: 'Open a case',
        properties: ['openFile' as const, 'multiSelections' as const],
        filters: CASE_FILTERS,
      };
      const chosen = await (parent
        ? dialog.showOpenDialog(parent, dialogOptions)
        : dialog.showOpenDialog(dialogOptions));
      if (chosen.canceled) return;
      for (const path of chosen.filePaths) await openPath(path);
    },

    /** File → Open the sample case. */
    async openSample(): Promise<void> {
      await windows
        .open({ sample: true })
        .catch((error: unknown) => report(undefined, 'The sample case could not be opened.', error));
    },

    /**
     * File → Restore Backup…: asks which case (a damaged one cannot be opened), confirms, replaces the file with its
     * latest backup (its current state is kept beside the backups) and shows the restored case.
     */
    async restoreBackup(parent?: BrowserWindow): Promise<void> {
      const dialogOptions = {
        title: 'Restore a case from its latest backup',
        buttonLabel: 'Choose',
        properties: ['openFile' as const],
        filters: CASE_FILTERS,
      };
      const chosen = await (parent
        ? dialog.showOpenDialog(parent, dialogOptions)
        : dialog.showOpenDialog(dialogOptions));
      const path = chosen.filePaths[0];
      if (chosen.canceled || path === undefined) return;
      const confirm = {
        type: 'question' as const,
        message: `Replace ${path} with its latest backup?`,
        detail: 'Its current state is kept beside its backups in the data folder.',
        buttons: ['Restore', 'Cancel'],
        defaultId: 1,
        cancelId: 1,
      };
      const answer = await (parent ? dialog.showMessageBox(parent, confirm) : dialog.showMessageBox(confirm));
      if (answer.response !== 0) return;
      await windows
        .open({ restore: path })
        .catch((error: unknown) => report(parent, `Casewright could not restore ${path}.`, error));
    },

    /**
     * Open shared case… (the renderer's dialog asks for the server, the name and the token): asks where to keep the
     * local copy and opens it in a window of its own; a refusal or an unreachable server is thrown back to the dialog.
     */
    async openShared(parent: BrowserWindow, shared: Omit<MethodInput<'case-open-shared'>, 'path'>): Promise<SavedFile> {
      const chosen = await dialog.showSaveDialog(parent, {
        title: `Keep a local copy of “${shared.name}”`,
        buttonLabel: 'Open',
        defaultPath: join(options.documentsFolder(), `${shared.name}.casewright`),
        filters: CASE_FILTERS,
      });
      if (chosen.canceled || !chosen.filePath) return { saved: false, path: null };
      const path = withCaseExtension(chosen.filePath);
      if (windows.find(path))
        throw new Error(`${path} is open in another window: close it first, or choose another file.`);
      await windows.open({ shared: { ...shared, path } });
      return { saved: true, path };
    },

    /** File → Save As: copies the case to a new file and continues in the copy. */
    async saveAs(caseWindow: CaseWindow): Promise<void> {
      const current = caseWindow.path();
      const chosen = await dialog.showSaveDialog(caseWindow.window, {
        title: 'Save the case as',
        defaultPath: current ? current.replace(/\.casewright$/i, ' copy.casewright') : options.documentsFolder(),
        filters: CASE_FILTERS,
      });
      if (chosen.canceled || !chosen.filePath) return;
      const path = withCaseExtension(chosen.filePath);
      if (windows.find(path)) {
        await report(
          caseWindow.window,
          `${path} is open in another window.`,
          'Close it first, or choose another name.',
        );
        return;
      }
      let saved: MethodOutput<'case-save-as'>;
      try {
        saved = (await caseWindow.target.call('case-save-as', { path })) as MethodOutput<'case-save-as'>;
        caseWindow.window.webContents.send(COMMAND_CHANNEL, 'case.reload');
      } catch (error) {
        await report(caseWindow.window, `Casewright could not save the case as ${path}.`, error);
        return;
      }
      if (saved.notice) {
        await dialog.showMessageBox(caseWindow.window, {
          type: 'info',
          message: `Saved as ${path}.`,
          detail: saved.notice,
          buttons: ['OK'],
        });
      }
    },
  };
}

export type FileCommands = ReturnType<typeof fileCommands>;
