import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebMode, type WebMode } from './support/browser';

// The tests' global setup built out/ while NODE_ENV was "test" (vitest sets it): out/ must still hold the product.
const OUT = resolve(import.meta.dirname, '../out');
/** Strings only React's development builds carry (its DOM nesting checks and owner stacks). */
const DEVELOPMENT_MARKERS = ['validateDOMNesting', 'react-stack-top-frame'];

let folder: string;
let web: WebMode;
beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'casewright-build-'));
  web = await startWebMode(undefined, join(folder, 'home'));
});
afterAll(async () => {
  await web?.stop();
  rmSync(folder, { recursive: true, force: true });
});

describe('the build that `npm test` leaves in out/', () => {
  it('has a renderer with React in production mode', () => {
    const scripts = readdirSync(join(OUT, 'renderer/assets')).filter((name) => name.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    for (const name of scripts) {
      const text = readFileSync(join(OUT, 'renderer/assets', name), 'utf8');
      for (const marker of DEVELOPMENT_MARKERS) expect(text, `${name} holds ${marker}`).not.toContain(marker);
    }
  });

  it('is what `node out/web.js` serves', async () => {
    const page = await (await fetch(web.url)).text();
    const script = /<script[^>]+src="\.?\/?(assets\/[^"]+\.js)"/.exec(page)?.[1];
    expect(script).toBeDefined();
    const served = await (await fetch(new URL(script!, web.url))).text();
    expect(served).toBe(readFileSync(join(OUT, 'renderer', script!), 'utf8'));
    for (const marker of DEVELOPMENT_MARKERS) expect(served).not.toContain(marker);
  });

  it('lets the browser keep the hashed scripts and styles, so that a reload compiles nothing again, but not the page', async () => {
    const page = await fetch(web.url);
    expect(page.headers.get('cache-control')).toBe('no-store');
    const html = await page.text();
    const assets = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.(?:js|css))"/g)].map((match) => match[1]!);
    expect(assets.length).toBeGreaterThanOrEqual(2);
    for (const asset of assets) {
      const response = await fetch(new URL(asset, web.url));
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    }
    const missing = await fetch(new URL('assets/index-AAAAAAAA.js', web.url));
    expect(missing.status).toBe(404);
    expect(missing.headers.get('cache-control')).toBe('no-store');
  });

  it('keeps what only the tests use apart, in out/testing', () => {
    expect(readdirSync(join(OUT, 'testing'))).toContain('writer.js');
    expect(readdirSync(OUT)).not.toContain('writer.js');
  });
});
