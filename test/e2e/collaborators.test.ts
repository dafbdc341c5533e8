import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../app/api/handlers';
import { colourOf } from '../../app/collab/presence';
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
let folder: string;

/** The case Alice shares: an issue, a claim with a body, and a rule under it. */
async function seed(api: ApiClient): Promise<void> {
  const issue = await api['nodes-add']({ parentId: null, kind: 'issue', title: 'Jurisdiction' });
  const claim = await api['nodes-add']({
    parentId: issue.id,
    kind: 'claim',
    title: 'Consent',
    text: 'Both parties consented to the jurisdiction of the Court.',
  });
  await api['nodes-add']({ parentId: claim.id, kind: 'rule', title: 'Optional clause' });
}

const openPage = (copy: SharedCopy) => openSharedPage(browser, copy, webs);

const row = (page: Page, name: string | RegExp) => page.getByRole('treeitem', { name }).first();

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'casewright-e2e-collaborators-'));
  team = await startTeam(CASE, 2);
  const [aliceCopy, bobCopy] = await sharedCopies(team, CASE, seed);
  browser = await launchChromium();
  alice = await openPage(aliceCopy);
  bob = await openPage(bobCopy);
});

afterAll(async () => {
  await browser?.close();
  for (const web of webs) await web.stop();
  await team?.close();
  rmSync(folder, { recursive: true, force: true });
});

describe('two people on one shared case, each in their own browser', () => {
  it("shows who is on which node in the other's outline, with their name and colour", async () => {
    await row(bob, 'Claim: Consent').click();
    await row(alice, 'Claim: Consent').click();
    const marked = row(bob, 'Claim: Consent, with Member 1');
    await marked.waitFor({ timeout: 10_000 });
    const marker = marked.locator('.presence-marker');
    expect(await marker.textContent()).toBe('M1');
    expect(await marker.getAttribute('title')).toBe('Member 1 is here');
    expect(await marker.getAttribute('style')).toContain(rgb(colourOf('Member 1')));
    await row(alice, 'Claim: Consent, with Member 2').waitFor({ timeout: 10_000 });
  });

  it("carries one's typing into the other's body, with the typist's caret and name where they type", async () => {
    const body = alice.getByRole('textbox', { name: 'Body' });
    await body.click();
    await body.press('Control+End');
    await body.pressSequentially(' In writing.');
    const bobBody = bob.getByRole('textbox', { name: 'Body' });
    await expect.poll(() => bobBody.textContent(), { timeout: 10_000 }).toContain('the Court. In writing.');
    const caret = bobBody.locator('.collaborator-caret', { hasText: 'Member 1' });
    await caret.waitFor({ timeout: 10_000 });
    expect(await caret.evaluate((element) => element.previousSibling?.textContent ?? '')).toMatch(/In writing\.$/);
    await bob.screenshot({ path: join(SHOTS, 'presence-body.png') });
  });

  it("updates the other's outline and gap report when a title changes, and the marker follows the person", async () => {
    await row(alice, 'Rule: Optional clause').click();
    await alice.getByRole('textbox', { name: 'Title' }).fill('Article 36(2) of the Statute');
    await row(bob, 'Rule: Article 36(2) of the Statute, with Member 1').waitFor({ timeout: 10_000 });
    const gaps = bob.getByRole('region', { name: 'Gaps' });
    await expect.poll(() => gaps.textContent(), { timeout: 10_000 }).toContain('Article 36(2) of the Statute');
    expect(await row(bob, 'Claim: Consent').getAttribute('aria-label')).toBe('Claim: Consent');
    await bob.screenshot({ path: join(SHOTS, 'presence-outline.png') });
  });

  it('marks the box of the node a collaborator is on in the map', async () => {
    await bob.getByRole('button', { name: 'Map', exact: true }).click();
    const box = bob.locator('[data-node]', { has: bob.locator('.map-presence') });
    await box.waitFor({ timeout: 10_000 });
    expect(await box.getAttribute('aria-label')).toMatch(/^Rule: Article 36\(2\) of the Statute .*, with Member 1$/);
    expect(await box.locator('.map-presence title').textContent()).toBe('Member 1 is here');
    await bob.screenshot({ path: join(SHOTS, 'presence-map.png') });
  });
});

/** A colour as the computed style gives it. */
function rgb(hex: string): string {
  const [red, green, blue] = [1, 3, 5].map((start) => Number.parseInt(hex.slice(start, start + 2), 16));
  return `rgb(${red}, ${green}, ${blue})`;
}
