import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ApiClient } from '../../app/api/handlers';
import { startTeam, type TeamServer } from '../collab/replicas';
import { launchChromium, type WebMode } from '../support/browser';
import { storedNode } from '../support/caseFileReader';
import { openSharedPage, type SharedCopy, sharedCopies } from '../support/sharedCaseInBrowsers';

const CASE = 'moot-merge';
const SHOTS = '/work/status/shots';
let team: TeamServer;
let browser: Browser;
const webs: WebMode[] = [];
let folder: string;
const copies: SharedCopy[] = [];

/** The case Alice shares: a claim whose body has two paragraphs. */
async function seed(api: ApiClient): Promise<void> {
  await api['nodes-add']({
    parentId: null,
    kind: 'claim',
    title: 'Consent',
    text: 'The parties consented.\n\nThe Court has jurisdiction.',
  });
}

/** The browser mode on a copy, with the claim selected. */
async function openPage(copy: SharedCopy): Promise<Page> {
  const page = await openSharedPage(browser, copy, webs);
  await page.getByRole('treeitem', { name: 'Claim: Consent' }).first().click();
  return page;
}

/** Puts the caret at the end of paragraph `index` of the body and types `text` there, a key at a time. */
async function typeAtEndOf(page: Page, index: number, text: string): Promise<void> {
  const paragraph = page.getByRole('textbox', { name: 'Body' }).locator('p').nth(index);
  await paragraph.click();
  await page.keyboard.press('End');
  await page.keyboard.type(text, { delay: 40 });
}

/** The body's text as the page shows it, without the collaborators' name labels. */
function bodyText(page: Page): Promise<string> {
  return page.getByRole('textbox', { name: 'Body' }).evaluate((body) => {
    const copy = body.cloneNode(true) as typeof body;
    for (const caret of copy.querySelectorAll('.collaborator-caret')) caret.remove();
    return copy.textContent ?? '';
  });
}

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'casewright-e2e-body-merge-'));
  team = await startTeam(CASE, 2);
  copies.push(...(await sharedCopies(team, CASE, seed)));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  for (const web of webs) await web.stop();
  await team?.close();
  rmSync(folder, { recursive: true, force: true });
});

it('keeps what two people type at once into different paragraphs of one body, in both pages and both files', async () => {
  const [alice, bob] = [await openPage(copies[0]!), await openPage(copies[1]!)];
  await Promise.all([
    typeAtEndOf(alice, 0, ' In writing, says Alice.'),
    typeAtEndOf(bob, 1, ' Under Article 36, says Bob.'),
  ]);
  const both = 'The parties consented. In writing, says Alice.The Court has jurisdiction. Under Article 36, says Bob.';
  for (const page of [alice, bob]) {
    await expect
      .poll(() => bodyText(page), { timeout: 15_000 })
      .toBe(both)
      .catch(async (error) => {
        await page.screenshot({ path: join(SHOTS, 'bodymerge-failed.png') });
        throw error;
      });
  }
  await bob.screenshot({ path: join(SHOTS, 'bodymerge-bob.png') });
  // Bob's caret stayed where he typed, after the end of his own paragraph.
  await bob.keyboard.type(' Indeed.');
  await expect.poll(() => bodyText(alice), { timeout: 15_000 }).toBe(`${both} Indeed.`);
  for (const copy of copies) {
    await expect
      .poll(() => storedNode(folder, copy.file, 'Consent').text, { timeout: 15_000 })
      .toBe(
        'The parties consented. In writing, says Alice.\n\nThe Court has jurisdiction. Under Article 36, says Bob. Indeed.',
      );
  }
});
