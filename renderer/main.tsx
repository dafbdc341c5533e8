import { createRoot } from 'react-dom/client';
import type { DesktopClient } from '../app/api/desktopContract';
import type { ApiClient } from '../app/api/handlers';
import { createClient } from './api/client';
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

function connect(): ApiClient | undefined {
  if (window.casewright) return window.casewright;
  const token = tokenFromAddress(window.location.href);
  return token ? createClient(httpTransport(token)) : undefined;
}

const root = createRoot(document.getElementById('root')!);
const api = connect();
if (!api) {
  root.render(<p className="fatal">Open the address that “npm run web” printed: it carries the access token.</p>);
} else {
  const store = new CaseStore(api);
  store.refresh().then(
    () => root.render(<App store={store} />),
    (error: Error) => root.render(<p className="fatal">Casewright could not load the case: {error.message}</p>),
  );
}
