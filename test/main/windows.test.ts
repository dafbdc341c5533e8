import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { APP_URL, createSecureWindow } from '../../main/security';
import { loadWindowState, placeWindow } from '../../main/windowState';
import { CaseWindows } from '../../main/windows';
import { TEMPLATES_FOLDER, type TempService, tempService } from '../support/tempService';
import { CHECKLIST_PREFERENCES } from './support/checklist';
import { FakeBrowserWindow } from './support/fakeElectron';

describe('case windows', () => {
  let temp: TempService;
  let windows: CaseWindows;
  let shown: string[];
  let gone: string[];
  const stateFile = () => join(temp.dataFolder, 'window-state.json');

  const makeWindows = () =>
    new CaseWindows({
      createWindow: (options) => createSecureWindow(FakeBrowserWindow as never, options),
      service: { dataFolder: temp.dataFolder, templatesFolder: TEMPLATES_FOLDER },
      preload: '/app/out/preload/preload.cjs',
      windowStateFile: stateFile(),
      workAreas: () => [{ x: 0, y: 0, width: 1920, height: 1080 }],
      desktopCall: vi.fn(),
      onCaseShown: (path) => shown.push(path),
      onRendererGone: (reason) => gone.push(reason),
    });

  beforeEach(async () => {
    temp = tempService();
    await temp.api['case-create']({ path: temp.path('pact.casewright'), templateId: 'russia-dprk-pact-2024' });
    await temp.api['case-create']({ path: temp.path('npt.casewright'), templateId: 'npt-contravention' });
    temp.service.close();
    FakeBrowserWindow.instances = [];
    shown = [];
    gone = [];
    windows = makeWindows();
  });
  afterEach(() => {
    for (const caseWindow of windows.all()) (caseWindow.window as unknown as FakeBrowserWindow).close();
    temp.dispose();
  });

  test('a case opens in a sandboxed window that loads the app:// page, with its own service', async () => {
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
    expect(second.service).not.toBe(first.service);
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
    window.close();
    expect(caseWindow.service.context.session).toBeUndefined();
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
    expect(progress[0]).toBe(0);
    expect(progress.at(-1)).toBe(-1);
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
