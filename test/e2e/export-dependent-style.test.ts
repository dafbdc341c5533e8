import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CaseInBrowser, openCaseInBrowser } from '../support/browser';
import { runCli } from '../support/caseFileReader';
import { containsText, visible } from '../support/pageExpect';

const FIXTURES = resolve(import.meta.dirname, '../fixtures');
const STYLES = join(FIXTURES, 'styles');
let opened: CaseInBrowser;
let folder: string;
let page: Page;
let pageErrors: string[];

beforeAll(async () => {
  opened = await openCaseInBrowser(
    'dependent-style',
    ['--applicant', 'Republic of Korea', '--respondent', 'Russian Federation'],
    { width: 1280, height: 900 },
    (file, folder) => runCli(folder, 'import', file, '--format', 'json', join(FIXTURES, 'memorial-case.json')),
  );
  ({ folder, page, pageErrors } = opened);
}, 60_000);

/** A picture of the page for a person to look at, where CASEWRIGHT_SCREENSHOTS names a folder. */
async function screenshot(name: string): Promise<void> {
  const into = process.env.CASEWRIGHT_SCREENSHOTS;
  if (into) await page.screenshot({ path: join(into, `dependent-style-${name}.png`) });
}

afterAll(async () => {
  await opened?.close();
});

describe('a dependent CSL style in the Export dialog', () => {
  it('names the parent it needs, lets the user choose it, refuses a wrong one, and exports with both', async () => {
    await page.getByRole('button', { name: 'Export…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await dialog.getByRole('combobox', { name: 'Format' }).selectOption('md');
    await dialog.getByLabel('CSL style file', { exact: true }).setInputFiles(join(STYLES, 'plain-notes-journal.csl'));
    await containsText(
      dialog.getByRole('alert'),
      'plain-notes-journal.csl: Journal of Plain Notes (Casewright test style) is a dependent CSL style: it has no formatting of its own and uses that of its parent, https://casewright.invalid/styles/plain-notes.',
    );
    await containsText(dialog, "OSCOLA (the case's style)");
    const chooseParent = dialog.getByRole('button', { name: 'Choose its parent style…' });
    await visible(chooseParent);
    await screenshot('needs-parent');

    await dialog.getByLabel('Parent CSL style file').setInputFiles(join(STYLES, 'plain-notes-journal.csl'));
    await containsText(dialog.getByRole('alert'), 'plain-notes-journal.csl: The parent CSL style');
    await containsText(dialog.getByRole('alert'), 'is itself a dependent style');
    await containsText(dialog, "OSCOLA (the case's style)");

    await dialog.getByLabel('Parent CSL style file').setInputFiles(join(STYLES, 'plain-notes.csl'));
    await containsText(dialog, 'Journal of Plain Notes (Casewright test style)');
    await containsText(dialog, 'with its parent style, plain-notes.csl');
    expect(await dialog.getByRole('alert').count()).toBe(0);
    expect(await chooseParent.count()).toBe(0);
    await screenshot('chosen');

    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    const saved = join(folder, 'export.md');
    await (await download).saveAs(saved);
    const markdown = readFileSync(saved, 'utf8');
    console.log(
      markdown
        .split('\n')
        .filter((line) => line.startsWith('[^'))
        .slice(0, 12)
        .join('\n'),
    );
    expect(pageErrors).toEqual([]);
  });
});
