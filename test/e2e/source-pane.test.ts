import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CaseInBrowser, openCaseInBrowser } from '../support/browser';
import { runCli, storedNode } from '../support/caseFileReader';
import { containsText, focused, selectWords, visible } from '../support/pageExpect';

const RULE = 'The conduct of private persons is attributable to a State only if';
const FILLER =
  'This line stands for the commentary that a real instrument carries between its articles, long enough to fill the pane.';

/** A treaty in the shape the source pane reads: headed articles, each long enough that article 8 is far down. */
const ARTICLES = Array.from({ length: 12 }, (_, index) => {
  const number = index + 1;
  const words: Record<number, string> = {
    4: 'The conduct of any State organ shall be considered an act of that State under international law, whatever position it holds in the organisation of the State.',
    8: 'The conduct of a person or group of persons shall be considered an act of a State under international law if the person or group of persons is in fact acting on the instructions of, or under the direction or control of, that State in carrying out the conduct.',
  };
  return [`Article ${number}`, words[number] ?? `Article ${number} lays down rule number ${number}.`, FILLER, FILLER];
}).flat();
const SOURCE = `RESPONSIBILITY OF STATES FOR INTERNATIONALLY WRONGFUL ACTS\n${ARTICLES.join('\n')}\n`;

let opened: CaseInBrowser;
let folder: string;
let file: string;
let page: Page;
let pageErrors: string[];

beforeAll(async () => {
  opened = await openCaseInBrowser(
    'source',
    ['--template', 'unsc-sanctions-breach', '--applicant', 'Testland', '--respondent', 'Otherland'],
    { width: 1600, height: 900 },
  );
  ({ folder, file, page, pageErrors } = opened);
  await visible(page.getByRole('tree', { name: 'Outline' }));
});

afterAll(async () => {
  await opened?.close();
});

const pane = () => page.getByRole('region', { name: 'Source' });
const body = () => page.getByRole('textbox', { name: 'Body' });
const sourceText = () => pane().getByRole('document', { name: 'Text of arsiwa.txt' });
const citations = () =>
  JSON.parse(runCli(folder, 'citecheck', file, '--json')).citations as {
    nodeId: number;
    key: string;
    pinpoint: string;
    state: string;
    quote: string;
    checkedBy: string | null;
  }[];

/** Shows the rule in the editor, found through the Search panel (the outline shows only the rows in view). */
async function openRule(): Promise<void> {
  await page.getByRole('tab', { name: 'Search' }).click();
  await page.getByRole('searchbox', { name: 'Search the case' }).fill('attributable to a State only if');
  await page.getByRole('button', { name: new RegExp(`^${RULE}`) }).click();
  await expect
    .poll(() => page.getByRole('textbox', { name: 'Title' }).inputValue(), { timeout: 10_000 })
    .toContain('attributable');
}

/** Selects words of the source's text, as a reader dragging over them would. */
async function selectInSource(words: string): Promise<void> {
  await selectWords(sourceText(), words);
}

describe('the source pane beside the editor', () => {
  it('opens a citation’s source from its chip; a source attached there opens at the pinpoint, marked and in view', async () => {
    await openRule();
    await page.getByRole('button', { name: /^Open the source of .+ at art 8$/ }).click();
    await visible(pane());
    await containsText(pane().getByRole('group', { name: 'Check of the citation' }), 'No source.');
    await pane()
      .getByLabel('Source file of arsiwa')
      .setInputFiles({ name: 'arsiwa.txt', mimeType: 'text/plain', buffer: Buffer.from(SOURCE) });
    await containsText(page.getByRole('status'), 'Attached arsiwa.txt to “arsiwa”: 0 paragraphs, 12 articles');
    await containsText(pane().getByRole('group', { name: 'Check of the citation' }), 'Verified.');
    const mark = sourceText().locator('mark');
    await containsText(mark.first(), 'Article 8');
    await containsText(mark.nth(1), 'in fact acting on the instructions of');
    const shown = await sourceText().boundingBox();
    const marked = await mark.first().boundingBox();
    expect(marked!.y).toBeGreaterThanOrEqual(shown!.y);
    expect(marked!.y).toBeLessThan(shown!.y + shown!.height);
    expect(await sourceText().evaluate((element) => element.scrollTop)).toBeGreaterThan(200);
    expect(await pane().getByRole('combobox', { name: 'Go to' }).inputValue()).toBe('7');
  });

  it('quotes words selected in the pinpointed article as the words of that citation, which then verifies them', async () => {
    await selectInSource('in fact acting on the instructions of');
    await pane().getByRole('button', { name: 'Quote' }).click();
    await containsText(body(), 'See “in fact acting on the instructions of”');
    await expect
      .poll(() => storedNode(folder, file, RULE).text, { timeout: 10_000 })
      .toBe('See “in fact acting on the instructions of” [@arsiwa, art 8].');
    const [check] = citations().filter((citation) => citation.key === 'arsiwa' && citation.pinpoint === 'art 8');
    expect(check).toMatchObject({ state: 'verified', quote: 'in fact acting on the instructions of' });
    await containsText(pane().getByText('Quoted:'), 'in fact acting on the instructions of');
  });

  it('moves through the source by its articles, and quotes words of another article with a citation of it', async () => {
    const goTo = pane().getByRole('combobox', { name: 'Go to' });
    await goTo.selectOption({ label: 'art 4' });
    await containsText(sourceText().locator('mark').first(), 'Article 4');
    await pane().getByRole('button', { name: 'Next' }).click();
    await containsText(sourceText().locator('mark').first(), 'Article 5');
    await pane().getByRole('button', { name: 'Previous' }).click();
    expect(await goTo.inputValue()).toBe('3');
    await body().click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Compare');
    await selectInSource('shall be considered an act of that State');
    await pane().getByRole('button', { name: 'Quote' }).click();
    await expect
      .poll(() => storedNode(folder, file, RULE).text?.trimEnd(), { timeout: 10_000 })
      .toBe(
        'See “in fact acting on the instructions of” [@arsiwa, art 8]. Compare “shall be considered an act of that State” [@arsiwa, art 4]',
      );
    const checks = citations().filter((citation) => citation.key === 'arsiwa' && citation.pinpoint === 'art 4');
    expect(checks.map((citation) => citation.state)).toContain('verified');
  });

  it('shows and sets the check by hand, by name, through the pane', async () => {
    await pane().getByRole('combobox', { name: 'Citation' }).focus();
    await page.keyboard.press('ArrowDown');
    await containsText(pane().getByRole('group', { name: 'Check of the citation' }), 'at art 4');
    await focused(pane().getByRole('combobox', { name: 'Citation' }));
    await pane().getByRole('combobox', { name: 'Citation' }).selectOption({ index: 0 });
    const group = pane().getByRole('group', { name: 'Check of the citation' });
    await group.getByRole('checkbox', { name: 'Checked by hand' }).click();
    await containsText(page.getByRole('alert'), 'Give your name');
    expect(await group.getByRole('checkbox', { name: 'Checked by hand' }).isChecked()).toBe(false);
    expect(citations().find((citation) => citation.pinpoint === 'art 8')?.checkedBy).toBeNull();
    await group.getByRole('textbox', { name: 'Checked by' }).fill('A. Partner');
    await group.getByRole('checkbox', { name: 'Checked by hand' }).click();
    await containsText(group, 'by A. Partner on');
    expect(await group.getByRole('checkbox', { name: 'Checked by hand' }).isChecked()).toBe(true);
    expect(citations().find((citation) => citation.pinpoint === 'art 8')?.checkedBy).toBe('A. Partner');
  });

  it('saves the Cite Check Report from the palette: the quoted citation, its words and who checked it', async () => {
    const download = page.waitForEvent('download');
    await page.keyboard.press('Control+K');
    const palette = page.getByRole('dialog', { name: 'Command palette' });
    await palette.getByRole('textbox', { name: 'Command' }).fill('Cite Check Report (DOCX)');
    await page.keyboard.press('Enter');
    const saved = join(folder, 'report.docx');
    expect((await download).suggestedFilename()).toMatch(/ - Cite Check Report\.docx$/);
    await (await download).saveAs(saved);
    const text = execFileSync('pandoc', [saved, '-t', 'plain', '--wrap=none'], { encoding: 'utf8' });
    expect(text).toContain('[@arsiwa, art 8]');
    expect(text).toContain('in fact acting on the instructions of');
    expect(text).toContain('A. Partner');
  });

  it('is reached by the keyboard, closes with Escape and keeps the width it was given', async () => {
    const splitter = page.getByRole('separator', { name: 'Width of the source' });
    const before = Number(await splitter.getAttribute('aria-valuenow'));
    await splitter.focus();
    await page.keyboard.press('ArrowLeft');
    expect(Number(await splitter.getAttribute('aria-valuenow'))).toBe(before + 16);
    await pane().getByRole('combobox', { name: 'Citation' }).focus();
    await page.keyboard.press('Escape');
    await pane().waitFor({ state: 'detached' });
    await focused(body());
    await page.reload();
    await openRule();
    await page.keyboard.press('Control+Shift+O');
    await visible(pane());
    await focused(pane());
    expect(
      Number(await page.getByRole('separator', { name: 'Width of the source' }).getAttribute('aria-valuenow')),
    ).toBe(before + 16);
    expect(pageErrors).toEqual([]);
  });
});
