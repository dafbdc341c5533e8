import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CaseInBrowser, openCaseInBrowser } from '../support/browser';
import { storedNode } from '../support/caseFileReader';

/** Where the screenshot of the editor goes, for a person to look at (test-results/ is not committed). */
const SHOTS = resolve(import.meta.dirname, '../../test-results/editor-fields');
let opened: CaseInBrowser | undefined;
let page: Page;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  opened = await openCaseInBrowser(
    'editor-fields',
    ['--template', 'unsc-sanctions-breach', '--applicant', 'Testland', '--respondent', 'Otherland'],
    { width: 1440, height: 1000 },
  );
  page = opened.page;
});
afterAll(async () => {
  await opened?.close();
});

const editor = () => page.getByRole('region', { name: 'Editor' });
const fieldLabels = () => editor().locator('.fields .field-label, .fields .check-field').allTextContents();
const issue = () =>
  storedNode(opened!.folder, opened!.file, 'Whether Otherland') as { speaker?: string; difficulty?: string };

describe('the editor’s fields follow the declaration of a node’s fields', () => {
  it('shows the fields of the node’s kind (a speaker only once the case has speakers)', async () => {
    await page
      .getByRole('treeitem', { name: /Whether Otherland/ })
      .first()
      .click();
    await editor().getByRole('combobox', { name: 'Proof standard' }).waitFor();
    expect(await fieldLabels()).toEqual(['Kind', 'Side', 'Support needed', 'Proof standard', 'Tags']);
    await page.screenshot({ path: `${SHOTS}/issue.png` });
  });

  it('shows a question’s difficulty, and no speaker, once the kind is Question', async () => {
    await editor().getByRole('combobox', { name: 'Kind' }).selectOption('question');
    await editor().getByRole('combobox', { name: 'Difficulty' }).waitFor();
    expect(await fieldLabels()).toEqual(['Kind', 'Side', 'Tags', 'Difficulty']);
    await editor().getByRole('combobox', { name: 'Difficulty' }).selectOption('hard');
    await expect.poll(() => issue().difficulty, { timeout: 10_000 }).toBe('hard');
    expect(issue().speaker).toBeUndefined();
    expect(opened!.pageErrors).toEqual([]);
  });
});
