import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { WebContents } from 'electron';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../app/server/contentSecurityPolicy';
import {
  APP_URL,
  createSecureWindow,
  hardenWebContents,
  registerAppScheme,
  rendererResponder,
} from '../../main/security';
import { CHECKLIST_PREFERENCES } from './support/checklist';
import { FakeBrowserWindow, FakeSession, FakeWebContents } from './support/fakeElectron';

describe('the web preferences of every window', () => {
  const created = (webPreferences: Record<string, unknown>) =>
    createSecureWindow(FakeBrowserWindow as never, { width: 800, webPreferences }) as unknown as FakeBrowserWindow;

  test.each(Object.entries(CHECKLIST_PREFERENCES))('%s is %s', (flag, value) => {
    expect(created({ preload: '/app/preload.cjs' }).options.webPreferences![flag]).toBe(value);
  });

  test('a caller cannot weaken them; it can only add a preload or take more away', () => {
    const window = created({
      preload: '/app/preload.cjs',
      nodeIntegration: true,
      contextIsolation: false,
      sandbox: false,
      webSecurity: false,
      javascript: false,
    });
    expect(window.options.webPreferences).toEqual({
      ...CHECKLIST_PREFERENCES,
      preload: '/app/preload.cjs',
      javascript: false,
    });
    expect(window.options.width).toBe(800);
    expect(window.options.webPreferences).not.toHaveProperty('enableBlinkFeatures');
  });

  test('the app scheme is registered as standard and secure, and every renderer is sandboxed', () => {
    const app = { enableSandbox: vi.fn() };
    const protocol = { registerSchemesAsPrivileged: vi.fn() };
    registerAppScheme(app, protocol);
    expect(app.enableSandbox).toHaveBeenCalled();
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) },
    ]);
    const privileges = protocol.registerSchemesAsPrivileged.mock.calls[0]![0][0].privileges;
    expect(privileges).not.toHaveProperty('bypassCSP');
  });
});

describe('the app:// protocol', () => {
  let folder: string;
  let serve: (request: Request) => Promise<Response>;

  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'casewright-protocol-'));
    mkdirSync(join(folder, 'renderer', 'assets'), { recursive: true });
    writeFileSync(join(folder, 'renderer', 'index.html'), '<!doctype html><title>Casewright</title>');
    writeFileSync(join(folder, 'renderer', 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(join(folder, 'secret.txt'), 'the other side’s strategy');
    serve = rendererResponder(join(folder, 'renderer'));
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  const get = (url: string, method = 'GET') => serve(new Request(url, { method }));

  test.each([
    ['app://casewright/', 'text/html; charset=utf-8'],
    [APP_URL, 'text/html; charset=utf-8'],
    ['app://casewright/assets/app.js', 'text/javascript; charset=utf-8'],
  ])('serves %s with the strict Content-Security-Policy', async (url, type) => {
    const response = await get(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  test.each([
    ['..', 'app://casewright/../secret.txt'],
    ['.. deeper', 'app://casewright/assets/../../secret.txt'],
    ['encoded %2e%2e', 'app://casewright/%2e%2e/secret.txt'],
    ['encoded slash', 'app://casewright/..%2fsecret.txt'],
    ['fully encoded', 'app://casewright/%2e%2e%2fsecret.txt'],
    ['double-encoded', 'app://casewright/%252e%252e/secret.txt'],
    ['backslashes', 'app://casewright/..%5csecret.txt'],
    ['an absolute path', 'app://casewright//etc/passwd'],
    ['an encoded absolute path', 'app://casewright/%2fetc%2fpasswd'],
    ['NUL', 'app://casewright/assets/app.js%00.html'],
    ['malformed encoding', 'app://casewright/%E0%A4%A'],
    ['another host', 'app://elsewhere/index.html'],
    ['a missing file', 'app://casewright/assets/missing.js'],
  ])('refuses %s with 404, still under the CSP', async (_name, url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('strategy');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  test('refuses anything but GET', async () => {
    expect((await get(APP_URL, 'POST')).status).toBe(404);
  });
});

describe('every webContents is hardened', () => {
  const setUp = () => {
    const contents = new FakeWebContents();
    contents.session = new FakeSession();
    const openExternal = vi.fn(async (_url: string) => undefined);
    hardenWebContents(contents as unknown as WebContents, { openExternal });
    const fire = (name: string, details: Record<string, unknown>) => {
      const event = { ...details, preventDefault: vi.fn() };
      contents.emit(name, event);
      return event.preventDefault;
    };
    return { contents, openExternal, fire };
  };

  test('navigation and redirects are prevented; a safe link opens in the browser instead', () => {
    const { fire, openExternal } = setUp();
    expect(fire('will-navigate', { url: 'https://www.un.org/securitycouncil/' })).toHaveBeenCalled();
    expect(openExternal).toHaveBeenCalledWith('https://www.un.org/securitycouncil/');
    expect(fire('will-navigate', { url: 'file:///etc/passwd' })).toHaveBeenCalled();
    expect(fire('will-navigate', { url: 'javascript:alert(1)' })).toHaveBeenCalled();
    expect(fire('will-redirect', { url: 'https://evil.example/' })).toHaveBeenCalled();
    expect(openExternal).toHaveBeenCalledTimes(1);
  });

  test('subframes may only show their srcdoc; webviews are never attached', () => {
    const { fire } = setUp();
    expect(fire('will-frame-navigate', { url: 'https://evil.example/', isMainFrame: false })).toHaveBeenCalled();
    expect(fire('will-frame-navigate', { url: 'about:srcdoc', isMainFrame: false })).not.toHaveBeenCalled();
    expect(fire('will-attach-webview', { url: 'https://evil.example/' })).toHaveBeenCalled();
  });

  test('new windows are denied; a validated link opens through the shell', () => {
    const { contents, openExternal } = setUp();
    expect(contents.windowOpenHandler!({ url: 'https://legal.un.org/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler!({ url: 'http://user:pass@evil.example/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler!({ url: 'app://casewright/index.html' })).toEqual({ action: 'deny' });
    expect(openExternal.mock.calls).toEqual([['https://legal.un.org/']]);
  });

  test('permission requests and checks are denied; no page fetches from the network', () => {
    const { contents } = setUp();
    const granted = vi.fn();
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      contents.session.permissionRequest!(contents, permission, granted);
    }
    expect(granted.mock.calls.every(([answer]) => answer === false)).toBe(true);
    expect(contents.session.permissionCheck!(contents, 'media', 'app://casewright')).toBe(false);
    const answer = vi.fn();
    contents.session.beforeRequest!.listener({ url: 'https://tracker.example/', webContentsId: contents.id }, answer);
    expect(answer).toHaveBeenLastCalledWith({ cancel: true });
    contents.session.beforeRequest!.listener(
      { url: 'https://redirector.gvt1.com/edgedl/chrome/dict/en-GB-10-1.bdic' },
      answer,
    );
    expect(answer).toHaveBeenLastCalledWith({ cancel: false });
    expect(contents.session.beforeRequest!.filter.urls).toEqual(expect.arrayContaining(['http://*/*', 'https://*/*']));
  });
});
