import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CaseInBrowser, openCaseInBrowser, type WebMode } from '../support/browser';
import { runCli, storedNode } from '../support/caseFileReader';
import { attribute, containsText, visible } from '../support/pageExpect';

const TITLE = 'The Transfer of Arms between the Democratic People’s Republic of Korea and the Russian Federation';
const CITING_DJIBOUTI = [
  'An application against a State that has not accepted jurisdiction is transmitted to it',
  'An application under Article 38(5) founds no jurisdiction by itself',
];
const DISPUTE_CLAIM = 'A legal dispute existed between the Republic of Korea and the Russian Federation';
const STANDING_CLAIM = 'The Republic of Korea has standing to invoke the responsibility of the Russian Federation';
const DISPUTE_RULE = 'A dispute exists only if the respondent was aware';
const DISPUTE_EVIDENCE = 'On 21 June 2024 the First Vice Foreign Minister of the Republic of Korea summoned';

let opened: CaseInBrowser;
let folder: string;
let file: string;
let browser: Browser;
let web: WebMode;
let page: Page;
let pageErrors: string[];

beforeAll(async () => {
  opened = await openCaseInBrowser(
    'smaller',
    [
      '--template',
      'russia-dprk-pact-2024',
      '--applicant',
      'Republic of Korea',
      '--respondent',
      'Russian Federation',
      '--title',
      TITLE,
    ],
    { width: 1440, height: 900 },
  );
  ({ folder, file, page, pageErrors, web, browser } = opened);
});

afterAll(async () => {
  await opened?.close();
});

const panelTab = (name: RegExp) => page.getByRole('tablist', { name: 'Panels' }).getByRole('tab', { name });
const selectedTitle = () =>
  page
    .getByRole('tree', { name: 'Outline' })
    .locator('[role="treeitem"][aria-selected="true"]')
    .first()
    .getAttribute('aria-label')
    .then((label) => label ?? '');
const documentView = () => page.getByRole('region', { name: 'Document' });
const preview = () => page.frameLocator('iframe[title="Document preview"]');
const storedAuthorityKeys = () =>
  (JSON.parse(runCli(folder, 'show', file, '--json')) as { authorities: { key: string }[] }).authorities.map(
    (authority) => authority.key,
  );

describe('the smaller points a student meets', () => {
  it('search for @key finds exactly the nodes that cite that authority', async () => {
    await panelTab(/^Search/).click();
    const search = page.getByRole('region', { name: 'Search' });
    await search.getByRole('searchbox', { name: 'Search the case' }).fill('@djibouti');
    const results = search.locator('.search-result .result-title');
    await expect.poll(() => results.allTextContents(), { timeout: 10_000 }).toHaveLength(2);
    const titles = await results.allTextContents();
    for (const [index, start] of CITING_DJIBOUTI.entries()) expect(titles[index]).toContain(start);

    await search.getByRole('searchbox', { name: 'Search the case' }).fill('@nosuchkey');
    await containsText(search, 'No matches.');
  });

  it('a cited authority’s Delete says why it cannot go, and pressing it deletes nothing', async () => {
    await panelTab(/^Authorities/).click();
    const remove = page.getByRole('button', { name: 'Delete Djibouti v France', exact: true });
    await attribute(remove, 'aria-disabled', 'true');
    const why =
      'Djibouti v France cannot be deleted: 2 nodes cite it. Remove those citations first; searching for @djibouti finds them.';
    expect(await remove.getAttribute('aria-description')).toBe(why);
    await remove.focus();
    await page.keyboard.press('Enter');
    await containsText(page.getByRole('status'), why);
    expect(storedAuthorityKeys()).toContain('djibouti');
  });

  it('the Export dialog starts on the layout the Document view shows, and the file name is cut at a word', async () => {
    await page.getByRole('button', { name: 'Document', exact: true }).click();
    await documentView().getByRole('combobox', { name: 'Layout' }).selectOption('memo');
    await page.getByRole('button', { name: 'Export…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export' });
    expect(await dialog.getByRole('combobox', { name: 'Layout' }).inputValue()).toBe('memo');
    await dialog.getByRole('combobox', { name: 'Format' }).selectOption('md');
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    expect((await download).suggestedFilename()).toBe(
      'the-transfer-of-arms-between-the-democratic-people-s-memo-applicant.md',
    );
  });

  it('the Document view remembers its layout after the app is opened again', async () => {
    await page.reload();
    await visible(page.getByRole('tree', { name: 'Outline' }));
    await page.getByRole('button', { name: 'Document', exact: true }).click();
    expect(await documentView().getByRole('combobox', { name: 'Layout' }).inputValue()).toBe('memo');
  });

  it('a click on a node’s heading, or on a rule’s or evidence’s paragraph, in the document preview selects that node', async () => {
    await documentView().getByRole('combobox', { name: 'Layout' }).selectOption('memorial');
    await pagesLaidOut(documentView());
    const dispute = storedNode(folder, file, DISPUTE_CLAIM);
    const standing = storedNode(folder, file, STANDING_CLAIM);

    await preview().locator(`.printed-page [id="node-${dispute.id}"]`).click();
    await expect.poll(selectedTitle, { timeout: 10_000 }).toContain(DISPUTE_CLAIM);
    await visible(documentView());

    await preview().locator(`.printed-page [id="node-${standing.id}"]`).click();
    await expect.poll(selectedTitle, { timeout: 10_000 }).toContain(STANDING_CLAIM);

    await preview().locator('.printed-page p', { hasText: DISPUTE_RULE }).first().click();
    await expect.poll(selectedTitle, { timeout: 10_000 }).toMatch(/^Rule: A dispute exists only if the respondent/);

    await preview().locator(`.printed-page [id="node-${dispute.id}"]`).click();
    await expect.poll(selectedTitle, { timeout: 10_000 }).toContain(DISPUTE_CLAIM);
    await preview().locator('.printed-page p', { hasText: DISPUTE_EVIDENCE }).first().click();
    await expect.poll(selectedTitle, { timeout: 10_000 }).toMatch(/^Evidence: On 21 June 2024 the First Vice/);

    await preview().locator(`.printed-page [id="node-${standing.id}"]`).click();
    await expect.poll(selectedTitle, { timeout: 10_000 }).toContain(STANDING_CLAIM);
    await preview().locator('.printed-page h1', { hasText: 'Table of Contents' }).first().click();
    await page.waitForTimeout(500);
    expect(await selectedTitle()).toContain(STANDING_CLAIM);
  });

  it('keys typed at once after Ctrl+K, on a page just opened, all reach the command palette', async () => {
    const fresh = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    try {
      await fresh.goto(web.url);
      await visible(fresh.getByRole('tree', { name: 'Outline' }));
      await fresh.getByRole('tree', { name: 'Outline' }).focus();
      await fresh.keyboard.press('Control+k');
      await fresh.keyboard.type('Undo');
      const command = fresh.getByRole('dialog', { name: 'Command palette' }).getByRole('textbox', { name: 'Command' });
      expect(await command.inputValue()).toBe('Undo');
    } finally {
      await fresh.close();
    }
  });

  it('threw no uncaught error in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});

/** Waits until the Document view's pages are laid out: it shows their count. */
async function pagesLaidOut(view: Locator): Promise<void> {
  await expect.poll(() => view.textContent().then((text) => text ?? ''), { timeout: 120_000 }).toMatch(/\d+ pages?\b/);
}
