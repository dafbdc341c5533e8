import { readFile } from 'node:fs/promises';
import type {
  App,
  BrowserWindow,
  BrowserWindowConstructorOptions,
  IpcMainEvent,
  IpcMainInvokeEvent,
  Protocol,
  Session,
  Shell,
  WebContents,
  WebFrameMain,
} from 'electron';
import { resolveInside } from '../app/files/resolveInside';
import { CONTENT_SECURITY_POLICY } from '../app/server/contentSecurityPolicy';
import { contentType } from '../app/server/contentType';
import { safeExternalUrl } from './externalLinks';

// Electron's security checklist (https://www.electronjs.org/docs/latest/tutorial/security), item by item. Kept
// elsewhere: 16 (a current Electron) is package.json's electron 45; 19 (fuses) is electronFuses in
// electron-builder.yml; 20 (no Electron API for the page) is preload.ts, which exposes named calls only.

/** 18. The renderer is served from this custom protocol, never from `file://`. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'casewright';
export const APP_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** The class that makes windows: Electron's `BrowserWindow`, passed in so that this file stays testable. */
export type WindowClass = new (options: BrowserWindowConstructorOptions) => BrowserWindow;

/**
 * 2, 3, 4, 6, 8, 9, 10, 12. Every window of the app is made here, and these web preferences win over anything a
 * caller passes: isolation, sandbox, no Node anywhere, web security on, no insecure content, no experimental
 * features, no `<webview>`, no middle-click windows, no navigation by dropping a file.
 */
export function createSecureWindow(
  BrowserWindow: WindowClass,
  options: BrowserWindowConstructorOptions,
): BrowserWindow {
  return new BrowserWindow({
    ...options,
    webPreferences: {
      ...options.webPreferences,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
      safeDialogs: true,
      spellcheck: true,
    },
  });
}

/** 4, 18. Before `ready`: every renderer sandboxed; `app:` a standard, secure scheme (so it has an origin). */
export function registerAppScheme(
  app: Pick<App, 'enableSandbox'>,
  protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>,
): void {
  app.enableSandbox();
  // corsEnabled: Vite's module scripts carry `crossorigin`, so even same-origin loads are CORS-mode requests.
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, corsEnabled: true } },
  ]);
}

/**
 * 1, 7, 18. Serves the built renderer on `app://casewright/` with the strict Content-Security-Policy on every
 * response; a path that leaves the folder (`..`, `%2e%2e`, absolute, NUL) or another host is not found.
 */
export function rendererResponder(rendererFolder: string): (request: Request) => Promise<Response> {
  return async (request) => {
    const url = new URL(request.url);
    const path =
      url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && request.method === 'GET'
        ? resolveInside(rendererFolder, url.pathname === '/' ? '/index.html' : url.pathname)
        : undefined;
    const body = path === undefined ? undefined : await readFile(path).catch(() => undefined);
    return path === undefined || body === undefined
      ? respond(404, 'text/plain; charset=utf-8', 'Not found.')
      : respond(200, contentType(path), body);
  };
}

function respond(status: number, type: string, body: string | Uint8Array): Response {
  return new Response(body, {
    status,
    headers: {
      'Content-Type': type,
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Referrer-Policy': 'no-referrer',
    },
  });
}

/** After `ready`: the `app:` protocol serves the renderer folder and nothing else. */
export function serveRenderer(protocol: Pick<Protocol, 'handle'>, rendererFolder: string): void {
  protocol.handle(APP_SCHEME, rendererResponder(rendererFolder));
}

const hardenedSessions = new WeakSet<Session>();

/** 1, 5. Every permission request and check is denied, and no page loads anything from the network. */
export function hardenSession(session: Session): void {
  if (hardenedSessions.has(session)) return;
  hardenedSessions.add(session);
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  // Pages only: the spellchecker's dictionary download comes from the browser process and must pass.
  session.webRequest.onBeforeRequest(
    { urls: ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*', 'ftp://*/*'] },
    (details, callback) => callback({ cancel: details.webContentsId !== undefined }),
  );
}

/**
 * 11, 12, 13, 14, 15. Applied to every webContents (`web-contents-created`): no `<webview>`, no navigation
 * away from the app, no new windows; a validated http(s)/mailto link opens in the system's browser instead.
 */
export function hardenWebContents(contents: WebContents, shell: Pick<Shell, 'openExternal'>): void {
  hardenSession(contents.session);
  const openIfSafe = (url: string) => {
    const safe = safeExternalUrl(url);
    if (safe === undefined) return;
    shell.openExternal(safe).catch(() => undefined); // eng-disable OPEN_EXTERNAL_JS_CHECK: only a validated link
  };
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.on('will-navigate', (event) => {
    event.preventDefault();
    openIfSafe(event.url);
  });
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame && event.url !== 'about:srcdoc' && event.url !== 'about:blank') event.preventDefault();
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openIfSafe(url);
    return { action: 'deny' };
  });
}

/** 17. Whether an IPC message comes from the app's own page: the top frame, on app://casewright, of our window. */
export function isTrustedSender(
  event: Pick<IpcMainInvokeEvent | IpcMainEvent, 'sender' | 'senderFrame'>,
  isOurWindow: (contents: WebContents) => boolean,
): boolean {
  const frame: WebFrameMain | null = event.senderFrame;
  if (!frame || frame.parent !== null || frame !== event.sender.mainFrame) return false;
  let url: URL;
  try {
    url = new URL(frame.url);
  } catch {
    return false;
  }
  return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && isOurWindow(event.sender);
}
