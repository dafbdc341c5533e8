import type { IpcMainEvent, IpcMainInvokeEvent, MessagePortMain, WebContents } from 'electron';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { ENGINE_PORT_CHANNEL, ENGINE_PORT_REQUEST } from '../../app/api/desktopContract';
import { DESKTOP_METHOD_NAMES } from '../../app/api/methodList';
import type { ApiReply } from '../../app/api/reply';
import { type CaseTarget, registerIpcHandlers } from '../../main/ipc';
import { APP_URL } from '../../main/security';
import { FakeFrame, FakeWebContents } from './support/fakeElectron';

type Handler = (event: IpcMainInvokeEvent, input: unknown) => Promise<ApiReply>;

describe('IPC: the desktop calls and the channel to the engine', () => {
  let handlers: Map<string, Handler>;
  let listeners: Map<string, (event: IpcMainEvent) => void>;
  let ours: FakeWebContents;
  let desktop: ReturnType<typeof vi.fn<CaseTarget['desktop']>>;
  let openPort: ReturnType<typeof vi.fn<CaseTarget['openPort']>>;
  const port = { name: 'port to the engine' } as unknown as MessagePortMain;

  beforeEach(() => {
    handlers = new Map();
    listeners = new Map();
    ours = new FakeWebContents();
    ours.mainFrame = new FakeFrame(APP_URL);
    desktop = vi.fn<CaseTarget['desktop']>(async () => ({ saved: false, path: null }));
    openPort = vi.fn<CaseTarget['openPort']>(() => port);
    const target: CaseTarget = { call: vi.fn(), desktop, openPort };
    registerIpcHandlers(
      {
        handle: (channel: string, handler: Handler) => void handlers.set(channel, handler),
        on: (channel: string, listener: (event: IpcMainEvent) => void) => void listeners.set(channel, listener),
      } as never,
      (contents) => (contents === (ours as unknown as WebContents) ? target : undefined),
    );
  });

  const from = (sender: FakeWebContents, frame = sender.mainFrame) =>
    ({ sender, senderFrame: frame }) as unknown as IpcMainInvokeEvent & IpcMainEvent;

  test('registers one channel per desktop call and the port request; the service API is not behind main', () => {
    expect([...handlers.keys()].sort()).toEqual(DESKTOP_METHOD_NAMES.map((name) => `api:${name}`).sort());
    expect([...listeners.keys()]).toEqual([ENGINE_PORT_REQUEST]);
    expect(handlers.has('api:nodes-add')).toBe(false);
  });

  test("our window's page asks for its port and is handed one end of a channel to its engine", () => {
    listeners.get(ENGINE_PORT_REQUEST)!(from(ours));
    expect(openPort).toHaveBeenCalledTimes(1);
    expect(ours.postMessage).toHaveBeenCalledWith(ENGINE_PORT_CHANNEL, null, [port]);
  });

  test('desktop calls are parsed by their schema before anything runs', async () => {
    const save = handlers.get('api:desktop-save-export')!;
    const hostile = await save(from(ours), { fileName: '../../.bashrc', base64: 'AAAA' });
    expect(hostile).toMatchObject({ ok: false, error: { code: 'invalid_input', path: 'fileName' } });
    const notBase64 = await save(from(ours), { fileName: 'memo.docx', base64: '<script>' });
    expect(notBase64).toMatchObject({ ok: false, error: { code: 'invalid_input', path: 'base64' } });
    expect(desktop).not.toHaveBeenCalled();
    expect(await save(from(ours), { fileName: 'memo.docx', base64: 'UEsDBA==' })).toEqual({
      ok: true,
      result: { saved: false, path: null },
    });
    expect(desktop).toHaveBeenCalledWith('desktop-save-export', { fileName: 'memo.docx', base64: 'UEsDBA==' });
  });

  test.each([
    ['another origin', () => from(withPage(new FakeWebContents(), 'https://evil.example/'))],
    ['our page in a window that is not ours', () => from(withPage(new FakeWebContents(), APP_URL))],
    ['a subframe of our window', () => from(ours, new FakeFrame(APP_URL, ours.mainFrame))],
    ['a file:// page in our window', () => from(withPage(ours, 'file:///etc/passwd'))],
    ['another host of the app scheme', () => from(withPage(ours, 'app://evil/index.html'))],
    [
      'a frame that is gone',
      () => ({ sender: ours, senderFrame: null }) as unknown as IpcMainInvokeEvent & IpcMainEvent,
    ],
  ])('refuses %s: no desktop call runs and no port is handed over', async (_name, event) => {
    const reply = await handlers.get('api:desktop-save-export')!(event(), { fileName: 'memo.docx', base64: 'AA==' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    listeners.get(ENGINE_PORT_REQUEST)!(event());
    expect(desktop).not.toHaveBeenCalled();
    expect(openPort).not.toHaveBeenCalled();
  });
});

function withPage(contents: FakeWebContents, url: string): FakeWebContents {
  contents.mainFrame = new FakeFrame(url);
  return contents;
}
