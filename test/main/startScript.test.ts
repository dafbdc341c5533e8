import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

describe('npm start where Electron cannot start', () => {
  // Without a display Linux cannot show Electron, wherever the test runs: the fallback is what is tested.
  test.runIf(process.platform === 'linux')(
    'says why in one line, then starts the browser mode and prints its address',
    async () => {
      const home = mkdtempSync(join(tmpdir(), 'casewright-start-'));
      const environment: NodeJS.ProcessEnv = { ...process.env, CASEWRIGHT_HOME: home };
      delete environment.DISPLAY;
      delete environment.WAYLAND_DISPLAY;
      const child = spawn(process.execPath, [join(root, 'scripts/start.mjs')], { cwd: root, env: environment });
      try {
        const output = await new Promise<string>((done, fail) => {
          let text = '';
          const timer = setTimeout(() => fail(new Error(`no address within 30 s: ${text}`)), 30_000);
          child.stdout.on('data', (chunk: Buffer) => {
            text += chunk.toString();
            if (/Casewright running at \S+\n/.test(text)) {
              clearTimeout(timer);
              done(text);
            }
          });
          child.stderr.on('data', (chunk: Buffer) => {
            text += chunk.toString();
          });
          child.once('exit', (code) => fail(new Error(`npm start exited (${code}): ${text}`)));
        });
        const [reason, address] = output.trimEnd().split('\n');
        expect(reason).toMatch(
          /^Electron cannot start here: there is no display \(DISPLAY and WAYLAND_DISPLAY are unset\)(; .+)?\. Starting the browser mode instead\.$/,
        );
        const url = /^Casewright running at (http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)$/.exec(address ?? '')?.[1];
        expect(url, output).toBeDefined();
        const page = await fetch(url!);
        expect(page.status).toBe(200);
        expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
      } finally {
        const exited = new Promise((stopped) => child.once('exit', stopped));
        child.kill('SIGTERM');
        await exited;
        rmSync(home, { recursive: true, force: true });
      }
    },
    60_000,
  );
});
