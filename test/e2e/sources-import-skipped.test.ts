import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CaseInBrowser, openCaseInBrowser } from '../support/browser';
import { visible } from '../support/pageExpect';

let opened: CaseInBrowser;
let page: Page;
let pageErrors: string[];

beforeAll(async () => {
  opened = await openCaseInBrowser('sources-import', [], { width: 1440, height: 1000 });
  ({ page, pageErrors } = opened);
  await page.getByRole('tab', { name: 'Authorities' }).click();
});

afterAll(async () => {
  await opened?.close();
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
