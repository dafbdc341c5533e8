import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTeam, type TeamServer } from '../collab/replicas';
import { type CaseInBrowser, openCaseInBrowser } from '../support/browser';

const SHOTS = '/work/status/shots';
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

/** Runs a command by its label from the command palette. */
async function runCommand(page: Page, label: string): Promise<void> {
  await page.keyboard.press('Control+K');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await palette.getByRole('textbox', { name: 'Command' }).fill(label);
  await page.keyboard.press('Enter');
}

const sharing = (page: Page) => page.getByRole('region', { name: 'Sharing' });
/** The outline's rows as text, without the markers of the collaborators on them (each page sees the others'). */
const topTitles = (page: Page) =>
  page.getByRole('treeitem').evaluateAll((rows) =>
    rows
      .map((row) => {
        const copy = row.cloneNode(true) as Element;
        for (const marker of copy.querySelectorAll('.presence-marker')) marker.remove();
        return copy.textContent?.trim() ?? '';
      })
      .filter(Boolean),
  );

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
    await page.screenshot({ path: join(SHOTS, 'share-shared.png') });
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
    await page.screenshot({ path: join(SHOTS, 'share-open-dialog.png') });
    await dialog.getByRole('button', { name: 'Open' }).click();
    await dialog.waitFor({ state: 'detached', timeout: 15_000 });

    await expect.poll(() => sharing(page).getByRole('status').textContent(), { timeout: 15_000 }).toMatch(/— online$/);
    const aliceTitles = await topTitles(alice.page);
    await expect.poll(() => topTitles(page), { timeout: 15_000 }).toEqual(aliceTitles);
    const copy = join(bob.folder, `${CASE_NAME}.casewright`);
    expect(existsSync(copy)).toBe(true);
    expect(readFileSync(copy).includes(team.tokens[1]!)).toBe(false);
    await page.screenshot({ path: join(SHOTS, 'share-opened.png') });
  });

  it('Go offline counts the edits not yet sent; Go online sends them to the other page', async () => {
    const { page } = bob;
    await sharing(page).getByRole('button', { name: 'Go offline' }).click();
    await expect.poll(() => sharing(page).getByRole('status').textContent()).toMatch(/— offline$/);
    await page.getByRole('button', { name: 'Add node' }).click();
    await page.keyboard.type('Added while offline');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => sharing(page).getByRole('status').textContent())
      .toMatch(/— offline, \d+ edits? not yet sent$/);
    await page.screenshot({ path: join(SHOTS, 'share-offline.png') });

    await sharing(page).getByRole('button', { name: 'Go online' }).click();
    await expect.poll(() => sharing(page).getByRole('status').textContent(), { timeout: 15_000 }).toMatch(/— online$/);
    await alice.page.getByRole('treeitem', { name: /Added while offline/ }).waitFor({ timeout: 15_000 });
    expect(alice.pageErrors).toEqual([]);
    expect(bob.pageErrors).toEqual([]);
  });
});
