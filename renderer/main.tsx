import { createRoot } from 'react-dom/client';
import type { DesktopClient } from '../app/api/desktopContract';
import type { ApiClient } from '../app/api/handlers';
import { createClient } from './api/client';
import { connectEngineSocket, type EngineSocket } from './api/engineSocket';
import { httpTransport, tokenFromAddress } from './api/httpTransport';
import { App } from './shell/App';
import { CaseStore } from './state/caseStore';
import './styles.css';

declare global {
  interface Window {
    /** The service API and the desktop calls, as the Electron preload exposes them in the desktop app. */
    casewright?: ApiClient & DesktopClient;
  }
}

/**
 * Reads of the whole case, which the browser mode takes over HTTP even while its socket is open: Chromium takes in a
 * reply of several megabytes faster as a response it streams than as one WebSocket message (a 10,000-node case
 * showed its outline in 358 ms, against 514 ms with the read on the socket).
 */
const WHOLE_CASE_READS: ReadonlySet<string> = new Set(['case-view']);

/** How long the first read waits for the change stream to open, so that no change made meanwhile is missed. */
const STREAM_OPEN_WAIT_MS = 3000;

/**
 * The store over the desktop app's preload (its calls and changes go over a MessagePort to the engine), or over the
 * browser mode's WebSocket to the engine (the HTTP API while it is not open); `ready` resolves when the case can be
 * read, once the channel is open.
 */
function connect(): { store: CaseStore; ready: Promise<void> } | undefined {
  if (window.casewright) return connectDesktop(window.casewright);
  const token = tokenFromAddress(window.location.href);
  if (!token) return undefined;
  const clientId = crypto.randomUUID();
  let store: CaseStore | undefined;
  let socket: EngineSocket | undefined;
  const noteRevision = (revision: number) => store?.noteRevision(revision);
  const overHttp = httpTransport(token, clientId, noteRevision);
  const api: ApiClient = createClient(async (method, input) => {
    const connection = socket?.connection();
    if (!connection || WHOLE_CASE_READS.has(method)) return overHttp(method, input);
    const result = await connection.call(method, input, clientId);
    noteRevision(connection.revision());
    return result;
  });
  const following = new CaseStore(api);
  store = following;
  following.followStream(clientId);
  const ready = new Promise<void>((resolve) => {
    window.setTimeout(resolve, STREAM_OPEN_WAIT_MS);
    socket = connectEngineSocket(token, following.receive, (reconnected) => {
      if (reconnected) void following.refresh();
      else resolve();
    });
  });
  return { store: following, ready };
}

function connectDesktop(desktop: ApiClient & DesktopClient): { store: CaseStore; ready: Promise<void> } {
  const store = new CaseStore(desktop);
  store.followStream(desktop.clientId());
  const ready = new Promise<void>((resolve) => {
    desktop.onEngine({
      message: store.receive,
      revision: store.noteRevision,
      open: (reconnected) => {
        if (reconnected) void store.refresh();
        else resolve();
      },
    });
  });
  return { store, ready };
}

const root = createRoot(document.getElementById('root')!);
const connection = connect();
if (!connection) {
  root.render(<p className="fatal">Open the address that “npm run web” printed: it carries the access token.</p>);
} else {
  const { store, ready } = connection;
  ready
    .then(() => store.refresh())
    .then(
      () => root.render(<App store={store} />),
      (error: Error) => root.render(<p className="fatal">Casewright could not load the case: {error.message}</p>),
    );
}
