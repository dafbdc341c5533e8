import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MessagePortMain } from 'electron';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { StreamMessage } from '../../app/api/changeEvent';
import { ENGINE_PORT_CHANNEL } from '../../app/api/desktopContract';
import { EngineConnection } from '../../app/engine/engineConnection';
import { mainPort } from '../../main/engineProcess';
import { APP_URL, createSecureWindow } from '../../main/security';
import { loadWindowState, placeWindow } from '../../main/windowState';
import { CaseWindows } from '../../main/windows';
import { TEMPLATES_FOLDER, type TempService, tempService } from '../support/tempService';
import { CHECKLIST_PREFERENCES } from './support/checklist';
import { FakeBrowserWindow } from './support/fakeElectron';
import { startWorkerEngine, stopEngines, type WorkerUtilityProcess } from './support/workerEngine';

describe('case windows', () => {
  let temp: TempService;
  let windows: CaseWindows;
  let shown: string[];
  let gone: string[];
  let engines: WorkerUtilityProcess[];
  let engineGone: { code: number; restarted: boolean }[];
  const stateFile = () => join(temp.dataFolder, 'window-state.json');

  const makeWindows = () =>
    new CaseWindows({
      createWindow: (options) => createSecureWindow(FakeBrowserWindow as never, options),
      startEngine: () =>
        startWorkerEngine({ CASEWRIGHT_HOME: temp.dataFolder, CASEWRIGHT_TEMPLATES: TEMPLATES_FOLDER }, engines),
      preload: '/app/out/preload/preload.cjs',
      windowStateFile: stateFile(),
      workAreas: () => [{ x: 0, y: 0, width: 1920, height: 1080 }],
      desktopCall: vi.fn(),
      onCaseShown: (path) => shown.push(path),
      onRendererGone: (reason) => gone.push(reason),
      onEngineGone: (_window, code, restarted) => engineGone.push({ code, restarted }),
    });

  beforeEach(async () => {
    temp = tempService();
    await temp.api['case-create']({ path: temp.path('pact.casewright'), templateId: 'russia-dprk-pact-2024' });
    await temp.api['case-create']({ path: temp.path('npt.casewright'), templateId: 'npt-contravention' });
    temp.service.close();
    FakeBrowserWindow.instances = [];
    shown = [];
    gone = [];
    engines = [];
    engineGone = [];
    windows = makeWindows();
  });
  afterEach(async () => {
    for (const caseWindow of windows.all()) (caseWindow.window as unknown as FakeBrowserWindow).close();
    await stopEngines();
    temp.dispose();
  });

  test('a case opens in a sandboxed window that loads the app:// page, with its own engine', async () => {
    const caseWindow = await windows.open({ path: temp.path('pact.casewright') });
    const window = caseWindow.window as unknown as FakeBrowserWindow;
    expect(window.options.webPreferences).toEqual({
      ...CHECKLIST_PREFERENCES,
      preload: '/app/out/preload/preload.cjs',
    });
    expect(window.loadedUrl).toBe(APP_URL);
    expect(window.title).toBe('pact — Casewright');
    expect(shown).toEqual([temp.path('pact.casewright')]);
    const outline = (await caseWindow.target.call('outline-get', {})) as unknown;
    expect(JSON.stringify(outline)).toContain('Security Council');
    expect(windows.targetOf(window.webContents as never)).toBe(caseWindow.target);
  });

  test('a case already open is focused, not opened twice; another case gets its own window', async () => {
    const first = await windows.open({ path: temp.path('pact.casewright') });
    const again = await windows.open({ path: join(temp.folder, '.', 'pact.casewright') });
    expect(again).toBe(first);
    expect(FakeBrowserWindow.instances).toHaveLength(1);
    expect((first.window as unknown as FakeBrowserWindow).focus).toHaveBeenCalled();
    const second = await windows.open({ path: temp.path('npt.casewright') });
    expect(second).not.toBe(first);
    expect(windows.all()).toHaveLength(2);
    expect(second.engine).not.toBe(first.engine);
    expect(engines).toHaveLength(2);
  });

  test('a file that is not a case opens no window', async () => {
    writeFileSync(temp.path('notes.casewright'), 'not a database');
    await expect(windows.open({ path: temp.path('notes.casewright') })).rejects.toThrow();
    expect(FakeBrowserWindow.instances).toHaveLength(0);
  });

  test('closing the window closes its case; its size and place are remembered for the next window', async () => {
    const caseWindow = await windows.open({ path: temp.path('pact.casewright') });
    const window = caseWindow.window as unknown as FakeBrowserWindow;
    window.options.x = 140;
    window.options.y = 90;
    window.options.width = 1000;
    window.options.height = 700;
    window.maximized = true;
    const engineExited = caseWindow.engine.close();
    window.close();
    await engineExited;
    expect(windows.all()).toHaveLength(0);
    expect(JSON.parse(readFileSync(stateFile(), 'utf8'))).toEqual({
      x: 140,
      y: 90,
      width: 1000,
      height: 700,
      maximized: true,
    });

    const next = (await makeWindows().open({ path: temp.path('npt.casewright') }))
      .window as unknown as FakeBrowserWindow;
    expect(next.options).toMatchObject({ x: 140, y: 90, width: 1000, height: 700 });
    expect(next.maximized).toBe(true);
    next.close();
  });

  test('an export shows its progress on the taskbar icon, and the bar is cleared at the end', async () => {
    const caseWindow = await windows.open({ path: temp.path('pact.casewright') });
    await caseWindow.target.call('export-document', { format: 'html', layout: 'memo' });
    const progress = (caseWindow.window as unknown as FakeBrowserWindow).progress;
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.some((fraction) => fraction > 0 && fraction < 1)).toBe(true);
    expect(progress.at(-1)).toBe(-1);
  });

  test("the page's port reaches the engine directly: calls are answered and every change is pushed", async () => {
    const caseWindow = await windows.open({ path: temp.path('pact.casewright') });
    const page = new EngineConnection(mainPort(caseWindow.target.openPort()));
    const pushed: StreamMessage[] = [];
    page.subscribe((message) => pushed.push(message));
    const added = (await page.call(
      'nodes-add',
      { parentId: null, kind: 'issue', title: 'Whether the page writes through its port' },
      'page-1',
    )) as { id: number };
    const change = pushed.find((message) => message.type === 'change');
    expect(change).toMatchObject({ change: { origin: 'page-1', cause: 'edit' } });
    expect(change?.type === 'change' && change.change.nodes.added.map((node) => node.id)).toEqual([added.id]);
    // main's own connection sees the same case: one engine serves the window and main.
    expect(JSON.stringify(await caseWindow.target.call('outline-get', {}))).toContain('Whether the page writes');
    await expect(page.call('nodes-get', { id: 'x' })).rejects.toMatchObject({ code: 'invalid_input' });
  });

  test('an engine that crashes is restarted with the case reopened, and the page gets a new port; nothing is lost', async () => {
    const caseWindow = await windows.open({ path: temp.path('pact.casewright') });
    const window = caseWindow.window as unknown as FakeBrowserWindow;
    await caseWindow.target.call('nodes-add', { parentId: null, kind: 'issue', title: 'Written before the crash' });
    await engines[0]!.crash();
    await vi.waitFor(() => expect(engineGone).toEqual([{ code: 1, restarted: true }]), { timeout: 10_000 });
    expect(engines).toHaveLength(2);
    const [channel, , ports] = window.webContents.postMessage.mock.calls.at(-1) as [string, unknown, unknown[]];
    expect(channel).toBe(ENGINE_PORT_CHANNEL);
    const page = new EngineConnection(mainPort(ports[0] as MessagePortMain));
    expect(JSON.stringify(await page.call('outline-get', {}))).toContain('Written before the crash');
    expect(caseWindow.path()).toBe(temp.path('pact.casewright'));
    expect(window.title).toBe('pact — Casewright');
  });

  test('a crashed renderer is reloaded (the case is safe in its file)', async () => {
    const window = (await windows.open({ path: temp.path('pact.casewright') })).window as unknown as FakeBrowserWindow;
    window.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 });
    expect(window.webContents.reload).toHaveBeenCalled();
    expect(gone).toEqual(['crashed']);
  });
});

describe('window state', () => {
  test('a missing or damaged file gives the default size', () => {
    expect(loadWindowState('/nonexistent/window-state.json')).toEqual({ width: 1280, height: 820, maximized: false });
  });

  test.each([
    ['on screen', { x: 100, y: 100, width: 1000, height: 700, maximized: false }, 0, { x: 100, y: 100 }],
    [
      'cascaded behind two open windows',
      { x: 100, y: 100, width: 1000, height: 700, maximized: false },
      2,
      { x: 156, y: 156 },
    ],
    ['off every display', { x: 5000, y: 3000, width: 1000, height: 700, maximized: false }, 0, {}],
    ['above the top of the screen', { x: 100, y: -500, width: 1000, height: 700, maximized: false }, 0, {}],
  ])('%s', (_name, state, open, expected) => {
    const placed = placeWindow(state, [{ x: 0, y: 0, width: 1920, height: 1080 }], open);
    expect({ x: placed.x, y: placed.y }).toEqual({ x: undefined, y: undefined, ...expected });
    expect(placed.width).toBe(1000);
  });
});
