import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { ENGINE_PORT_CHANNEL, ENGINE_PORT_REQUEST } from '../../app/api/desktopContract';
import { DESKTOP_METHOD_NAMES } from '../../app/api/methodList';
import { CaseService } from '../../app/api/service';
import { EngineConnection } from '../../app/engine/engineConnection';
import { mainPort } from '../../main/engineProcess';
import { APP_URL } from '../../main/security';
import { TEMPLATES_FOLDER } from '../support/tempService';
import { CHECKLIST_PREFERENCES } from './support/checklist';
import { stopEngines } from './support/workerEngine';

vi.mock('electron', async () => await import('./support/fakeElectron'));
const electron = await import('./support/fakeElectron');

describe('the main process, wired with a stand-in for Electron', () => {
  const home = mkdtempSync(join(tmpdir(), 'casewright-main-'));
  const listeners = (event: 'uncaughtException' | 'unhandledRejection') =>
    process.listeners(event as 'uncaughtException') as ((error: unknown, origin?: unknown) => void)[];
  const listenersBefore = {
    uncaughtException: listeners('uncaughtException'),
    unhandledRejection: listeners('unhandledRejection'),
  };
  const windows = () => electron.FakeBrowserWindow.instances.filter((window) => !window.destroyed);
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
  afterAll(async () => {
    for (const window of windows()) window.close();
    await stopEngines();
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

  test('on ready: the renderer is served on app://, one IPC handler per desktop call, the port request, the menu', () => {
    expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(electron.ipcMain.handle.mock.calls.map(([channel]) => channel).sort()).toEqual(
      DESKTOP_METHOD_NAMES.map((name) => `api:${name}`).sort(),
    );
    expect(electron.ipcMain.on.mock.calls.map(([channel]) => channel)).toEqual([ENGINE_PORT_REQUEST]);
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

  test('the window’s page gets a port to its engine (a utility process) and reaches its case over it; another page does not', async () => {
    const [window] = windows();
    expect(electron.utilityProcess.fork).toHaveBeenCalledWith(
      expect.stringMatching(/engine\.js$/),
      [],
      expect.objectContaining({ env: expect.objectContaining({ CASEWRIGHT_HOME: home }) }),
    );
    const requestPort = electron.ipcMain.on.mock.calls.find(([channel]) => channel === ENGINE_PORT_REQUEST)![1] as (
      event: unknown,
    ) => void;
    requestPort({ sender: window!.webContents, senderFrame: window!.webContents.mainFrame });
    const [channel, , ports] = window!.webContents.postMessage.mock.calls.at(-1) as [string, unknown, unknown[]];
    expect(channel).toBe(ENGINE_PORT_CHANNEL);
    const page = new EngineConnection(mainPort(ports[0] as never));
    expect(JSON.stringify(await page.call('outline-get', {}))).toContain('Security Council');
    const stranger = new electron.FakeWebContents();
    stranger.mainFrame = new electron.FakeFrame(APP_URL);
    requestPort({ sender: stranger, senderFrame: stranger.mainFrame });
    expect(stranger.postMessage).not.toHaveBeenCalled();
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
    await vi.waitFor(() => expect(windows()).toHaveLength(2), { timeout: 10_000 });
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
