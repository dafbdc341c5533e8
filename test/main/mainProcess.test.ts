import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IpcMainInvokeEvent, MenuItemConstructorOptions } from 'electron';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { METHOD_NAMES } from '../../app/api/handlers';
import { DESKTOP_METHOD_NAMES } from '../../app/api/methodList';
import type { ApiReply } from '../../app/api/reply';
import { CaseService } from '../../app/api/service';
import { APP_URL } from '../../main/security';
import { TEMPLATES_FOLDER } from '../support/tempService';
import { CHECKLIST_PREFERENCES } from './support/checklist';

vi.mock('electron', async () => await import('./support/fakeElectron'));
const electron = await import('./support/fakeElectron');

type Handler = (event: IpcMainInvokeEvent, input: unknown) => Promise<ApiReply>;

describe('the main process, wired with a stand-in for Electron', () => {
  const home = mkdtempSync(join(tmpdir(), 'casewright-main-'));
  const listeners = (event: 'uncaughtException' | 'unhandledRejection') =>
    process.listeners(event as 'uncaughtException') as ((error: unknown, origin?: unknown) => void)[];
  const listenersBefore = {
    uncaughtException: listeners('uncaughtException'),
    unhandledRejection: listeners('unhandledRejection'),
  };
  const windows = () => electron.FakeBrowserWindow.instances.filter((window) => !window.destroyed);
  const handler = (channel: string) =>
    electron.ipcMain.handle.mock.calls.find(([name]) => name === channel)![1] as unknown as Handler;
  const menuItems = (): MenuItemConstructorOptions[] => {
    const template = electron.Menu.buildFromTemplate.mock.calls.at(-1)![0] as MenuItemConstructorOptions[];
    const flatten = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
      items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
    return flatten(template);
  };

  beforeAll(async () => {
    vi.stubEnv('CASEWRIGHT_HOME', home);
    electron.FakeBrowserWindow.instances = [];
    await import('../../main/main');
    await vi.waitFor(() => expect(windows()).toHaveLength(1), { timeout: 10_000 });
  });
  afterAll(() => {
    for (const window of windows()) window.close();
    for (const event of ['uncaughtException', 'unhandledRejection'] as const) {
      for (const listener of listeners(event)) {
        if (!listenersBefore[event].includes(listener)) process.removeListener(event as 'uncaughtException', listener);
      }
    }
    vi.unstubAllEnvs();
    rmSync(home, { recursive: true, force: true });
  });

  test('before ready: the app scheme is privileged, every renderer sandboxed, every webContents hardened', () => {
    expect(electron.app.enableSandbox).toHaveBeenCalled();
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({ scheme: 'app' }),
    ]);
    expect(electron.app.listenerCount('web-contents-created')).toBe(1);
    expect(electron.app.requestSingleInstanceLock).toHaveBeenCalled();
  });

  test('on ready: the renderer is served on app://, one IPC handler per method, and the menu', () => {
    expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(electron.ipcMain.handle.mock.calls.map(([channel]) => channel).sort()).toEqual(
      [...METHOD_NAMES, ...DESKTOP_METHOD_NAMES].map((name) => `api:${name}`).sort(),
    );
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalled();
  });

  test('on first start the sample case opens, in a hardened window on app://casewright', () => {
    const [window] = windows();
    expect(window!.options.webPreferences).toEqual({
      ...CHECKLIST_PREFERENCES,
      preload: expect.stringMatching(/preload[\\/]preload\.cjs$/),
    });
    expect(window!.loadedUrl).toBe(APP_URL);
    expect(window!.title).toBe('Sample case - Russia-DPRK pact 2024 — Casewright');
    expect(window!.webContents.setWindowOpenHandler).toHaveBeenCalled();
    expect(existsSync(join(home, 'Sample case - Russia-DPRK pact 2024.casewright'))).toBe(true);
    expect(JSON.parse(readFileSync(join(home, 'recent-cases.json'), 'utf8')).cases).toHaveLength(1);
    expect(electron.app.addRecentDocument).toHaveBeenCalled();
  });

  test('the window’s page reaches its case through IPC; another page does not', async () => {
    const [window] = windows();
    const outline = await handler('api:outline-get')(
      { sender: window!.webContents, senderFrame: window!.webContents.mainFrame } as never,
      {},
    );
    expect(outline.ok).toBe(true);
    expect(JSON.stringify(outline)).toContain('Security Council');
    const stranger = new electron.FakeWebContents();
    stranger.mainFrame = new electron.FakeFrame(APP_URL);
    const refused = await handler('api:outline-get')(
      { sender: stranger, senderFrame: stranger.mainFrame } as never,
      {},
    );
    expect(refused.ok).toBe(false);
  });

  test('a menu item sends its command id to the focused window', () => {
    const [window] = windows();
    window!.focus();
    menuItems().find((item) => item.id === 'edit.undo')!.click!({} as never, undefined, {} as never);
    expect(window!.webContents.send).toHaveBeenCalledWith('menu:command', 'edit.undo');
  });

  test('a second launch with the open case focuses its window; with another case, opens it', async () => {
    const [sample] = windows();
    sample!.focus.mockClear();
    electron.app.emit(
      'second-instance',
      {},
      ['/usr/bin/casewright', 'Sample case - Russia-DPRK pact 2024.casewright'],
      home,
    );
    await vi.waitFor(() => expect(sample!.focus).toHaveBeenCalled());
    expect(windows()).toHaveLength(1);

    const other = join(home, 'npt.casewright');
    const service = new CaseService({ dataFolder: home, templatesFolder: TEMPLATES_FOLDER });
    await service.call('case-create', { path: other, templateId: 'npt-contravention' });
    service.close();
    electron.app.emit('second-instance', {}, ['/usr/bin/casewright', '--flag', other], '/');
    await vi.waitFor(() => expect(windows()).toHaveLength(2));
    expect(windows()[1]!.title).toBe('npt — Casewright');
    const recent = menuItems().find((item) => item.label === 'Open Recent')!.submenu as MenuItemConstructorOptions[];
    expect(recent[0]!.label).toBe(other);
  });

  test('an uncaught error is logged and shown, and the app keeps running', () => {
    const listener = listeners('uncaughtException').find(
      (candidate) => !listenersBefore.uncaughtException.includes(candidate),
    )!;
    listener(new Error('something broke'), 'uncaughtException');
    expect(electron.dialog.showMessageBox).toHaveBeenCalledWith(
      expect.objectContaining({ type: 'error', detail: expect.stringContaining(join(home, 'logs', 'main.log')) }),
    );
    expect(readFileSync(join(home, 'logs', 'main.log'), 'utf8')).toContain('something broke');
    expect(electron.app.quit).not.toHaveBeenCalled();
  });

  test('closing the last window quits (but on macOS)', () => {
    electron.app.emit('window-all-closed');
    expect(electron.app.quit).toHaveBeenCalledTimes(process.platform === 'darwin' ? 0 : 1);
  });
});
