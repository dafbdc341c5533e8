import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CaseInBrowser, openCaseInBrowser } from '../support/browser';
import { runCli, storedNode, storedNodes } from '../support/caseFileReader';
import { unzipText } from '../support/documentReaders';
import { containsText, focused, visible } from '../support/pageExpect';

const FIXTURE = resolve(import.meta.dirname, '../fixtures/memorial-case.json');
const EVIDENCE = 'Satellite imagery shows containers at the port of Rajin';
const ADDED = ' in August 2024';
const VERSION = 'Draft sent to coach';
let opened: CaseInBrowser;
let folder: string;
let file: string;
let browser: Browser;
let page: Page;
let pageErrors: string[];

beforeAll(async () => {
  opened = await openCaseInBrowser(
    'versions',
    ['--applicant', 'Republic of Korea', '--respondent', 'Russian Federation'],
    { width: 1440, height: 900 },
    (file, folder) => runCli(folder, 'import', file, '--format', 'json', FIXTURE),
  );
  ({ folder, file, browser, page, pageErrors } = opened);
}, 60_000);

afterAll(async () => {
  await opened?.close();
});

/** Pictures of the page, light and dark, where CASEWRIGHT_SCREENSHOTS names a folder. */
async function screenshots(name: string, target: Page = page): Promise<void> {
  const into = process.env.CASEWRIGHT_SCREENSHOTS;
  if (!into) return;
  for (const scheme of ['light', 'dark'] as const) {
    await target.emulateMedia({ colorScheme: scheme });
    await target.screenshot({ path: join(into, `ver-${name}-${scheme}.png`) });
  }
  await target.emulateMedia({ colorScheme: 'light' });
}

const storedVersions = () =>
  (JSON.parse(runCli(folder, 'version', 'list', file, '--json')) as { versions: { name: string }[] }).versions.map(
    (version) => version.name,
  );
const storedTitle = () => storedNode(folder, file, 'Satellite imagery').title;
const panel = () => page.getByRole('region', { name: 'Versions' });

describe('versions in the window', () => {
  it('saves a named version from the Versions panel, or from the command palette, and refuses a name taken', async () => {
    await page.getByRole('tab', { name: 'Versions' }).click();
    await containsText(panel(), 'No versions yet');
    await panel().getByRole('button', { name: 'Save version…' }).click();
    await panel().getByRole('textbox', { name: 'Version name' }).fill(VERSION);
    await panel().getByRole('button', { name: 'Save version', exact: true }).click();
    await visible(panel().getByRole('listitem', { name: VERSION }));
    expect(storedVersions()).toEqual([VERSION]);

    await page.getByRole('tab', { name: /^Gaps/ }).click();
    await page.getByRole('tree', { name: 'Outline' }).focus();
    await page.keyboard.press('Control+k');
    await focused(page.getByRole('dialog', { name: 'Command palette' }).getByRole('textbox', { name: 'Command' }));
    await page.keyboard.type('Save version');
    await page.keyboard.press('Enter');
    await focused(panel().getByRole('textbox', { name: 'Version name' }));
    await page.keyboard.type(VERSION);
    await page.keyboard.press('Enter');
    await containsText(panel().getByRole('alert'), `There is already a version named “${VERSION}”`);
    await page.keyboard.press('Escape');
    expect(storedVersions()).toEqual([VERSION]);
    await screenshots('panel');
  });

  it('compares the version with the case after edits and a move, inline and side by side, and goes to the node', async () => {
    await page.getByRole('treeitem', { name: EVIDENCE }).click();
    const title = page.getByRole('textbox', { name: 'Title' });
    await title.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(ADDED);
    await expect.poll(storedTitle, { timeout: 10_000 }).toBe(`${EVIDENCE}${ADDED}`);
    await page.getByRole('textbox', { name: 'Body' }).click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' They left on 12 August.');
    await expect
      .poll(() => storedNode(folder, file, 'Satellite imagery').text, { timeout: 10_000 })
      .toContain('12 August');
    await page.getByRole('treeitem', { name: `${EVIDENCE}${ADDED}` }).click();
    await page.keyboard.press('Alt+ArrowUp');
    await expect
      .poll(
        () =>
          storedNodes(folder, file).findIndex((node) => node.title.startsWith('Satellite')) <
          storedNodes(folder, file).findIndex((node) => node.title.startsWith('The Panel of Experts')),
        { timeout: 10_000 },
      )
      .toBe(true);

    await panel()
      .getByRole('button', { name: `Compare “${VERSION}” with now` })
      .click();
    const compare = page.getByRole('region', { name: 'Compare versions' });
    await focused(compare);
    await containsText(compare.getByRole('status'), 'moved, 1 edited.');
    const changed = compare.getByRole('listitem', { name: `Edited: ${EVIDENCE}${ADDED}` });
    await visible(changed);
    await containsText(
      compare.getByRole('listitem', {
        name: 'Moved: The Panel of Experts documented ballistic missile debris of DPRK origin',
      }),
      'Moved within “The Respondent procured arms from the DPRK” from position 2 to 3.',
    );
    // The body reads as text: its link as the link's words, not as Markdown.
    await containsText(changed, 'see the imagery report.');
    expect(await changed.textContent()).not.toContain('https://');
    const insertions = changed.getByRole('insertion');
    await expect.poll(() => insertions.allTextContents()).toEqual([ADDED, expect.stringContaining('12 August')]);
    expect(await changed.getByRole('deletion').count()).toBe(0);
    await screenshots('compare-inline');

    await compare.getByRole('radio', { name: 'Side by side' }).click();
    await visible(compare.locator('.change-columns'));
    expect(await changed.getByRole('insertion').count()).toBe(2);
    await screenshots('compare-side-by-side');

    await page.keyboard.press('Escape');
    expect(await compare.count()).toBe(0);
    await panel()
      .getByRole('button', { name: `Compare “${VERSION}” with now` })
      .click();
    await changed.getByRole('button', { name: `Go to “${EVIDENCE}${ADDED}”` }).focus();
    await page.keyboard.press('Enter');
    expect(await compare.count()).toBe(0);
    await expect.poll(() => title.inputValue(), { timeout: 10_000 }).toBe(`${EVIDENCE}${ADDED}`);
  });

  it('opens the version read-only, and compares the case with another case file chosen in the Versions panel', async () => {
    await page.getByRole('tab', { name: 'Versions' }).click();
    await panel()
      .getByRole('button', { name: `Open “${VERSION}” (read-only)` })
      .click();
    const opened = page.getByRole('region', { name: `Version “${VERSION}” (read-only)` });
    await focused(opened);
    await containsText(opened, 'read-only');
    // The version's outline: the evidence under its title then, and nothing to type into.
    await visible(opened.getByRole('listitem', { name: EVIDENCE, exact: true }));
    expect(await opened.getByRole('listitem', { name: `${EVIDENCE}${ADDED}` }).count()).toBe(0);
    expect(await opened.getByText('They left on 12 August').count()).toBe(0);
    expect(await opened.getByRole('textbox').count()).toBe(0);
    await screenshots('version-open');
    await opened.getByRole('button', { name: 'Compare with now' }).click();
    const compare = page.getByRole('region', { name: 'Compare versions' });
    await containsText(compare.getByRole('status'), 'moved, 1 edited.');
    expect(await opened.count()).toBe(0);
    await page.keyboard.press('Escape');
    expect(await compare.count()).toBe(0);

    // Another case file: the case as it was imported, before this session's edits.
    const other = join(folder, 'other.casewright');
    runCli(folder, 'new', other, '--applicant', 'Republic of Korea', '--respondent', 'Russian Federation');
    runCli(folder, 'import', other, '--format', 'json', FIXTURE);
    const chooser = page.waitForEvent('filechooser');
    await panel().getByRole('button', { name: 'Compare with a case file…' }).click();
    await (await chooser).setFiles(other);
    await focused(compare);
    await containsText(compare, 'to other.casewright');
    expect(await compare.getByRole('combobox', { name: 'Compare to' }).inputValue()).toBe('file');
    expect(await compare.getByRole('combobox', { name: 'Compare from' }).inputValue()).toBe('now');
    const changed = compare.getByRole('listitem', { name: new RegExp(`edited: ${EVIDENCE}$`) });
    await visible(changed);
    // From the case now to the file: what this session added reads as deleted.
    await expect
      .poll(() => changed.getByRole('deletion').allTextContents())
      .toEqual([expect.stringContaining('in August 2024'), expect.stringContaining('12 August')]);
    await screenshots('compare-file');

    // Back to the version and now, then the file again from the Compare view's own To list.
    await compare.getByRole('combobox', { name: 'Compare to' }).selectOption('now');
    await containsText(compare.getByRole('status'), 'moved, 1 edited.');
    expect(await compare.getByRole('combobox', { name: 'Compare from' }).inputValue()).not.toBe('now');
    const again = page.waitForEvent('filechooser');
    await compare.getByRole('combobox', { name: 'Compare to' }).selectOption('choose-file');
    await (await again).setFiles(other);
    await containsText(compare, 'to other.casewright');
    expect(await compare.getByRole('combobox', { name: 'Compare to' }).inputValue()).toBe('file');
    await page.keyboard.press('Escape');
    expect(await compare.count()).toBe(0);
  });

  it('exports the changes since the version as a redline (HTML in colour, DOCX as tracked changes)', async () => {
    await page.getByRole('button', { name: 'Export…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export' });
    const since = dialog.getByRole('combobox', { name: 'Changes since' });
    await since.selectOption({ index: 1 });
    await containsText(dialog, 'Word tracked changes');
    expect(await dialog.getByRole('option', { name: 'Markdown (.md)' }).count()).toBe(0);
    await dialog.getByRole('combobox', { name: 'Format' }).selectOption('html');
    await screenshots('export-dialog');

    const htmlDownload = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    const html = join(folder, 'redline.html');
    await (await htmlDownload).saveAs(html);
    const text = readFileSync(html, 'utf8');
    expect(text).toMatch(/<ins[^>]*>[^<]*in August 2024/);

    const redline = await browser.newPage({ viewport: { width: 1100, height: 800 } });
    await redline.goto(`file://${html}`);
    await redline.getByText('in August 2024').first().scrollIntoViewIfNeeded();
    await screenshots('redline-export', redline);
    await redline.close();

    await page.getByRole('button', { name: 'Export…' }).click();
    await dialog.getByRole('combobox', { name: 'Changes since' }).selectOption({ index: 1 });
    await dialog.getByRole('combobox', { name: 'Format' }).selectOption('docx');
    await dialog.getByRole('textbox', { name: 'Changes by' }).fill('Coach Reader');
    const docxDownload = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    const docx = join(folder, 'redline.docx');
    await (await docxDownload).saveAs(docx);
    const xml = unzipText(docx, 'word/document.xml');
    expect(xml).toMatch(/<w:ins [^>]*w:author="Coach Reader"[^>]*>(?:(?!<\/w:ins>).)*in August 2024/s);
    // The name is kept for the next redline (and the next citation checked by hand).
    await page.getByRole('button', { name: 'Export…' }).click();
    await dialog.getByRole('combobox', { name: 'Changes since' }).selectOption({ index: 1 });
    expect(await dialog.getByRole('textbox', { name: 'Changes by' }).inputValue()).toBe('Coach Reader');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(await dialog.count()).toBe(0);
  });

  it('restores the version after asking, as one step that Undo takes back, and deletes a version', async () => {
    await page.getByRole('tab', { name: 'Versions' }).click();
    await panel()
      .getByRole('button', { name: `Restore “${VERSION}”…` })
      .click();
    const question = page.getByRole('alertdialog', { name: 'Confirm' });
    await containsText(question, 'Undo brings it back');
    await question.getByRole('button', { name: 'Cancel' }).click();
    expect(storedTitle()).toBe(`${EVIDENCE}${ADDED}`);

    await panel()
      .getByRole('button', { name: `Restore “${VERSION}”…` })
      .click();
    await question.getByRole('button', { name: 'Restore' }).click();
    await expect.poll(storedTitle, { timeout: 10_000 }).toBe(EVIDENCE);
    const before = `Before restoring “${VERSION}”`;
    await visible(panel().getByRole('listitem', { name: before }));
    expect(storedVersions()).toEqual([before, VERSION]);

    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(storedTitle, { timeout: 10_000 }).toBe(`${EVIDENCE}${ADDED}`);

    await panel()
      .getByRole('button', { name: `Delete version “${before}”…` })
      .click();
    await question.getByRole('button', { name: 'Delete version' }).click();
    await expect.poll(() => panel().getByRole('listitem', { name: before }).count(), { timeout: 10_000 }).toBe(0);
    expect(storedVersions()).toEqual([VERSION]);
    expect(storedTitle()).toBe(`${EVIDENCE}${ADDED}`);
    expect(pageErrors).toEqual([]);
  });
});
