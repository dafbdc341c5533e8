import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CaseInBrowser, openCaseInBrowser } from '../support/browser';
import { storedNodes } from '../support/caseFileReader';
import { attribute, containsText, focused, visible } from '../support/pageExpect';

let opened: CaseInBrowser;
let folder: string;
let file: string;
let page: Page;

const readCase = () => storedNodes(folder, file);

beforeAll(async () => {
  opened = await openCaseInBrowser(
    'editor',
    ['--applicant', 'Republic of Korea', '--respondent', 'Russian Federation'],
    { width: 1440, height: 900 },
  );
  ({ folder, file, page } = opened);
});

afterAll(async () => {
  await opened?.close();
});

const selectedTitle = () => page.getByRole('textbox', { name: 'Title' }).inputValue();
const settle = () => page.waitForTimeout(500);

describe('the editor in the browser mode', () => {
  it('creates the case from a template offered by the empty state', async () => {
    await page.getByRole('button', { name: /Breach of the Security Council’s DPRK sanctions/ }).click();
    await expect.poll(() => page.getByRole('treeitem').count()).toBeGreaterThan(20);
    expect(readCase().length).toBeGreaterThan(20);
    const first = page.getByRole('treeitem').first();
    expect(await first.getAttribute('aria-level')).toBe('1');
  });

  it('adds, renames and indents a node from the keyboard', async () => {
    const tree = page.getByRole('tree', { name: 'Outline' });
    await tree.focus();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await focused(page.getByRole('textbox', { name: 'Title' }));
    await page.keyboard.type('The transfers were attributable to the Respondent');
    await page.keyboard.press('Enter');
    await focused(tree);
    const added = page.getByRole('treeitem', { name: /The transfers were attributable to the Respondent/ });
    await attribute(added, 'aria-selected', 'true');
    const levelBefore = Number(await added.getAttribute('aria-level'));
    await page.keyboard.press('Tab');
    await expect.poll(async () => Number(await added.getAttribute('aria-level'))).toBe(levelBefore + 1);
    await settle();
    const saved = readCase().find((node) => node.title === 'The transfers were attributable to the Respondent');
    expect(saved).toBeDefined();
  });

  it('inserts a citation with @ and edits its pinpoint in place', async () => {
    const body = page.getByRole('textbox', { name: 'Body' });
    await body.click();
    await page.keyboard.type('Members must carry out the decisions ');
    await page.keyboard.type('@charter');
    const picker = page.getByRole('listbox', { name: 'Cite authority' });
    await visible(picker.getByRole('option', { name: 'UN Charter' }));
    await page.keyboard.press('Enter');
    await focused(page.getByRole('textbox', { name: 'Pinpoint' }));
    await page.keyboard.type('art 25');
    await page.keyboard.press('Enter');
    await containsText(body, 'UN Charter, art 25');
    await page.waitForTimeout(800);
    const saved = readCase().find((node) => node.title === 'The transfers were attributable to the Respondent')!;
    expect(JSON.stringify(saved.body)).toContain('"key":"uncharter","pinpoint":"art 25"');
  });

  it('switches to the map and back', async () => {
    await page.getByRole('button', { name: 'Map', exact: true }).click();
    await visible(page.getByRole('tree', { name: 'Argument map' }));
    await page.getByRole('button', { name: 'Outline', exact: true }).click();
    await visible(page.getByRole('textbox', { name: 'Body' }));
  });

  it('goes from a finding of the gap panel to its node', async () => {
    const gaps = page.getByRole('region', { name: 'Gaps' });
    const finding = gaps
      .getByRole('button')
      .filter({ hasText: /^[A-Z][a-z]+ “/ })
      .last();
    const text = (await finding.textContent()) ?? '';
    const quoted = /“([^”…]+)/.exec(text)![1]!.trim();
    await finding.click();
    await expect.poll(selectedTitle).toContain(quoted);
    // Template slot titles repeat ("[Fact: …"), so look at the row the outline marks as selected, not the first match.
    const selectedRow = page.locator('[role="treeitem"][aria-selected="true"]');
    await expect.poll(() => selectedRow.getAttribute('aria-label'), { timeout: 10_000 }).toContain(quoted);
  });

  it('undoes and redoes, and finds the edits after a reload', async () => {
    await page.getByRole('tree', { name: 'Outline' }).focus();
    const before = readCase().length;
    await page.keyboard.press('Enter');
    await focused(page.getByRole('textbox', { name: 'Title' }));
    await page.keyboard.type('A node to undo');
    await page.keyboard.press('Enter');
    await visible(page.getByRole('treeitem', { name: /A node to undo/ }));
    await settle();
    expect(readCase().length).toBe(before + 1);
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.poll(() => readCase().length, { timeout: 10_000 }).toBe(before);
    await page.getByRole('tree', { name: 'Outline' }).focus();
    await page.keyboard.press('Control+Shift+Z');
    await expect.poll(() => readCase().length, { timeout: 10_000 }).toBe(before + 1);
    await page.reload();
    await visible(page.getByRole('tree', { name: 'Outline' }));
    await page.keyboard.press('Control+f');
    const search = page.getByRole('region', { name: 'Search' });
    await focused(search.getByRole('searchbox'));
    await page.keyboard.type('attributable respondent');
    await search.getByRole('button', { name: /The transfers were attributable to the Respondent/ }).click();
    await expect.poll(selectedTitle).toBe('The transfers were attributable to the Respondent');
    await containsText(page.getByRole('textbox', { name: 'Body' }), 'UN Charter, art 25');
  });

  it('exports with a CSL style file chosen in the Export dialog, refusing one it cannot use', async () => {
    await page.getByRole('button', { name: 'Export…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await dialog.getByRole('combobox', { name: 'Format' }).selectOption('md');
    await containsText(dialog, "OSCOLA (the case's style)");
    const broken = join(folder, 'broken.csl');
    writeFileSync(broken, '<style xmlns="http://purl.org/net/xbiblio/csl"><citation/></style>');
    await dialog.getByLabel('CSL style file', { exact: true }).setInputFiles(broken);
    await containsText(dialog.getByRole('alert'), 'broken.csl: The CSL style does not say which CSL version');
    await containsText(dialog, "OSCOLA (the case's style)");
    await dialog
      .getByLabel('CSL style file', { exact: true })
      .setInputFiles(resolve(import.meta.dirname, '../fixtures/styles/plain-notes.csl'));
    await containsText(dialog, 'Plain Notes (Casewright test style)');
    expect(await dialog.getByRole('alert').count()).toBe(0);
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    const saved = join(folder, 'export.md');
    await (await download).saveAs(saved);
    expect(readFileSync(saved, 'utf8')).toMatch(/\[\^\d+\]: Ibid\./);
  });

  it('shows the progress the engine pushes while it prints a PDF, then saves it', async () => {
    await page.getByRole('button', { name: 'Export…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await dialog.getByRole('combobox', { name: 'Format' }).selectOption('pdf');
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    await containsText(dialog, 'Paginating and printing with Chromium');
    expect(Number(await dialog.getByRole('progressbar', { name: 'Export progress' }).getAttribute('value'))).toBe(0.5);
    const saved = join(folder, 'export.pdf');
    await (await download).saveAs(saved);
    expect(readFileSync(saved).subarray(0, 5).toString()).toBe('%PDF-');
  });
});
