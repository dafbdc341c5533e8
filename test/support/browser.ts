import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { runCli } from './caseFileReader';

/** Where Debian (and most Linux systems) put Chromium. */
export function chromiumPath(): string {
  const candidates = [
    process.env.CASEWRIGHT_CHROMIUM,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ];
  const found = candidates.find((candidate) => candidate && existsSync(candidate));
  if (!found) throw new Error('Chromium is not installed: apt-get install -y chromium');
  return found;
}

/** Headless Chromium with the flags this machine needs (no sandbox as root, no background networking). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface WebMode {
  url: string;
  process: ChildProcess;
  stop: () => Promise<void>;
}

/** Starts `npm run web`'s server (the built one) on a case file, and waits for its address. */
export function startWebMode(file: string | undefined, home: string): Promise<WebMode> {
  const entry = resolve(import.meta.dirname, '../../out/web.js');
  const child = spawn(process.execPath, [entry, ...(file ? [file] : [])], {
    env: { ...process.env, CASEWRIGHT_HOME: home },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((done, fail) => {
    let output = '';
    const timer = setTimeout(() => fail(new Error(`web mode did not start: ${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Casewright running at (\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        done({
          url: match[1]!,
          process: child,
          stop: () =>
            new Promise((stopped) => {
              if (child.exitCode !== null) return stopped();
              child.once('exit', () => stopped());
              child.kill('SIGTERM');
            }),
        });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`web mode exited (${code}): ${output}`));
    });
  });
}

export interface CaseInBrowser {
  folder: string;
  file: string;
  web: WebMode;
  browser: Browser;
  page: Page;
  /** Uncaught errors the page threw, for a test to check that there were none. */
  pageErrors: string[];
  /** The messages of the alerts, confirms and prompts the page opened (each dismissed), from its first load on. */
  dialogs: string[];
  close: () => Promise<void>;
}

/**
 * A case made by `casewright new <file> ...newArguments` in a temporary folder (then given to `prepare`, which may
 * import into it), opened in the browser mode in headless Chromium (clipboard allowed) until the outline shows.
 */
export async function openCaseInBrowser(
  name: string,
  newArguments: string[],
  viewport: { width: number; height: number },
  prepare?: (file: string, folder: string) => void,
): Promise<CaseInBrowser> {
  const folder = mkdtempSync(join(tmpdir(), `casewright-e2e-${name}-`));
  const file = join(folder, 'case.casewright');
  runCli(folder, 'new', file, ...newArguments);
  prepare?.(file, folder);
  const web = await startWebMode(file, join(folder, 'home'));
  const browser = await launchChromium();
  const context = await browser.newContext({ viewport });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(web.url).origin });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(web.url);
  await page.getByRole('tree', { name: 'Outline' }).waitFor();
  return {
    folder,
    file,
    web,
    browser,
    page,
    pageErrors,
    dialogs,
    close: async () => {
      await browser.close();
      await web.stop();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
