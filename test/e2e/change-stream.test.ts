import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CaseInBrowser, openCaseInBrowser } from '../support/browser';
import { runCli, storedNode } from '../support/caseFileReader';

const ISSUE = 'Whether the Respondent is responsible to the Applicant';
let opened: CaseInBrowser;
let second: Page;

beforeAll(async () => {
  opened = await openCaseInBrowser('stream', ['--template', 'legal-memo'], { width: 1440, height: 900 });
  second = await opened.page.context().newPage();
  await second.goto(opened.web.url);
  await second.getByRole('tree', { name: 'Outline' }).waitFor();
});

afterAll(async () => {
  await opened?.close();
});

const row = (page: Page, name: string) => page.getByRole('treeitem', { name }).first();

/** How long `name` takes to show in the outline of `page`, in ms (polled every 20 ms, up to 5 s). */
async function timeUntilShown(page: Page, name: string, since: number): Promise<number> {
  await row(page, name).waitFor({ timeout: 5000 });
  return Date.now() - since;
}

describe('changes pushed to every view', () => {
  it('shows an import made with the command line in the outline within one second, without a reload', async () => {
    const { page, folder, file } = opened;
    await page.evaluate('window.notReloaded = true');
    const outline = join(folder, 'added.md');
    writeFileSync(outline, '# Whether the command line edit shows at once\n\nIt does.\n');
    runCli(folder, 'import', file, '--format', 'md', outline);
    const elapsed = await timeUntilShown(page, 'Whether the command line edit shows at once', Date.now());
    expect(elapsed).toBeLessThan(1000);
    expect(await page.evaluate('window.notReloaded')).toBe(true);
    await timeUntilShown(second, 'Whether the command line edit shows at once', Date.now());
  });

  it("shows each page's title edits in the other page within one second", async () => {
    const { page } = opened;
    await row(page, ISSUE).click();
    const title = page.getByRole('textbox', { name: 'Title' });
    await title.fill('Whether the respondent breached it, as the first page says');
    const typed = Date.now();
    expect(
      await timeUntilShown(second, 'Whether the respondent breached it, as the first page says', typed),
    ).toBeLessThan(1000);

    await row(second, 'Whether the respondent breached it, as the first page says').click();
    await second
      .getByRole('textbox', { name: 'Title' })
      .fill('Whether the respondent breached it, as the second page says');
    const answered = Date.now();
    expect(
      await timeUntilShown(page, 'Whether the respondent breached it, as the second page says', answered),
    ).toBeLessThan(1000);
    await expect
      .poll(() => page.getByRole('textbox', { name: 'Title' }).inputValue())
      .toBe('Whether the respondent breached it, as the second page says');
    expect(storedNode(opened.folder, opened.file, 'Whether the respondent breached it, as the second').title).toBe(
      'Whether the respondent breached it, as the second page says',
    );
  });

  it('makes one call for a title edit, over its socket: the save; the outline, statuses and undo state come pushed', async () => {
    const { page } = opened;
    let counting = false;
    const calls: string[] = [];
    page.on('websocket', (socket) =>
      socket.on('framesent', (frame) => {
        if (counting) calls.push((JSON.parse(String(frame.payload)) as { method: string }).method);
      }),
    );
    await page.reload();
    await row(page, 'Whether the respondent breached it, as the second page says').click();
    await page.waitForTimeout(500);
    const requests: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/api/')) requests.push(new URL(request.url()).pathname);
    });
    counting = true;
    await page.getByRole('textbox', { name: 'Title' }).press('Control+End');
    await page.getByRole('textbox', { name: 'Title' }).press('!');
    await row(second, 'Whether the respondent breached it, as the second page says!').waitFor();
    await page.waitForTimeout(500);
    expect(calls).toEqual(['nodes-update']);
    expect(requests).toEqual([]);
    expect(opened.pageErrors).toEqual([]);
  });
});
