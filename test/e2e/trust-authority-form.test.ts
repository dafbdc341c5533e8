import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CaseInBrowser, openCaseInBrowser } from '../support/browser';
import { runCli } from '../support/caseFileReader';
import { containsText, visible } from '../support/pageExpect';

/** Where the screenshots of the form go, for a person to look at (test-results/ is not committed). */
const SHOTS = resolve(import.meta.dirname, '../../test-results/authority-form');
let folder: string;
let file: string;
let page: Page;
let pageErrors: string[] = [];
let opened: CaseInBrowser | undefined;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  opened = await openCaseInBrowser(
    'authority-form',
    ['--template', 'unsc-sanctions-breach', '--applicant', 'Testland', '--respondent', 'Otherland'],
    { width: 1440, height: 1000 },
  );
  ({ folder, file, page, pageErrors } = opened);
  await page.getByRole('tab', { name: 'Authorities' }).click();
});

afterAll(async () => {
  await opened?.close();
});

const form = () => page.getByRole('form', { name: 'Add authority' });
const field = (name: string | RegExp) => form().getByRole('textbox', { name, exact: typeof name === 'string' });
const labels = (scope: Locator) => scope.locator('.field-label').allTextContents();
const authorities = (): Array<{ key: string; type: string; short?: string; csl?: Record<string, unknown> }> => {
  const out = join(folder, 'case.json');
  runCli(folder, 'export', file, '--format', 'json', '--out', out);
  return JSON.parse(readFileSync(out, 'utf8')).authorities;
};

async function openForm(): Promise<void> {
  await page.getByRole('button', { name: 'Add authority', exact: true }).click();
  await visible(form());
}

describe('the authority form follows the type', () => {
  it('asks a case for its parties, court, reporter, volume, first page and date, with examples of a case', async () => {
    await openForm();
    await form().getByRole('combobox', { name: 'Type' }).selectOption({ label: 'Judicial decision' });
    expect(await labels(form())).toEqual(
      expect.arrayContaining([
        'Case name and parties',
        'Court',
        'Reporter',
        'Volume (reports numbered by volume only)',
        'First page',
        'Date of the decision (or its year)',
      ]),
    );
    expect(await field('Case name and parties').getAttribute('placeholder')).toContain('(Argentina v Uruguay)');
    expect(await field('Reporter').getAttribute('placeholder')).toBe('ICJ Rep');
    expect(await labels(form())).not.toContain('Treaty series');
    await form().screenshot({ path: join(SHOTS, 'case.png') });
  });

  it('asks a treaty for its dates of adoption and entry into force, series, volume and page', async () => {
    await form().getByRole('combobox', { name: 'Type' }).selectOption({ label: 'Treaty' });
    expect(await labels(form())).toEqual(
      expect.arrayContaining([
        'Date of adoption or signature',
        'Date of entry into force',
        'Treaty series',
        'Volume',
        'First page',
      ]),
    );
    expect(await labels(form())).not.toContain('Court');
    expect(await field('Treaty series').getAttribute('placeholder')).toBe('UNTS');
    await form().screenshot({ path: join(SHOTS, 'treaty.png') });
    await form().getByRole('combobox', { name: 'Type' }).selectOption({ label: 'UN document' });
    expect(await labels(form())).toEqual(expect.arrayContaining(['Organ', 'Document symbol', 'Date']));
  });
});

describe('the key', () => {
  it('is proposed from the title as it is typed, and the form says how', async () => {
    await form().getByRole('combobox', { name: 'Type' }).selectOption({ label: 'Treaty' });
    await field('Title').fill('International Covenant on Civil and Political Rights');
    await field('Date of adoption or signature').fill('1966-12-16');
    expect(await field('Key').inputValue()).toBe('iccpr1966');
    await containsText(
      form(),
      'Made from the initials of the title and its year. You cite it as [@iccpr1966, pinpoint]',
    );
  });

  it('is checked in the browser: a valid pattern, a clear message, and nothing sent when it is wrong', async () => {
    const pattern = (await field('Key').getAttribute('pattern'))!;
    expect(() => new RegExp(`^(?:${pattern})$`, 'v')).not.toThrow();
    expect(await page.evaluate((source) => new RegExp(`^(?:${source})$`, 'v').test('icj-statute/38'), pattern)).toBe(
      true,
    );
    const before = authorities().length;
    await field('Key').fill('my key');
    await containsText(form(), 'A key has no spaces');
    expect(
      await field('Key').evaluate((input) => (input as unknown as { validity: { valid: boolean } }).validity.valid),
    ).toBe(false);
    await form().getByRole('button', { name: 'Add authority' }).click();
    await field('Key').fill('corfu');
    await containsText(form(), 'Another authority has the key “corfu”');
    await form().getByRole('button', { name: 'Add authority' }).click();
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(authorities().length).toBe(before);
    await form().getByRole('button', { name: 'Cancel' }).click();
  });
});

describe('pasting a full citation', () => {
  it('fills what can be read from it, and the authority saved holds those fields', async () => {
    await openForm();
    const citation =
      'Vienna Convention on the Law of Treaties (adopted 23 May 1969, entered into force 27 January 1980) 1155 UNTS 331, art 31';
    await page.evaluate(`navigator.clipboard.writeText(${JSON.stringify(citation)})`);
    await form().getByRole('textbox', { name: 'Paste a full citation' }).focus();
    await page.keyboard.press('Control+v');
    await containsText(form(), 'Read as treaty');
    await containsText(form(), 'The pinpoint “art 31” belongs in each citation');
    expect(await form().getByRole('combobox', { name: 'Type' }).inputValue()).toBe('treaty');
    expect(await field('Title').inputValue()).toBe('Vienna Convention on the Law of Treaties');
    expect(await field('Date of entry into force').inputValue()).toBe('1980-01-27');
    expect(await field('Treaty series').inputValue()).toBe('UNTS');
    expect(await field('Key').inputValue()).toBe('vclt1969');
    await field('Short title').fill('VCLT');
    await form().getByRole('button', { name: 'Add authority' }).click();
    await form().waitFor({ state: 'detached' });
    expect(authorities().find((authority) => authority.key === 'vclt1969')).toEqual({
      key: 'vclt1969',
      type: 'treaty',
      short: 'VCLT',
      csl: {
        title: 'Vienna Convention on the Law of Treaties',
        issued: { 'date-parts': [[1969, 5, 23]] },
        'event-date': { 'date-parts': [[1980, 1, 27]] },
        'container-title': 'UNTS',
        volume: '1155',
        page: '331',
      },
    });
  });

  it('says so when nothing could be read, and fills nothing', async () => {
    await openForm();
    await form().getByRole('textbox', { name: 'Paste a full citation' }).fill('the respondent failed to act');
    await page.keyboard.press('Enter');
    await containsText(form(), 'Nothing could be read from that as a citation');
    expect(await field('Case name and parties').inputValue()).toBe('');
    await form().getByRole('button', { name: 'Cancel' }).click();
  });
});

describe('editing an authority', () => {
  it('shows its fields, and warns that a new key is written into every citation of it', async () => {
    await page.getByRole('button', { name: 'Edit Corfu Channel' }).click();
    const edit = page.getByRole('form', { name: 'Edit authority' });
    await visible(edit);
    expect(await edit.getByRole('textbox', { name: 'Case name and parties' }).inputValue()).toContain('Corfu Channel');
    await edit.getByRole('textbox', { name: 'Key' }).fill('corfu1949');
    await containsText(edit, 'Changing the key rewrites every citation of this authority.');
    await edit.getByRole('button', { name: 'Cancel' }).click();
    expect(pageErrors).toEqual([]);
  });
});
