import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CaseInBrowser, openCaseInBrowser, type WebMode } from '../support/browser';
import { storedNode } from '../support/caseFileReader';
import { containsText, focused } from '../support/pageExpect';

const EVIDENCE = '[Fact establishing the first element';
let opened: CaseInBrowser;
let folder: string;
let file: string;
let browser: Browser;
let web: WebMode;
let page: Page;
let pageErrors: string[];

beforeAll(async () => {
  opened = await openCaseInBrowser(
    'undo',
    ['--template', 'legal-memo', '--applicant', 'Testland', '--respondent', 'Otherland'],
    { width: 1440, height: 900 },
  );
  ({ folder, file, page, pageErrors, web, browser } = opened);
});

afterAll(async () => {
  await opened?.close();
});

const stored = (start = EVIDENCE) => storedNode(folder, file, start);
const body = () => page.getByRole('textbox', { name: 'Body' });
const bodyText = async () => (await body().textContent()) ?? '';
const toolbar = (name: 'Undo' | 'Redo') => page.getByRole('banner').getByRole('button', { name, exact: true });

async function typeAtEndOfBody(target: Page, text: string): Promise<void> {
  await target.getByRole('textbox', { name: 'Body' }).click();
  await target.keyboard.press('Control+End');
  await target.keyboard.type(text);
}

describe('undo and redo from the toolbar keep the editor true to the case file', () => {
  it('shows the stored body after an undo, and typing on does not bring the undone words back', async () => {
    await page.getByRole('treeitem', { name: EVIDENCE }).click();
    await containsText(body(), 'State the fact and cite its source');
    const original = stored().text!;
    await typeAtEndOfBody(page, ' First words.');
    await expect.poll(() => stored().text, { timeout: 10_000 }).toContain('First words.');

    await toolbar('Undo').click();
    await expect.poll(bodyText, { timeout: 10_000 }).not.toContain('First words');
    expect(stored().text).toBe(original);

    await typeAtEndOfBody(page, ' Second words.');
    await expect.poll(() => stored().text, { timeout: 10_000 }).toContain('Second words.');
    expect(stored().text).not.toContain('First words');
    expect(await bodyText()).not.toContain('First words');
  });

  it('shows the stored body after a redo, and typing on adds to it rather than overwriting it', async () => {
    await toolbar('Undo').click();
    await expect.poll(bodyText, { timeout: 10_000 }).not.toContain('Second words');
    await expect.poll(() => stored().text, { timeout: 10_000 }).not.toContain('Second words');

    await toolbar('Redo').click();
    await expect.poll(bodyText, { timeout: 10_000 }).toContain('Second words.');
    expect(stored().text).toContain('Second words.');

    await typeAtEndOfBody(page, ' Third.');
    await expect.poll(() => stored().text, { timeout: 10_000 }).toContain('Second words. Third.');
    expect(await bodyText()).toContain('Second words. Third.');
  });

  it('saves typing not yet saved before an undo, so that the undo takes back the right step', async () => {
    // Typing after a pause of more than 1.5 s is a new undo step (app/store/history.ts).
    await page.waitForTimeout(1600);
    await typeAtEndOfBody(page, ' Fourth.');
    await toolbar('Undo').click();
    await expect.poll(bodyText, { timeout: 10_000 }).not.toContain('Fourth');
    await expect.poll(() => stored().text, { timeout: 10_000 }).toContain('Second words. Third.');
    expect(stored().text).not.toContain('Fourth');
  });

  it('shows the stored title after an undo of a title edit', async () => {
    const title = page.getByRole('textbox', { name: 'Title' });
    const original = await title.inputValue();
    await title.click();
    await page.keyboard.press('End');
    await page.keyboard.type(' (amended)');
    await expect.poll(() => stored().title, { timeout: 10_000 }).toBe(`${original} (amended)`);

    await toolbar('Undo').click();
    await expect.poll(() => title.inputValue(), { timeout: 10_000 }).toBe(original);
    expect(stored().title).toBe(original);

    await title.click();
    await page.keyboard.press('End');
    await page.keyboard.type(' again');
    await expect.poll(() => stored().title, { timeout: 10_000 }).toBe(`${original} again`);
  });

  it('shows a change made in another window once the case is reloaded, and typing on keeps it', async () => {
    const other = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    other.on('pageerror', (error) => pageErrors.push(error.message));
    await other.goto(web.url);
    await other.getByRole('treeitem', { name: EVIDENCE }).click();
    await typeAtEndOfBody(other, ' From elsewhere.');
    await expect.poll(() => stored().text, { timeout: 10_000 }).toContain('From elsewhere.');
    await other.close();

    await page.getByRole('tree', { name: 'Outline' }).focus();
    await page.keyboard.press('Control+k');
    const palette = page.getByRole('dialog', { name: 'Command palette' });
    await focused(palette.getByRole('textbox', { name: 'Command' }));
    await page.keyboard.type('Reload the case');
    await page.keyboard.press('Enter');
    await expect.poll(bodyText, { timeout: 10_000 }).toContain('From elsewhere.');

    await typeAtEndOfBody(page, ' Fifth.');
    await expect.poll(() => stored().text, { timeout: 10_000 }).toContain('From elsewhere. Fifth.');
  });

  it('threw no error in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
