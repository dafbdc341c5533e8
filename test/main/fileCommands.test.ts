import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fileCommands, withCaseExtension } from '../../main/fileCommands';
import { RecentCases } from '../../main/recentCases';
import { createSecureWindow } from '../../main/security';
import { CaseWindows } from '../../main/windows';
import { startTeam, type TeamServer } from '../collab/replicas';
import { TEMPLATES_FOLDER, type TempService, tempService } from '../support/tempService';
import { FakeBrowserWindow } from './support/fakeElectron';
import { startWorkerEngine, stopEngines } from './support/workerEngine';

/** Overwrites the start of every page after the first, as a failing disk would. */
function damage(path: string): void {
  const bytes = readFileSync(path);
  const pageSize = bytes.readUInt16BE(16);
  for (let page = 2; page < bytes.length / pageSize; page++)
    bytes.fill(0x5a, page * pageSize + 8, page * pageSize + 200);
  writeFileSync(path, bytes);
}

describe('File menu commands', () => {
  let temp: TempService;
  let windows: CaseWindows;
  let recent: RecentCases;
  const dialog = {
    showOpenDialog: vi.fn(),
    showSaveDialog: vi.fn(),
    showMessageBox: vi.fn(async () => ({ response: 0 })),
  };
  let files: ReturnType<typeof fileCommands>;

  beforeEach(async () => {
    temp = tempService();
    await temp.api['case-create']({ path: temp.path('pact.casewright'), templateId: 'russia-dprk-pact-2024' });
    temp.service.close();
    for (const mock of Object.values(dialog)) mock.mockClear();
    recent = new RecentCases(temp.path('recent-cases.json'));
    windows = new CaseWindows({
      createWindow: (options) => createSecureWindow(FakeBrowserWindow as never, options),
      startEngine: () =>
        startWorkerEngine({ CASEWRIGHT_HOME: temp.dataFolder, CASEWRIGHT_TEMPLATES: TEMPLATES_FOLDER }),
      preload: '/preload.cjs',
      windowStateFile: temp.path('window-state.json'),
      workAreas: () => [],
      desktopCall: vi.fn(),
      onCaseShown: (path) => recent.add(path),
      onRendererGone: () => undefined,
      onEngineGone: () => undefined,
    });
    files = fileCommands({
      dialog: dialog as never,
      windows,
      recent,
      documentsFolder: () => temp.folder,
      onRecentChanged: vi.fn(),
    });
  });
  afterEach(async () => {
    for (const caseWindow of windows.all()) (caseWindow.window as unknown as FakeBrowserWindow).close();
    await stopEngines();
    temp.dispose();
  });

  test('New asks where to save, creates an empty case there and opens it', async () => {
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: temp.path('Brief') });
    await files.newCase();
    expect(existsSync(temp.path('Brief.casewright'))).toBe(true);
    const [caseWindow] = windows.all();
    expect(caseWindow!.path()).toBe(temp.path('Brief.casewright'));
    expect(await caseWindow!.target.call('outline-get', {})).toEqual([]);
    expect(recent.list()).toEqual([temp.path('Brief.casewright')]);
  });

  test('New never replaces an existing case: it says so and opens nothing', async () => {
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: temp.path('pact.casewright') });
    await files.newCase();
    expect(windows.all()).toHaveLength(0);
    expect(dialog.showMessageBox).toHaveBeenCalledWith(expect.objectContaining({ type: 'error' }));
  });

  test('Open filters .casewright files and opens each chosen case once', async () => {
    dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [temp.path('pact.casewright')] });
    await files.openCase();
    await files.openCase();
    expect(windows.all()).toHaveLength(1);
    expect(dialog.showOpenDialog.mock.calls[0]![0]).toMatchObject({
      filters: [{ name: 'Casewright cases', extensions: ['casewright'] }],
    });
  });

  test('Open Recent of a case that was deleted says so and takes it off the list', async () => {
    recent.add(temp.path('gone.casewright'));
    await files.openPath(temp.path('gone.casewright'));
    expect(windows.all()).toHaveLength(0);
    expect(recent.list()).not.toContain(temp.path('gone.casewright'));
    expect(dialog.showMessageBox).toHaveBeenCalled();
  });

  test('Save As copies the case, continues in the copy and tells the renderer to reload it', async () => {
    const caseWindow = await windows.open({ path: temp.path('pact.casewright') });
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: temp.path('pact-v2') });
    await files.saveAs(caseWindow);
    expect(caseWindow.path()).toBe(temp.path('pact-v2.casewright'));
    expect(existsSync(temp.path('pact.casewright'))).toBe(true);
    const window = caseWindow.window as unknown as FakeBrowserWindow;
    expect(window.webContents.send).toHaveBeenCalledWith('menu:command', 'case.reload');
    expect(window.title).toBe('pact-v2 — Casewright');
    expect(recent.list()[0]).toBe(temp.path('pact-v2.casewright'));
  });

  test('a file that is not a case is refused with a message', async () => {
    writeFileSync(temp.path('fake.casewright'), 'PK zip, not SQLite');
    await files.openPath(temp.path('fake.casewright'));
    expect(windows.all()).toHaveLength(0);
    expect(dialog.showMessageBox).toHaveBeenCalledWith(expect.objectContaining({ type: 'error' }));
  });

  test('a damaged case names File → Restore Backup…, which puts back its latest backup and opens it', async () => {
    const path = temp.path('pact.casewright');
    const opened = await windows.open({ path });
    const nodes = ((await opened.target.call('outline-get', {})) as unknown[]).length;
    await opened.target.call('backups-create', {});
    const closed = opened.engine.close();
    (opened.window as unknown as FakeBrowserWindow).close();
    await closed;
    damage(path);
    await files.openPath(path);
    expect(windows.all()).toHaveLength(0);
    const refusal = dialog.showMessageBox.mock.calls.at(-1) as unknown as [{ detail: string }];
    expect(refusal[0].detail).toMatch(/is damaged.*File → Restore Backup….*casewright restore/s);

    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [path] });
    await files.restoreBackup();
    const [restored] = windows.all();
    expect(restored!.path()).toBe(path);
    expect(((await restored!.target.call('outline-get', {})) as unknown[]).length).toBe(nodes);
  });

  test('Restore Backup… of a case without a backup says so and opens nothing', async () => {
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [temp.path('pact.casewright')] });
    await files.restoreBackup();
    expect(windows.all()).toHaveLength(0);
    const refusal = dialog.showMessageBox.mock.calls.at(-1) as unknown as [{ type: string; detail: string }];
    expect(refusal[0]).toMatchObject({ type: 'error', detail: expect.stringMatching(/no backup of/) });
  });

  test.each([
    ['Brief', 'Brief.casewright'],
    ['Brief.casewright', 'Brief.casewright'],
    ['Brief.CASEWRIGHT', 'Brief.CASEWRIGHT'],
    ['brief.txt', 'brief.txt.casewright'],
  ])('the extension of %s', (given, expected) => {
    expect(withCaseExtension(given)).toBe(expected);
  });

  describe('with a team server', () => {
    let team: TeamServer;
    beforeEach(async () => {
      team = await startTeam('pact', 2);
    });
    afterEach(() => team.close());

    const shareInWindow = async () => {
      const caseWindow = await windows.open({ path: temp.path('pact.casewright') });
      await caseWindow.target.call('case-share', { url: team.server.url, name: 'pact', token: team.tokens[0] });
      return caseWindow;
    };

    test('Open shared case… asks where to keep the local copy and opens it, shared, in a window of its own', async () => {
      const sharing = await shareInWindow();
      dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: temp.path('team copy') });
      const saved = await files.openShared(sharing.window, {
        url: team.server.url,
        name: 'pact',
        token: team.tokens[1]!,
      });
      expect(saved).toEqual({ saved: true, path: temp.path('team copy.casewright') });
      expect(dialog.showSaveDialog.mock.calls[0]![1]).toMatchObject({
        defaultPath: temp.path('pact.casewright'),
        filters: [{ name: 'Casewright cases', extensions: ['casewright'] }],
      });
      const opened = windows.find(temp.path('team copy.casewright'))!;
      expect(windows.all()).toHaveLength(2);
      expect(await opened.target.call('collab-status', {})).toMatchObject({ name: 'pact', tokenNeeded: false });
      const count = ((await sharing.target.call('outline-get', {})) as unknown[]).length;
      await waitForAsync(async () => ((await opened.target.call('outline-get', {})) as unknown[]).length === count);
    });

    test('Open shared case… with a refused token throws the refusal back to the dialog and opens nothing', async () => {
      const sharing = await shareInWindow();
      dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: temp.path('team copy') });
      await expect(
        files.openShared(sharing.window, { url: team.server.url, name: 'pact', token: 'cw1.9.wrong' }),
      ).rejects.toThrow(/refused this token for “pact”/);
      expect(windows.all()).toHaveLength(1);
      expect(existsSync(temp.path('team copy.casewright'))).toBe(false);
    });

    test('Save As of a shared case tells the user that the copy is not shared', async () => {
      const sharing = await shareInWindow();
      dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: temp.path('my copy') });
      await files.saveAs(sharing);
      expect(dialog.showMessageBox).toHaveBeenLastCalledWith(
        sharing.window,
        expect.objectContaining({
          type: 'info',
          detail: expect.stringMatching(/The copy is an ordinary case of its own, not shared/),
        }),
      );
      expect(await sharing.target.call('collab-status', {})).toBeNull();
    });
  });
});

/** Waits until an asynchronous check holds. */
async function waitForAsync(check: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > timeoutMs) throw new Error('Timed out.');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
