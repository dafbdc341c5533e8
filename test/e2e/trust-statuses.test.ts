import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CaseInBrowser, openCaseInBrowser, startWebMode } from '../support/browser';
import { runCli, storedNode } from '../support/caseFileReader';
import { containsText, focused, visible } from '../support/pageExpect';

const CASE = {
  format: 'casewright',
  version: 1,
  case: { title: 'Testland v Otherland', side: 'applicant' },
  authorities: [
    {
      key: 'res1718',
      type: 'un_document',
      short: 'SC Res 1718',
      csl: { type: 'legislation', title: 'Resolution 1718' },
    },
    { key: 'panel', type: 'report', short: 'Panel report', csl: { type: 'report', title: 'Final report' } },
  ],
  nodes: [
    {
      kind: 'issue',
      title: 'Whether Otherland breached resolution 1718',
      children: [
        {
          kind: 'claim',
          title: 'Otherland procured arms from the DPRK',
          children: [
            {
              kind: 'rule',
              title: 'The procurement ban',
              text: 'Members shall prohibit procurement [@res1718, para 8(b)].',
            },
            {
              kind: 'evidence',
              title: 'The shipments',
              weight: 'strong',
              assessment: 'contested',
              text: 'Containers moved by sea [@panel, para 12].',
            },
          ],
        },
      ],
    },
  ],
};

let opened: CaseInBrowser;
let folder: string;
let file: string;
let empty: string;
let browser: Browser;
let page: Page;
let pageErrors: string[];

beforeAll(async () => {
  opened = await openCaseInBrowser('statuses', [], { width: 1440, height: 900 }, (file, folder) => {
    writeFileSync(join(folder, 'case.json'), JSON.stringify(CASE));
    runCli(folder, 'import', file, '--format', 'json', join(folder, 'case.json'));
    empty = join(folder, 'empty.casewright');
    runCli(folder, 'new', empty);
  });
  ({ folder, file, browser, page, pageErrors } = opened);
});

afterAll(async () => {
  await opened?.close();
});

const row = (title: string) => page.getByRole('treeitem', { name: new RegExp(title) });
const badge = (title: string) => row(title).locator('.status-badge');

describe('statuses that tell the truth, and say why', () => {
  it('shows a claim whose only evidence is contested as Contested, saying why on hover', async () => {
    await containsText(badge('Otherland procured arms'), 'Contested');
    await containsText(badge('Whether Otherland breached'), 'Contested');
    await badge('Otherland procured arms').hover();
    const tooltip = page.getByRole('tooltip');
    await containsText(tooltip, 'Contested: its evidence “The shipments” is contested.');
    expect(storedNode(folder, file, 'Otherland procured arms').status).toBe('contested');
  });

  it('shows the reason in the editor, and establishes the claim once its evidence is accepted', async () => {
    await row('The shipments').click();
    const editor = page.getByRole('region', { name: 'Editor' });
    await containsText(editor, 'Contested: it is assessed as contested.');
    await editor.getByRole('combobox', { name: 'Assessment' }).selectOption('accepted');
    await containsText(badge('Otherland procured arms'), 'Established');
    await expect
      .poll(() => storedNode(folder, file, 'Otherland procured arms').status, { timeout: 10_000 })
      .toBe('established');
    await badge('Otherland procured arms').hover();
    await containsText(page.getByRole('tooltip'), 'Established: all 2 elements below it are established.');
    await containsText(editor, 'Established: strong, accepted evidence with a source.');
  });

  it('explains statuses, kind icons and side colours in a legend opened from the outline', async () => {
    const button = page.getByRole('navigation', { name: 'Outline pane' }).getByRole('button', { name: 'Legend' });
    await button.click();
    const legend = page.getByRole('dialog', { name: 'Legend' });
    await visible(legend);
    for (const text of ['Established', 'Contested', 'Unsupported', 'Defeated']) await containsText(legend, text);
    for (const text of ['Issue', 'Claim', 'Rule', 'Evidence', 'Counter', 'Response', 'Note', 'Question']) {
      await containsText(legend, text);
    }
    await containsText(legend, 'Applicant');
    await containsText(legend, 'Respondent');
    expect(await legend.locator('.kind-icon').count()).toBe(8);
    expect(await legend.locator('.side-swatch').count()).toBe(2);
    await focused(legend.getByRole('button', { name: 'Close' }));
    await page.keyboard.press('Escape');
    await legend.waitFor({ state: 'detached' });
    await focused(button);
  });

  it('does not tell an empty case that every claim has its rule', async () => {
    const other = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    other.on('pageerror', (error) => pageErrors.push(error.message));
    const emptyWeb = await startWebMode(empty, join(folder, 'home'));
    try {
      await other.goto(emptyWeb.url);
      const gaps = other.getByRole('region', { name: 'Gaps' });
      await containsText(gaps, 'Nothing to check yet');
      expect((await gaps.textContent()) ?? '').not.toContain('No gaps found');
    } finally {
      await other.close();
      await emptyWeb.stop();
    }
  });

  it('threw no error in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
