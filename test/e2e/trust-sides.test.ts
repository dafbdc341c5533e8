import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CaseInBrowser, openCaseInBrowser } from '../support/browser';
import { storedNode } from '../support/caseFileReader';
import { attribute, containsText, focused, visible } from '../support/pageExpect';

const APPLICANT_CLAIM = 'A legal dispute existed between the Republic of Korea and the Russian Federation';
const APPLICANT_EVIDENCE = 'On 20 June 2024 the foreign ministry of the Republic of Korea';
const RESPONDENT_COUNTER = 'No dispute existed: the Republic of Korea’s statements were general';
const RESPONDENT_EVIDENCE = 'Much of the Republic of Korea’s criticism was made in public statements';
const APPLICANT_RESPONSE = 'The Republic of Korea protested directly to the Russian Federation';

let opened: CaseInBrowser;
let folder: string;
let file: string;
let page: Page;
let pageErrors: string[];

beforeAll(async () => {
  opened = await openCaseInBrowser(
    'sides',
    ['--template', 'russia-dprk-pact-2024', '--applicant', 'Republic of Korea', '--respondent', 'Russian Federation'],
    { width: 1440, height: 900 },
  );
  ({ folder, file, page, pageErrors } = opened);
});

afterAll(async () => {
  await opened?.close();
});

const side = (name: 'Applicant' | 'Respondent' | 'Both') =>
  page.getByRole('radiogroup', { name: 'Side' }).getByRole('radio', { name });
const row = (title: string) => page.getByRole('treeitem', { name: new RegExp(title.slice(0, 40)) });
const rowCount = (title: string) => row(title).count();

describe('each side’s view shows the argument from that side', () => {
  it('the Respondent’s view shows its counters and the Applicant’s claims they answer, not the Applicant’s evidence', async () => {
    await side('Respondent').click();
    await attribute(side('Respondent'), 'aria-checked', 'true');
    await visible(row(RESPONDENT_COUNTER));
    expect(await rowCount(RESPONDENT_EVIDENCE)).toBe(1);
    expect(await rowCount(APPLICANT_CLAIM)).toBe(1);
    expect(await rowCount(APPLICANT_RESPONSE)).toBe(1);
    expect(await rowCount(APPLICANT_EVIDENCE)).toBe(0);
    expect(await row(APPLICANT_CLAIM).getAttribute('class')).toContain('other-side');
    expect(await row(RESPONDENT_COUNTER).getAttribute('class')).not.toContain('other-side');
    expect(await page.getByRole('treeitem').count()).toBeGreaterThan(20);
  });

  it('the Applicant’s view shows its evidence and the Respondent’s counters, not the Respondent’s evidence', async () => {
    await side('Applicant').click();
    await visible(row(APPLICANT_EVIDENCE));
    expect(await rowCount(RESPONDENT_COUNTER)).toBe(1);
    expect(await rowCount(RESPONDENT_EVIDENCE)).toBe(0);
    expect(await row(RESPONDENT_COUNTER).getAttribute('class')).toContain('other-side');
  });

  it('Enter in the Respondent’s view adds a node of the Respondent that stays in view', async () => {
    await side('Respondent').click();
    await row(APPLICANT_CLAIM).click();
    await page.getByRole('tree', { name: 'Outline' }).focus();
    await page.keyboard.press('Enter');
    await focused(page.getByRole('textbox', { name: 'Title' }));
    await page.keyboard.type('No dispute could arise before the treaty entered into force');
    await page.keyboard.press('Enter');
    const added = row('No dispute could arise before the treaty entered into force');
    await attribute(added, 'aria-selected', 'true');
    expect(await added.getAttribute('class')).not.toContain('other-side');
    await expect
      .poll(() => storedNode(folder, file, 'No dispute could arise').side, { timeout: 10_000 })
      .toBe('respondent');
    expect(storedNode(folder, file, 'No dispute could arise').kind).toBe('claim');
  });

  it('“Add child” under the Applicant’s claim in the Respondent’s view adds a counter that stays in view', async () => {
    await row(APPLICANT_CLAIM).click();
    await page.getByRole('button', { name: 'Add child', exact: true }).click();
    await focused(page.getByRole('textbox', { name: 'Title' }));
    await page.keyboard.type('The statements were not addressed to the Russian Federation');
    await page.keyboard.press('Enter');
    await visible(row('The statements were not addressed to the Russian Federation'));
    await expect
      .poll(() => storedNode(folder, file, 'The statements were not addressed').kind, { timeout: 10_000 })
      .toBe('counter');
  });

  it('the Document view is written for the side chosen, with that side’s brief answers', async () => {
    await page.getByRole('button', { name: 'Document', exact: true }).click();
    const view = page.getByRole('region', { name: 'Document' });
    await containsText(view, 'Written for the Respondent');
    await view.getByRole('combobox', { name: 'Layout' }).selectOption('memo');
    const preview = page.frameLocator('iframe[title="Document preview"]').locator('body');
    await pagesLaidOut(view);
    await containsText(preview, 'The Respondent’s points:');
    const respondentAnswers = (await preview.textContent()) ?? '';
    expect(respondentAnswers).toContain('Counsel for the Respondent');
    expect(respondentAnswers).toContain(RESPONDENT_COUNTER.slice(0, 40));

    await side('Applicant').click();
    await containsText(view, 'Written for the Applicant');
    await pagesLaidOut(view);
    await containsText(preview, 'The Applicant’s points:');
    const applicantAnswers = (await preview.textContent()) ?? '';
    expect(applicantAnswers).not.toContain('The Respondent’s points:');

    await side('Both').click();
    await containsText(view, 'Written for the Applicant (the case’s side)');
    await page.getByRole('button', { name: 'Outline', exact: true }).click();
  });

  it('threw no error in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});

/** Waits until the Document view's pages are laid out: it shows their count. */
async function pagesLaidOut(view: Locator): Promise<void> {
  await expect.poll(() => view.textContent().then((text) => text ?? ''), { timeout: 120_000 }).toMatch(/\d+ pages?\b/);
}
