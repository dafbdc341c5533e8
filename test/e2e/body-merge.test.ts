import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { newReplica, settled, startTeam, type TeamServer } from '../collab/replicas';
import { launchChromium, startWebMode, type WebMode } from '../support/browser';
import { storedNode } from '../support/caseFileReader';

const CASE = 'moot-merge';
const SHOTS = '/work/status/shots';
let team: TeamServer;
let browser: Browser;
const webs: WebMode[] = [];
let folder: string;
const copies: Copy[] = [];

interface Copy {
  file: string;
  dataFolder: string;
}

/** Alice's and Bob's copies of a shared case whose claim has a body of two paragraphs, closed for their apps. */
async function sharedFiles(): Promise<[Copy, Copy]> {
  const [first, second] = [newReplica(), newReplica()];
  await first.api['case-create']({ path: first.file, title: 'Applicant v Respondent' });
  await first.api['nodes-add']({
    parentId: null,
    kind: 'claim',
    title: 'Consent',
    text: 'The parties consented.\n\nThe Court has jurisdiction.',
  });
  await first.api['case-share']({ url: team.server.url, name: CASE, token: team.tokens[0]! });
  await second.api['case-open-shared']({ url: team.server.url, name: CASE, token: team.tokens[1]!, path: second.file });
  await settled(first.api);
  await settled(second.api);
  first.service.close();
  second.service.close();
  return [first, second];
}

async function openPage({ file, dataFolder }: Copy): Promise<Page> {
  const web = await startWebMode(file, dataFolder);
  webs.push(web);
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  await page.goto(web.url);
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
  copies.push(...(await sharedFiles()));
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
