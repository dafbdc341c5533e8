import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemberStore } from '../../app/store/memberStore';
import { startTeam, type TeamServer } from '../collab/replicas';
import { type CaseInBrowser, openCaseInBrowser } from '../support/browser';

const CASE_NAME = 'moot-2027';
let team: TeamServer;
let alice: CaseInBrowser;
let bob: CaseInBrowser;

beforeAll(async () => {
  team = await startTeam(CASE_NAME, 2);
  alice = await openCaseInBrowser('share-alice', ['--template', 'legal-memo'], { width: 1280, height: 800 });
  bob = await openCaseInBrowser('share-bob', [], { width: 1280, height: 800 });
}, 120_000);

afterAll(async () => {
  await alice?.close();
  await bob?.close();
  await team?.close();
});

/** A picture of the page for a person to look at, where CASEWRIGHT_SCREENSHOTS names a folder. */
async function screenshot(page: Page, name: string): Promise<void> {
  const into = process.env.CASEWRIGHT_SCREENSHOTS;
  if (into) await page.screenshot({ path: join(into, `${name}.png`) });
}

/** Runs a command by its label from the command palette. */
async function runCommand(page: Page, label: string): Promise<void> {
  await page.keyboard.press('Control+K');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await palette.getByRole('textbox', { name: 'Command' }).fill(label);
  await page.keyboard.press('Enter');
}

const sharing = (page: Page) => page.getByRole('region', { name: 'Sharing' });

describe('sharing a case through the dialogs', () => {
  it('Share case… checks what was typed, says a refusal plainly and changes nothing, then shares', async () => {
    const { page } = alice;
    await runCommand(page, 'Share case…');
    const dialog = page.getByRole('dialog', { name: 'Share case' });
    await dialog.getByRole('textbox', { name: 'Server address' }).fill('http://example.org');
    await dialog.getByRole('textbox', { name: 'Name on the server' }).fill('moot 2027');
    await dialog.getByRole('button', { name: 'Share' }).click();
    await expect.poll(() => dialog.textContent()).toContain('must start with ws:// or wss://');
    expect(await dialog.textContent()).toContain('letters, digits, dots, dashes and underscores');
    expect(await dialog.textContent()).toContain('Paste the token');
    await screenshot(page, 'share-problems');

    await dialog.getByRole('textbox', { name: 'Server address' }).fill(team.server.url);
    await dialog.getByRole('textbox', { name: 'Name on the server' }).fill(CASE_NAME);
    await dialog.getByLabel('Your token').fill('cw1.1.not-a-real-token');
    await dialog.getByRole('button', { name: 'Share' }).click();
    await expect
      .poll(() => dialog.getByRole('alert').textContent(), { timeout: 15_000 })
      .toMatch(/refused this token for “moot-2027”/);
    expect(await sharing(page).count()).toBe(0);

    await dialog.getByLabel('Your token').fill(team.tokens[0]!);
    await dialog.getByRole('button', { name: 'Share' }).click();
    await dialog.waitFor({ state: 'detached', timeout: 15_000 });
    await expect
      .poll(() => sharing(page).getByRole('status').textContent(), { timeout: 15_000 })
      .toMatch(/^Shared on 127\.0\.0\.1:\d+ as “moot-2027” — online$/);
    await screenshot(page, 'share-shared');
    expect(readFileSync(alice.file).includes(team.tokens[0]!)).toBe(false);
  });

  it('Open shared case… opens it on another server of the browser mode, with its status', async () => {
    const { page } = bob;
    await runCommand(page, 'Open shared case…');
    const dialog = page.getByRole('dialog', { name: 'Open shared case' });
    await dialog.getByRole('textbox', { name: 'Server address' }).fill(team.server.url);
    await dialog.getByRole('textbox', { name: 'Name on the server' }).fill(CASE_NAME);
    await dialog.getByLabel('Your token').fill(team.tokens[1]!);
    const localCopy = dialog.getByRole('textbox', { name: 'Keep the local copy at' });
    expect(await localCopy.inputValue()).toBe(join(bob.folder, `${CASE_NAME}.casewright`));
    await screenshot(page, 'share-open-dialog');
    await dialog.getByRole('button', { name: 'Open' }).click();
    await dialog.waitFor({ state: 'detached', timeout: 15_000 });

    await expect.poll(() => sharing(page).getByRole('status').textContent(), { timeout: 15_000 }).toMatch(/— online$/);
    const rows = await alice.page.getByRole('treeitem').count();
    await expect.poll(() => page.getByRole('treeitem').count(), { timeout: 15_000 }).toBe(rows);
    await page.getByRole('treeitem', { name: /How to use this memo/ }).waitFor();
    const copy = join(bob.folder, `${CASE_NAME}.casewright`);
    expect(existsSync(copy)).toBe(true);
    expect(readFileSync(copy).includes(team.tokens[1]!)).toBe(false);
    await screenshot(page, 'share-opened');
  });

  it('Go offline counts the edits not yet sent; Go online sends them to the other page', async () => {
    const { page } = bob;
    await sharing(page).getByRole('button', { name: 'Go offline' }).click();
    await expect.poll(() => sharing(page).getByRole('status').textContent()).toMatch(/— offline$/);
    await page.getByRole('button', { name: 'Add node' }).click();
    await expect.poll(() => page.getByRole('textbox', { name: 'Title' }).inputValue()).toBe('');
    await page.getByRole('textbox', { name: 'Title' }).fill('Added while offline');
    await expect
      .poll(() => sharing(page).getByRole('status').textContent())
      .toMatch(/— offline, \d+ edits? not yet sent$/);
    await screenshot(page, 'share-offline');

    await sharing(page).getByRole('button', { name: 'Go online' }).click();
    await expect.poll(() => sharing(page).getByRole('status').textContent(), { timeout: 15_000 }).toMatch(/— online$/);
    await alice.page.getByRole('treeitem', { name: /Added while offline/ }).waitFor({ timeout: 15_000 });
    expect(await alice.page.getByRole('treeitem', { name: /How to use this memo/ }).count()).toBe(1);
    expect(alice.pageErrors).toEqual([]);
    expect(bob.pageErrors).toEqual([]);
  });

  it('a token the server stops taking is said in the strip, and Give token… takes a new one', async () => {
    const { page } = bob;
    const members = new MemberStore(team.folder);
    members.removeMember('Member 2');
    const newToken = members.addMember('Member 2 again');
    members.share(CASE_NAME, 'Member 2 again');
    members.close();
    await sharing(page).getByRole('button', { name: 'Go offline' }).click();
    await expect.poll(() => sharing(page).getByRole('status').textContent()).toMatch(/— offline$/);
    await sharing(page).getByRole('button', { name: 'Go online' }).click();
    await expect
      .poll(() => sharing(page).getByRole('status').textContent(), { timeout: 15_000 })
      .toMatch(/— offline: the server refused your token$/);

    await sharing(page).getByRole('button', { name: 'Give token…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Your token for this shared case' });
    expect(await dialog.textContent()).toContain('The team server refused the token kept for “moot-2027”');
    await screenshot(page, 'share-token');
    await page.keyboard.type(newToken);
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached', timeout: 15_000 });
    await expect.poll(() => sharing(page).getByRole('status').textContent(), { timeout: 15_000 }).toMatch(/— online$/);
    expect(bob.pageErrors).toEqual([]);
  });
});
