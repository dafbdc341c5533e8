import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CaseInBrowser, openCaseInBrowser, type WebMode } from '../support/browser';
import { storedNode, storedNodes } from '../support/caseFileReader';
import { attribute, containsText, focused, visible } from '../support/pageExpect';

const EVIDENCE = '[Satellite imagery and ship-tracking records';
let opened: CaseInBrowser;
let folder: string;
let file: string;
let web: WebMode;
let page: Page;
let pageErrors: string[];

beforeAll(async () => {
  opened = await openCaseInBrowser(
    'pinpoint',
    ['--template', 'unsc-sanctions-breach', '--applicant', 'Testland', '--respondent', 'Otherland'],
    { width: 1440, height: 900 },
  );
  ({ folder, file, page, pageErrors, web } = opened);
});

afterAll(async () => {
  await opened?.close();
});

const body = () => page.getByRole('textbox', { name: 'Body' });
const pinpoint = () => page.getByRole('textbox', { name: /^Pinpoint in / });
const chipBeingEdited = () => page.locator('.citation-chip', { has: page.locator('input') });

describe('the pinpoint box of a citation chip', () => {
  it('keeps the authority in view while editing, and after Enter the next keystroke lands just after the chip', async () => {
    await page.getByRole('treeitem', { name: EVIDENCE }).click();
    await body().click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Compare @charter');
    await visible(page.getByRole('listbox', { name: 'Cite authority' }).getByRole('option', { name: 'UN Charter' }));
    await page.keyboard.press('Enter');
    await focused(pinpoint());
    expect(await pinpoint().getAttribute('aria-label')).toBe('Pinpoint in UN Charter');
    await containsText(chipBeingEdited(), 'UN Charter');
    await page.keyboard.type('art 25');
    await page.keyboard.press('Enter');
    await focused(body());
    await page.keyboard.type('; and see');
    await expect
      .poll(() => storedNode(folder, file, EVIDENCE).text, { timeout: 10_000 })
      .toContain('Compare [@uncharter, art 25]; and see');
    await containsText(body(), 'UN Charter, art 25; and see');
  });

  it('reopens on a click and, after Escape, leaves the pinpoint as it was and the cursor after the chip', async () => {
    await page.locator('.citation-chip', { hasText: 'UN Charter, art 25' }).click();
    await focused(pinpoint());
    await containsText(chipBeingEdited(), 'UN Charter');
    await page.keyboard.press('Control+a');
    await page.keyboard.type('art 99');
    await page.keyboard.press('Escape');
    await focused(body());
    await page.keyboard.type(',');
    await expect
      .poll(() => storedNode(folder, file, EVIDENCE).text, { timeout: 10_000 })
      .toContain('Compare [@uncharter, art 25],; and see');
  });

  it('saves a new pinpoint when the box loses the focus to a click elsewhere', async () => {
    await page.locator('.citation-chip', { hasText: 'UN Charter, art 25' }).click();
    await focused(pinpoint());
    await page.keyboard.press('Control+a');
    await page.keyboard.type('art 24');
    await page.getByRole('textbox', { name: 'Title' }).click();
    await expect
      .poll(() => storedNode(folder, file, EVIDENCE).text, { timeout: 10_000 })
      .toContain('[@uncharter, art 24]');
  });

  it('threw no error in the page (no “Failed to execute remove”)', () => {
    expect(pageErrors).toEqual([]);
  });
});

describe('a pasted title over the length limit', () => {
  it('keeps what does not fit at the start of the body, cut at a word, and says so', async () => {
    const sentence = 'The Panel of Experts documented repeated ship-to-ship transfers of munitions in Rajin. ';
    const pasted = sentence.repeat(30).trim();
    expect(pasted.length).toBeGreaterThan(2000);
    const context = page.context();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(web.url).origin });
    const title = page.getByRole('textbox', { name: 'Title' });
    await title.click();
    await page.keyboard.press('Control+a');
    await page.evaluate(`navigator.clipboard.writeText(${JSON.stringify(pasted)})`);
    await page.keyboard.press('Control+v');

    await containsText(page.getByRole('status'), 'now starts the body, so nothing you pasted is lost');
    const shown = await title.inputValue();
    expect(shown.length).toBeLessThanOrEqual(2000);
    expect(pasted.startsWith(shown)).toBe(true);
    expect(pasted.charAt(shown.length)).toBe(' ');
    const overflow = pasted.slice(shown.length).trim();
    await expect
      .poll(async () => (await body().textContent()) ?? '', { timeout: 10_000 })
      .toContain(overflow.slice(0, 60));

    // The title is saved at once, the body after its pause in typing: both reach the file.
    await expect
      .poll(() => storedNodes(folder, file).some((node) => node.title === shown && node.text?.startsWith(overflow)), {
        timeout: 10_000,
      })
      .toBe(true);
    const saved = storedNodes(folder, file).find((node) => node.title === shown)!;
    expect(saved.text).toContain('[@uncharter, art 24]');
    expect(`${saved.title} ${saved.text!.slice(0, overflow.length)}`).toBe(pasted);
  });
});

describe('deleting a node with children', () => {
  it('asks with Cancel focused, says how many nodes go, and deletes nothing on Enter', async () => {
    const claim = 'Procuring arms and related materiel from the DPRK';
    const before = storedNodes(folder, file).length;
    const stored = storedNodes(folder, file);
    const index = stored.findIndex((node) => node.title.startsWith(claim));
    const subtree = [stored[index]!];
    const walk = (node: (typeof stored)[number]) => {
      for (const child of node.children ?? []) {
        subtree.push(child);
        walk(child);
      }
    };
    walk(stored[index]!);

    const row = page.getByRole('treeitem', { name: new RegExp(claim) });
    await row.click();
    await page.getByRole('tree', { name: 'Outline' }).focus();
    await attribute(row, 'aria-selected', 'true');
    await page.keyboard.press('Delete');
    const dialog = page.getByRole('alertdialog', { name: 'Confirm' });
    await visible(dialog);
    await focused(dialog.getByRole('button', { name: 'Cancel' }));
    await containsText(dialog, `and the ${subtree.length - 1} nodes below it? ${subtree.length} nodes will go`);
    await visible(dialog.getByRole('button', { name: `Delete ${subtree.length} nodes` }));
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    expect(storedNodes(folder, file).length).toBe(before);

    await page.getByRole('tree', { name: 'Outline' }).focus();
    await page.keyboard.press('Delete');
    await dialog.getByRole('button', { name: `Delete ${subtree.length} nodes` }).click();
    await expect.poll(() => storedNodes(folder, file).length, { timeout: 10_000 }).toBe(before - subtree.length);
    expect(pageErrors).toEqual([]);
  });
});
