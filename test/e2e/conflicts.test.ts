import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../app/api/handlers';
import { startTeam, type TeamServer } from '../collab/replicas';
import { launchChromium, type WebMode } from '../support/browser';
import { openSharedPage, type SharedCopy, sharedCopies } from '../support/sharedCaseInBrowsers';

const CASE = 'moot-2027';
const SHOTS = '/work/status/shots';
let team: TeamServer;
let browser: Browser;
const webs: WebMode[] = [];
let alice: Page;
let bob: Page;

/** The case Alice shares: an issue, a claim and a rule under it. */
async function seed(api: ApiClient): Promise<void> {
  const issue = await api['nodes-add']({ parentId: null, kind: 'issue', title: 'Jurisdiction' });
  const claim = await api['nodes-add']({ parentId: issue.id, kind: 'claim', title: 'Consent' });
  await api['nodes-add']({ parentId: claim.id, kind: 'rule', title: 'Optional clause' });
}

const openPage = (copy: SharedCopy) => openSharedPage(browser, copy, webs);

const row = (page: Page, name: string | RegExp) => page.getByRole('treeitem', { name }).first();
const sharing = (page: Page) => page.getByRole('region', { name: 'Sharing' });
const noticesButton = (page: Page) => sharing(page).getByRole('button', { name: /^\d+ notices?$/ });

async function setConnection(page: Page, label: 'Go offline' | 'Go online', status: RegExp): Promise<void> {
  await sharing(page).getByRole('button', { name: label }).click();
  await expect.poll(() => sharing(page).getByRole('status').textContent(), { timeout: 15_000 }).toMatch(status);
}

async function retitle(page: Page, from: string, to: string): Promise<void> {
  await row(page, from).click();
  await page.getByRole('textbox', { name: 'Title' }).fill(to);
  await row(page, new RegExp(`: ${to.replace(/[()]/g, '\\$&')}`)).waitFor({ timeout: 10_000 });
}

async function runCommand(page: Page, label: string): Promise<void> {
  await page.keyboard.press('Control+K');
  await page.getByRole('dialog', { name: 'Command palette' }).getByRole('textbox', { name: 'Command' }).fill(label);
  await page.keyboard.press('Enter');
}

beforeAll(async () => {
  team = await startTeam(CASE, 2);
  const [aliceCopy, bobCopy] = await sharedCopies(team, CASE, seed);
  browser = await launchChromium();
  alice = await openPage(aliceCopy);
  bob = await openPage(bobCopy);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  for (const web of webs) await web.stop();
  await team?.close();
});

describe('conflicting edits made offline, in two browsers', () => {
  it('shows each person the notices of what was decided, with the overwritten title restorable', async () => {
    await setConnection(alice, 'Go offline', /— offline$/);
    await setConnection(bob, 'Go offline', /— offline$/);
    await retitle(alice, 'Claim: Consent', 'Consent by treaty');
    await row(alice, 'Rule: Optional clause').click();
    await runCommand(alice, 'Delete node');
    await expect.poll(() => row(alice, 'Rule: Optional clause').count()).toBe(0);
    await retitle(bob, 'Claim: Consent', 'Consent by declaration');
    await retitle(bob, 'Rule: Optional clause', 'Optional clause, as accepted');
    await setConnection(alice, 'Go online', /— online$/);
    await setConnection(bob, 'Go online', /— online$/);

    const claimTitle = async (page: Page) =>
      (
        await page
          .getByRole('treeitem', { name: /^Claim: / })
          .first()
          .getAttribute('aria-label')
      )?.split(', with')[0];
    await expect
      .poll(async () => (await claimTitle(alice)) === (await claimTitle(bob)), { timeout: 15_000 })
      .toBe(true);
    const kept = (await claimTitle(alice))!.slice('Claim: '.length);
    const [winner, loser] = kept === 'Consent by treaty' ? [alice, bob] : [bob, alice];
    const lost = kept === 'Consent by treaty' ? 'Consent by declaration' : 'Consent by treaty';
    await row(alice, /^Rule: Optional clause, as accepted/).waitFor({ timeout: 15_000 });

    await expect.poll(() => noticesButton(loser).textContent(), { timeout: 15_000 }).toBe('2 notices');
    await expect.poll(() => noticesButton(winner).textContent(), { timeout: 15_000 }).toBe('1 notice');

    await noticesButton(loser).click();
    const list = loser.getByRole('list', { name: 'Notices' });
    const overwritten = list.getByRole('listitem').filter({ hasText: 'at the same time as you' });
    expect(await overwritten.textContent()).toContain(
      `retitled a node “${kept}” at the same time as you retitled it “${lost}”`,
    );
    expect(await list.textContent()).toContain('“Optional clause, as accepted” was deleted by a collaborator');
    await loser.screenshot({ path: join(SHOTS, 'conflicts-notices.png') });
    await loser.keyboard.press('Escape');
    await list.waitFor({ state: 'detached' });
    await noticesButton(loser).click();
    await loser.getByRole('region', { name: 'Gaps' }).click();
    await list.waitFor({ state: 'detached' });
    await row(loser, 'Issue: Jurisdiction').click();
    await noticesButton(loser).click();
    await overwritten.getByRole('button', { name: 'Show node' }).click();
    await list.waitFor({ state: 'detached' });
    expect(await row(loser, /^Claim: /).getAttribute('aria-selected')).toBe('true');
    await noticesButton(loser).click();
    await overwritten.getByRole('button', { name: 'Restore mine' }).click();
    await row(winner, new RegExp(`^Claim: ${lost}`)).waitFor({ timeout: 15_000 });
    await expect.poll(() => noticesButton(loser).textContent()).toBe('1 notice');

    await noticesButton(winner).click();
    const winnerList = winner.getByRole('list', { name: 'Notices' });
    expect(await winnerList.textContent()).toContain('“Optional clause, as accepted” was deleted by a collaborator');
    await winner.screenshot({ path: join(SHOTS, 'conflicts-winner.png') });
    await winnerList.getByRole('button', { name: 'Dismiss' }).click();
    await expect.poll(() => noticesButton(winner).count()).toBe(0);
  });
});
