import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, startWebMode, type WebMode } from '../support/browser';
import { runCli } from '../support/caseFileReader';
import { visible } from '../support/pageExpect';

let folder: string;
let browser: Browser;
let web: WebMode;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'casewright-e2e-sources-import-'));
  const file = join(folder, 'case.casewright');
  runCli(folder, 'new', file);
  web = await startWebMode(file, join(folder, 'home'));
  browser = await launchChromium();
  page = await (await browser.newContext({ viewport: { width: 1440, height: 1000 } })).newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(web.url);
  await visible(page.getByRole('tree', { name: 'Outline' }));
  await page.getByRole('tab', { name: 'Authorities' }).click();
});

afterAll(async () => {
  await browser?.close();
  await web?.stop();
  rmSync(folder, { recursive: true, force: true });
});

describe('importing a Zotero library with a record that cannot be read', () => {
  it('adds the readable records and lists the skipped one with its number, line and reason', async () => {
    const ris = [
      'TY  - BOOK\nTI  - State Responsibility\nAU  - Crawford, James\nPY  - 2013\nER  - ',
      'TY  - JOUR\nPY  - 2000\nER  - ',
      'TY  - WEB\nTI  - Security Council Report\nUR  - https://example.org/report\nER  - ',
    ].join('\n\n');
    await page.getByLabel('Zotero export file').setInputFiles({
      name: 'library.ris',
      mimeType: 'application/x-research-info-systems',
      buffer: Buffer.from(ris),
    });
    const list = page.getByRole('region', { name: 'Records not imported' });
    await visible(list);
    expect(await list.textContent()).toContain(
      '1 record of library.ris could not be read and was not imported:record 2 (line 7): the item has no title, number, author, container, URL or DOI to cite it by',
    );
    await visible(page.getByText('Imported 2 new authorities from library.ris; 1 record skipped.'));
    const authorities = page.getByRole('region', { name: 'Authorities' });
    await visible(authorities.getByText('Security Council Report'));
    await visible(authorities.getByText('crawford2013', { exact: false }).first());
    await list.getByRole('button', { name: 'Dismiss' }).click();
    expect(await list.count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });
});
