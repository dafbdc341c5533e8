import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { ApiClient } from '../../app/api/handlers';
import { API_METHOD_NAMES } from '../../app/api/methodList';
import { type ApiReply, unwrapReply } from '../../app/api/reply';
import { startWebMode, type WebMode } from '../support/browser';

/** A replica that is the browser mode (its server and engine) with a Chromium page, whose calls the page makes. */
export interface BrowserReplica {
  file: string;
  page: Page;
  /** The service API as the page calls it: each call is a `fetch` run in the page, with the page's token. */
  api: ApiClient;
  /** Stops the browser mode, which closes the case. */
  stop(): Promise<void>;
  dispose(): void;
}

/** Starts the browser mode (on its sample case, until a call opens another) and opens its page in `browser`. */
export async function openBrowserReplica(browser: Browser): Promise<BrowserReplica> {
  const folder = mkdtempSync(join(tmpdir(), 'casewright-browser-replica-'));
  const web: WebMode = await startWebMode(undefined, join(folder, 'home'));
  const page = await browser.newPage();
  await page.goto(web.url);
  const token = new URL(web.url).searchParams.get('token')!;
  const client: Record<string, (input: unknown) => Promise<unknown>> = {};
  for (const name of API_METHOD_NAMES) {
    client[name] = async (input) => {
      const reply = await page.evaluate(
        async ([method, body, secret]) => {
          const response = await fetch(`/api/${method}`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', 'X-Casewright-Token': secret },
            body: JSON.stringify(body),
          });
          return response.json();
        },
        [name, input ?? {}, token] as const,
      );
      return unwrapReply(reply as ApiReply<unknown>);
    };
  }
  return {
    file: join(folder, 'shared.casewright'),
    page,
    api: client as ApiClient,
    stop: () => web.stop(),
    dispose: () => rmSync(folder, { recursive: true, force: true }),
  };
}
