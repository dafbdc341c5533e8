import type { IpcMainInvokeEvent, WebContents } from 'electron';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { METHOD_NAMES } from '../../app/api/handlers';
import { DESKTOP_METHOD_NAMES } from '../../app/api/methodList';
import type { ApiReply } from '../../app/api/reply';
import { type CaseTarget, registerIpcHandlers } from '../../main/ipc';
import { APP_URL } from '../../main/security';
import { type TempService, tempService } from '../support/tempService';
import { FakeFrame, FakeWebContents } from './support/fakeElectron';

type Handler = (event: IpcMainInvokeEvent, input: unknown) => Promise<ApiReply>;

describe('IPC: one handler per method of the service API', () => {
  let temp: TempService;
  let handlers: Map<string, Handler>;
  let ours: FakeWebContents;
  let call: ReturnType<typeof vi.fn<CaseTarget['call']>>;
  let desktop: ReturnType<typeof vi.fn<CaseTarget['desktop']>>;

  beforeEach(async () => {
    temp = tempService();
    await temp.api['case-create']({ path: temp.path('ipc.casewright'), templateId: 'legal-memo' });
    handlers = new Map();
    ours = new FakeWebContents();
    ours.mainFrame = new FakeFrame(APP_URL);
    call = vi.fn<CaseTarget['call']>((name, input) => temp.service.call(name, input));
    desktop = vi.fn<CaseTarget['desktop']>(async () => ({ saved: false, path: null }));
    const target: CaseTarget = { call, desktop };
    registerIpcHandlers(
      { handle: (channel: string, handler: Handler) => void handlers.set(channel, handler) } as never,
      (contents) => (contents === (ours as unknown as WebContents) ? target : undefined),
    );
  });
  afterEach(() => temp.dispose());

  const from = (sender: FakeWebContents, frame = sender.mainFrame) =>
    ({ sender, senderFrame: frame }) as unknown as IpcMainInvokeEvent;
  const invoke = (method: string, input: unknown, event = from(ours)) => handlers.get(`api:${method}`)!(event, input);

  test('registers exactly one channel per API method and per desktop call, and nothing else', () => {
    expect([...handlers.keys()].sort()).toEqual(
      [...METHOD_NAMES, ...DESKTOP_METHOD_NAMES].map((name) => `api:${name}`).sort(),
    );
  });

  test('passes the raw argument to the service, which parses it, and replies { ok: true, result }', async () => {
    const reply = await invoke('nodes-add', { parentId: null, kind: 'issue', title: 'Is the pact a breach?' });
    expect(reply.ok).toBe(true);
    expect(call).toHaveBeenCalledWith('nodes-add', { parentId: null, kind: 'issue', title: 'Is the pact a breach?' });
    const outline = await invoke('outline-get', {});
    expect(JSON.stringify(outline)).toContain('Is the pact a breach?');
  });

  test.each([
    ['a string instead of an object', 'nodes-add', 'issue'],
    ['an unknown field', 'nodes-add', { kind: 'issue', __proto__polluted: true }],
    ['a wrong type', 'nodes-get', { id: '1; DROP TABLE nodes' }],
    ['a huge title', 'nodes-add', { kind: 'claim', title: 'x'.repeat(3_000_000) }],
    ['an unknown kind', 'nodes-add', { kind: 'script' }],
    ['a path with NUL', 'case-open', { path: '/tmp/a\u0000b.casewright' }],
    ['an array', 'case-update', [1, 2, 3]],
  ])('rejects %s with { ok: false, error: { code: "invalid_input" } }', async (_name, method, input) => {
    const reply = await invoke(method, input);
    expect(reply.ok).toBe(false);
    expect(reply.ok === false && reply.error.code).toBe('invalid_input');
    expect(reply.ok === false && typeof reply.error.message).toBe('string');
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

  test('errors cross as payloads, never as Error objects', async () => {
    const reply = await invoke('nodes-get', { id: 999_999 });
    expect(reply).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(reply.ok === false && reply.error).not.toBeInstanceOf(Error);
    expect(JSON.parse(JSON.stringify(reply))).toEqual(reply);
  });

  test.each([
    ['another origin', () => from(withPage(new FakeWebContents(), 'https://evil.example/'))],
    ['our page in a window that is not ours', () => from(withPage(new FakeWebContents(), APP_URL))],
    ['a subframe of our window', () => from(ours, new FakeFrame(APP_URL, ours.mainFrame))],
    ['a file:// page in our window', () => from(withPage(ours, 'file:///etc/passwd'))],
    ['another host of the app scheme', () => from(withPage(ours, 'app://evil/index.html'))],
    ['a frame that is gone', () => ({ sender: ours, senderFrame: null }) as unknown as IpcMainInvokeEvent],
  ])('refuses %s, and the service is never called', async (_name, event) => {
    const reply = await handlers.get('api:nodes-add')!(event(), { parentId: null, kind: 'issue', title: 'valid' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(call).not.toHaveBeenCalled();
    expect(desktop).not.toHaveBeenCalled();
  });
});

function withPage(contents: FakeWebContents, url: string): FakeWebContents {
  contents.mainFrame = new FakeFrame(url);
  return contents;
}
