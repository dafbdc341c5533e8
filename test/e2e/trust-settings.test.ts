import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CaseInBrowser, openCaseInBrowser } from '../support/browser';
import { runCli } from '../support/caseFileReader';
import { focused, visible } from '../support/pageExpect';

interface StoredCase {
  title: string;
  forum: string;
  applicant: string;
  respondent: string;
  side: string;
  citationStyle: string;
  passimThreshold: number;
  wordLimits: Record<string, number>;
  thresholds: { clearAndConvincing: { base: number; margin: number } };
}

let opened: CaseInBrowser;
let folder: string;
let file: string;
let page: Page;
let pageErrors: string[];

beforeAll(async () => {
  opened = await openCaseInBrowser('settings', ['--template', 'legal-memo'], { width: 1440, height: 900 });
  ({ folder, file, page, pageErrors } = opened);
});

afterAll(async () => {
  await opened?.close();
});

const storedCase = () => (JSON.parse(runCli(folder, 'show', file, '--json')) as { case: StoredCase }).case;
const dialog = () => page.getByRole('dialog', { name: 'Case settings' });
const field = (name: string) => dialog().getByLabel(name, { exact: true });
const toolbar = (name: string) => page.getByRole('banner').getByRole('button', { name, exact: true });

describe('the case settings', () => {
  it('open from the toolbar with what the case holds, and save every setting to the case file as one step', async () => {
    const before = storedCase();
    await toolbar('Case settings').click();
    await visible(dialog());
    await focused(field('Case title'));
    expect(await field('Case title').inputValue()).toBe(before.title);
    expect(await field('“Passim” from this many citing places').inputValue()).toBe('5');
    expect(await field('Clear and convincing: support at least').inputValue()).toBe('0.7');

    await field('Case title').fill('Pulp Mills on the River Uruguay');
    await field('Forum').fill('International Court of Justice');
    await field('Applicant').fill('Argentina');
    await field('Respondent').fill('Uruguay');
    await field('Our side').selectOption('respondent');
    await field('Citation style').selectOption('bluebook');
    await field('Pleadings').fill('9000');
    await field('Statement of Facts').fill('1500');
    await field('“Passim” from this many citing places').fill('3');
    await field('Clear and convincing: support at least').fill('0.75');
    await dialog().getByRole('button', { name: 'Save settings' }).click();
    await dialog().waitFor({ state: 'detached' });

    const saved = storedCase();
    expect(saved).toMatchObject({
      title: 'Pulp Mills on the River Uruguay',
      forum: 'International Court of Justice',
      applicant: 'Argentina',
      respondent: 'Uruguay',
      side: 'respondent',
      citationStyle: 'bluebook',
      passimThreshold: 3,
      wordLimits: { pleadings: 9000, facts: 1500 },
    });
    expect(saved.thresholds.clearAndConvincing).toEqual({ base: 0.75, margin: 0.3 });
    await visible(page.getByRole('banner').getByText('Pulp Mills on the River Uruguay'));

    await toolbar('Undo').click();
    await expect.poll(() => storedCase().title, { timeout: 10_000 }).toBe(before.title);
    expect(storedCase()).toEqual(before);
    await toolbar('Redo').click();
    await expect.poll(() => storedCase().passimThreshold, { timeout: 10_000 }).toBe(3);
    expect(storedCase().title).toBe('Pulp Mills on the River Uruguay');
  });

  it('open by clicking the case title, and refuse a bad value by name, changing nothing', async () => {
    await page.getByRole('button', { name: /^Pulp Mills on the River Uruguay: open the case settings/ }).click();
    await visible(dialog());
    expect(await field('Case title').inputValue()).toBe('Pulp Mills on the River Uruguay');
    expect(await field('Pleadings').inputValue()).toBe('9000');
    expect(await field('Summary of Pleadings').inputValue()).toBe('');

    await field('Forum').fill('Permanent Court of Arbitration');
    await field('“Passim” from this many citing places').fill('1');
    await dialog().getByRole('button', { name: 'Save settings' }).click();
    const alert = dialog().getByRole('alert');
    await visible(alert);
    expect(await alert.textContent()).toBe('Nothing was changed. “Passim” from: give a whole number from 2 to 100.');

    await field('“Passim” from this many citing places').fill('4');
    await field('Pleadings').fill('-20');
    await dialog().getByRole('button', { name: 'Save settings' }).click();
    await expect
      .poll(() => alert.textContent(), { timeout: 10_000 })
      .toBe(
        'Nothing was changed. Word limit of the Pleadings: give a whole number from 1 to 10,000,000 words, or leave it blank.',
      );
    expect(storedCase()).toMatchObject({ forum: 'International Court of Justice', passimThreshold: 3 });

    await page.keyboard.press('Escape');
    await dialog().waitFor({ state: 'detached' });
    expect(storedCase()).toMatchObject({ forum: 'International Court of Justice', passimThreshold: 3 });
  });

  it('open from the command palette, and a cleared limit leaves that part without one', async () => {
    await page.getByRole('tree', { name: 'Outline' }).focus();
    await page.keyboard.press('Control+k');
    await focused(page.getByRole('combobox', { name: 'Command' }).or(page.getByRole('textbox', { name: 'Command' })));
    await page.keyboard.type('Case settings');
    await page.keyboard.press('Enter');
    await visible(dialog());
    await field('Statement of Facts').fill('');
    await dialog().getByRole('button', { name: 'Save settings' }).click();
    await dialog().waitFor({ state: 'detached' });
    expect(storedCase().wordLimits).toEqual({ pleadings: 9000 });
  });

  it('give the memo its title: the exported memo no longer reads "Re: Untitled case"', () => {
    const memo = runCli(folder, 'export', file, '--format', 'md', '--layout', 'memo');
    expect(memo).toMatch(/Re\W+Pulp Mills on the River Uruguay/);
    expect(memo).not.toContain('Untitled case');
  });

  it('threw no uncaught error in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
