import { beforeAll, describe, expect, test, vi } from 'vitest';
import { COMMAND_CHANNEL } from '../../app/api/desktopContract';
import { API_METHOD_NAMES, DESKTOP_METHOD_NAMES } from '../../app/api/methodList';
import { ApiError } from '../../app/api/reply';

vi.mock('electron', async () => await import('./support/fakeElectron'));
const electron = await import('./support/fakeElectron');

type Bridge = Record<string, (...args: unknown[]) => unknown>;

describe('the preload', () => {
  let bridge: Bridge;

  beforeAll(async () => {
    await import('../../main/preload');
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    const [key, exposed] = electron.contextBridge.exposeInMainWorld.mock.calls[0] as [string, Bridge];
    expect(key).toBe('casewright');
    bridge = exposed;
  });

  test('exposes one named function per API method and desktop call, plus onCommand, and nothing else', () => {
    expect(Object.keys(bridge).sort()).toEqual([...API_METHOD_NAMES, ...DESKTOP_METHOD_NAMES, 'onCommand'].sort());
    for (const value of Object.values(bridge)) expect(typeof value).toBe('function');
    for (const forbidden of ['invoke', 'send', 'ipcRenderer', 'process', 'require', 'on']) {
      expect(bridge).not.toHaveProperty(forbidden);
    }
  });

  test('each function invokes its own channel and resolves with the result', async () => {
    electron.ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, result: { rows: [] } });
    await expect(bridge['outline-get']!({})).resolves.toEqual({ rows: [] });
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith('api:outline-get', {});
    electron.ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, result: { saved: true, path: '/tmp/memo.docx' } });
    await bridge['desktop-save-export']!({ fileName: 'memo.docx', base64: 'AA==' });
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith('api:desktop-save-export', {
      fileName: 'memo.docx',
      base64: 'AA==',
    });
  });

  test('an error reply becomes a thrown ApiError with the code and the path', async () => {
    electron.ipcRenderer.invoke.mockResolvedValueOnce({
      ok: false,
      error: { code: 'invalid_input', message: 'nodes-add: title: too long', path: 'title' },
    });
    const error = (await (bridge['nodes-add']!({ title: 'x' }) as Promise<unknown>).catch(
      (caught) => caught,
    )) as Error & {
      code: string;
      path: string;
    };
    expect(error).toBeInstanceOf(ApiError);
    expect(error.message).toBe('nodes-add: title: too long');
    expect(error.code).toBe('invalid_input');
    expect(error.path).toBe('title');
  });

  test('onCommand passes on known command ids only, and unsubscribes', () => {
    const listener = vi.fn();
    const unsubscribe = bridge.onCommand!(listener) as () => void;
    for (const id of ['edit.undo', 'app.export', 'rm -rf /', 42, { id: 'edit.undo' }, '__proto__']) {
      electron.ipcRenderer.emit(COMMAND_CHANNEL, { sender: 'event' }, id);
    }
    expect(listener.mock.calls).toEqual([['edit.undo'], ['app.export']]);
    unsubscribe();
    electron.ipcRenderer.emit(COMMAND_CHANNEL, {}, 'edit.redo');
    expect(listener).toHaveBeenCalledTimes(2);
    expect(() => bridge.onCommand!('not a function')).toThrow(TypeError);
  });
});
