import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MessageChannel } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import type { StreamMessage } from '../../app/api/changeEvent';
import { COMMAND_CHANNEL, ENGINE_PORT_CHANNEL, ENGINE_PORT_REQUEST } from '../../app/api/desktopContract';
import { API_METHOD_NAMES, DESKTOP_METHOD_NAMES } from '../../app/api/methodList';
import { ApiError } from '../../app/api/reply';

import { TEMPLATES_FOLDER } from '../support/tempService';
import { WorkerUtilityProcess } from './support/workerEngine';

vi.mock('electron', async () => await import('./support/fakeElectron'));
const electron = await import('./support/fakeElectron');

type Bridge = Record<string, (...args: unknown[]) => unknown>;

describe('the preload', () => {
  let bridge: Bridge;
  const folder = mkdtempSync(join(tmpdir(), 'casewright-preload-'));
  const engine = new WorkerUtilityProcess({
    CASEWRIGHT_HOME: join(folder, 'home'),
    CASEWRIGHT_TEMPLATES: TEMPLATES_FOLDER,
  });
  afterAll(async () => {
    const exited = new Promise((done) => engine.worker.once('exit', done));
    engine.kill();
    await exited;
    rmSync(folder, { recursive: true, force: true });
  });

  beforeAll(async () => {
    await import('../../main/preload');
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    const [key, exposed] = electron.contextBridge.exposeInMainWorld.mock.calls[0] as [string, Bridge];
    expect(key).toBe('casewright');
    bridge = exposed;
  });

  test('exposes one named function per API method and desktop call, the stream and onCommand, and nothing else', () => {
    expect(Object.keys(bridge).sort()).toEqual(
      [...API_METHOD_NAMES, ...DESKTOP_METHOD_NAMES, 'onCommand', 'onEngine', 'clientId'].sort(),
    );
    for (const value of Object.values(bridge)) expect(typeof value).toBe('function');
    for (const forbidden of ['invoke', 'send', 'ipcRenderer', 'process', 'require', 'on', 'postMessage']) {
      expect(bridge).not.toHaveProperty(forbidden);
    }
    expect(electron.ipcRenderer.send).toHaveBeenCalledWith(ENGINE_PORT_REQUEST);
  });

  test('API calls go over the port main hands over, straight to the engine; changes come back on it', async () => {
    const opened = vi.fn();
    const messages: StreamMessage[] = [];
    const revisions: number[] = [];
    bridge.onEngine!({
      message: (message: StreamMessage) => messages.push(message),
      revision: (revision: number) => revisions.push(revision),
      open: opened,
    });
    const pending = bridge['templates-list']!({}) as Promise<{ templates: unknown[] }>;
    const channel = new MessageChannel();
    engine.worker.postMessage({ type: 'connect', port: channel.port2 }, [channel.port2]);
    electron.ipcRenderer.emit(ENGINE_PORT_CHANNEL, { ports: [channel.port1] });
    expect(opened).toHaveBeenCalledWith(false);
    expect((await pending).templates.length).toBeGreaterThan(0);
    const path = join(folder, 'preload.casewright');
    await bridge['case-create']!({ path, templateId: 'legal-memo' });
    await bridge['nodes-add']!({ parentId: null, kind: 'issue', title: 'Whether the preload speaks to the engine' });
    const change = messages.filter((message) => message.type === 'change').at(-1);
    expect(change).toMatchObject({ change: { cause: 'edit', origin: bridge.clientId!() } });
    expect(revisions.at(-1)).toBe(change?.type === 'change' && change.change.revision);
    expect(electron.ipcRenderer.invoke).not.toHaveBeenCalled();
  });

  test('desktop calls invoke their own channel to main and resolve with the result', async () => {
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
      error: { code: 'invalid_input', message: 'desktop-save-export: fileName: not a file name', path: 'fileName' },
    });
    const error = (await (bridge['desktop-save-export']!({ fileName: '..', base64: '' }) as Promise<unknown>).catch(
      (caught) => caught,
    )) as Error & {
      code: string;
      path: string;
    };
    expect(error).toBeInstanceOf(ApiError);
    expect(error.message).toBe('desktop-save-export: fileName: not a file name');
    expect(error.code).toBe('invalid_input');
    expect(error.path).toBe('fileName');
    const engineError = (await (bridge['nodes-get']!({ id: 'x' }) as Promise<unknown>).catch(
      (caught) => caught,
    )) as Error & { code: string };
    expect(engineError).toBeInstanceOf(ApiError);
    expect(engineError.code).toBe('invalid_input');
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
