import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CaseInBrowser, openCaseInBrowser } from '../support/browser';
import { runCli, storedNode } from '../support/caseFileReader';
import { containsText, focused, visible } from '../support/pageExpect';

const EVIDENCE = '[Satellite imagery and ship-tracking records';
/** Where the screenshots go, for a person to look at (test-results/ is not committed). */
const SHOTS = resolve(import.meta.dirname, '../../test-results/citation-syntax');
let folder: string;
let file: string;
let page: Page;
let pageErrors: string[] = [];
let opened: CaseInBrowser | undefined;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  opened = await openCaseInBrowser(
    'citation-syntax',
    ['--template', 'unsc-sanctions-breach', '--applicant', 'Testland', '--respondent', 'Otherland'],
    { width: 1440, height: 900 },
  );
  ({ folder, file, page, pageErrors } = opened);
  await page.getByRole('treeitem', { name: EVIDENCE }).click();
});

afterAll(async () => {
  await opened?.close();
});

const body = () => page.getByRole('textbox', { name: 'Body' });
const storedText = () => storedNode(folder, file, EVIDENCE).text ?? '';
const chip = (text: string) => page.locator('.citation-chip', { hasText: text });
const missingFindings = (): Array<{ nodeId: number; message: string }> =>
  JSON.parse(runCli(folder, 'check', file, '--json')).findings.filter(
    (finding: { rule: string }) => finding.rule === 'citation-missing-authority',
  );
const authorities = (): Array<{ key: string; type: string; short?: string; csl?: Record<string, unknown> }> => {
  const out = join(folder, 'case.json');
  runCli(folder, 'export', file, '--format', 'json', '--out', out);
  return JSON.parse(readFileSync(out, 'utf8')).authorities;
};

/** Puts the cursor at the end of the body (focusing it, since a click could land on a chip and open its pinpoint). */
async function typeAtEnd(text: string): Promise<void> {
  await body().focus();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(text);
}

async function paste(text: string): Promise<void> {
  await page.evaluate(`navigator.clipboard.writeText(${JSON.stringify(text)})`);
  await body().focus();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Control+v');
}

describe('citation syntax typed in a body', () => {
  it('becomes a citation with its pinpoint as the closing bracket is typed, and prints as one', async () => {
    await typeAtEnd(' As the Court held in [@corfu, p 22]');
    await visible(chip('Corfu Channel, p 22'));
    expect(await body().textContent()).not.toContain('[@corfu');
    await page.keyboard.type(', the duty is owed.');
    await expect
      .poll(storedText, { timeout: 10_000 })
      .toContain('As the Court held in [@corfu, p 22], the duty is owed.');

    const out = join(folder, 'memorial.html');
    runCli(folder, 'export', file, '--format', 'html', '--layout', 'memorial', '--out', out);
    const html = readFileSync(out, 'utf8');
    expect(html).not.toContain('[@corfu');
    expect(html).toMatch(/Corfu Channel[^<]*\(United Kingdom v Albania\)|Corfu Channel/);
  });

  it('gives the text back when Backspace follows the conversion at once, for a user who meant the brackets', async () => {
    const chips = () => page.locator('.citation-chip').count();
    const before = await chips();
    await typeAtEnd(' Literally [@corfu]');
    await expect.poll(chips, { timeout: 10_000 }).toBe(before + 1);
    await page.keyboard.press('Backspace');
    await expect.poll(chips, { timeout: 10_000 }).toBe(before);
    await containsText(body(), 'Literally [@corfu]');
    await expect.poll(storedText, { timeout: 10_000 }).toContain('Literally \\[\\@corfu\\]');
    await page.keyboard.press('Backspace');
    for (let count = 0; count < ' Literally [@corfu'.length; count++) await page.keyboard.press('Backspace');
    await expect.poll(storedText, { timeout: 10_000 }).not.toContain('Literally');
  });

  it('reads a group of several citations in one bracket', async () => {
    await typeAtEnd(' See also [@res1718, para 8(a); @namibia, para 118]');
    await visible(chip('UNSC Res 1718, para 8(a)'));
    await visible(chip('Namibia, para 118'));
    await expect.poll(storedText, { timeout: 10_000 }).toMatch(/\[@res1718, para 8\(a\)[\];].*@namibia, para 118\]/);
  });

  it('turns an unknown key into a citation marked missing, with the finding and an “Add authority…” action', async () => {
    await typeAtEnd(' and [@nonexistent, para 3]');
    const missing = page.locator('.citation-chip.missing', { hasText: 'nonexistent, para 3' });
    await visible(missing);
    await visible(missing.getByRole('button', { name: 'Add authority “nonexistent”…' }));
    await page.locator('.body-field').screenshot({ path: join(SHOTS, 'missing-citation.png') });
    await expect.poll(storedText, { timeout: 10_000 }).toContain('[@nonexistent, para 3]');
    const nodeId = storedNode(folder, file, EVIDENCE).id;
    expect(missingFindings()).toEqual([
      expect.objectContaining({ nodeId, message: expect.stringContaining('cites “nonexistent”') }),
    ]);
    await page.getByRole('tab', { name: /^Gaps/ }).click();
    await visible(page.getByRole('button', { name: 'Add authority “nonexistent”…' }).last());
  });

  it('adds the missing authority from the chip, and the citation and the finding resolve', async () => {
    await page
      .locator('.citation-chip.missing')
      .getByRole('button', { name: /^Add authority/ })
      .click();
    const dialog = page.getByRole('dialog', { name: 'Add authority' });
    await visible(dialog);
    expect(await dialog.getByRole('textbox', { name: 'Key' }).inputValue()).toBe('nonexistent');
    await containsText(dialog, 'The key your citation uses');
    await dialog.screenshot({ path: join(SHOTS, 'add-missing-authority.png') });
    await dialog
      .getByRole('textbox', { name: 'Case name and parties' })
      .fill('Nonexistent Case (Testland v Otherland)');
    await dialog.getByRole('textbox', { name: 'Short title' }).fill('Nonexistent Case');
    await dialog.getByRole('button', { name: 'Add authority' }).click();
    await dialog.waitFor({ state: 'detached' });
    await visible(chip('Nonexistent Case, para 3'));
    expect(await page.locator('.citation-chip.missing').count()).toBe(0);
    await expect.poll(missingFindings, { timeout: 10_000 }).toEqual([]);
    expect(authorities().find((authority) => authority.key === 'nonexistent')).toMatchObject({
      type: 'case',
      short: 'Nonexistent Case',
      csl: { title: 'Nonexistent Case (Testland v Otherland)' },
    });
  });
});

describe('citation syntax pasted into a body', () => {
  it('becomes citations: brackets always, a bare @key when an authority has it, never an e-mail address', async () => {
    await paste(' Compare [@lockerbie, para 42] with @namibia [para 117] (write to registry@icj-cij.org).');
    await visible(chip('Lockerbie, para 42'));
    await visible(chip('Namibia, para 117'));
    await expect
      .poll(storedText, { timeout: 10_000 })
      .toContain('Compare [@lockerbie, para 42] with [@namibia, para 117] (write to registry\\@icj-cij.org).');
  });
});

describe('the @ picker when no authority matches', () => {
  it('offers “Add authority…”, and cites the authority added in place of what was typed', async () => {
    await typeAtEnd(' Compare @Pulp Mills');
    const picker = page.getByRole('listbox', { name: 'Cite authority' });
    await visible(picker.getByRole('option', { name: 'Add authority…' }));
    await page.screenshot({ path: join(SHOTS, 'picker-add-authority.png') });
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Add authority' });
    await visible(dialog);
    expect(await dialog.getByRole('textbox', { name: 'Case name and parties' }).inputValue()).toBe('Pulp Mills');
    expect(await dialog.getByRole('textbox', { name: 'Key' }).inputValue()).toBe('pulpmills');
    await dialog.getByRole('textbox', { name: 'Reporter' }).fill('ICJ Rep');
    await dialog.getByRole('textbox', { name: 'First page' }).fill('14');
    await dialog.getByRole('textbox', { name: /^Date of the decision/ }).fill('2010-04-20');
    expect(await dialog.getByRole('textbox', { name: 'Key' }).inputValue()).toBe('pulpmills2010');
    await dialog.getByRole('button', { name: 'Add authority' }).click();
    await dialog.waitFor({ state: 'detached' });
    const pinpoint = page.getByRole('textbox', { name: 'Pinpoint in pulpmills2010' });
    await focused(pinpoint);
    await page.keyboard.type('para 101');
    await page.keyboard.press('Enter');
    await focused(body());
    await expect.poll(storedText, { timeout: 10_000 }).toContain('Compare [@pulpmills2010, para 101]');
    expect(storedText()).not.toContain('Pulp Mills');
  });

  it('leaves what was typed, and the cursor after it, when the form is cancelled', async () => {
    await typeAtEnd(' and @zzz');
    await visible(
      page.getByRole('listbox', { name: 'Cite authority' }).getByRole('option', { name: 'Add authority…' }),
    );
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Add authority' });
    await visible(dialog);
    expect(await dialog.getByRole('textbox', { name: 'Key' }).inputValue()).toBe('zzz');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await focused(body());
    await page.keyboard.type('.');
    await expect.poll(storedText, { timeout: 10_000 }).toContain('and \\@zzz.');
    expect(authorities().some((authority) => authority.key === 'zzz')).toBe(false);
  });

  it('threw no error in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
