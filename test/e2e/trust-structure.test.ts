import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CaseInBrowser, openCaseInBrowser } from '../support/browser';
import { runCli, type StoredNode } from '../support/caseFileReader';
import { focused, visible } from '../support/pageExpect';

const LONG =
  'The Respondent breached its obligation under Article 7 of the Statute to inform the Commission before authorising the construction of the pulp mills, because it granted the initial environmental authorisation without notifying the Commission and before the Commission could assess the project';
const FIRST_ISSUE = 'Whether the Respondent breached its procedural obligations';
const SECOND_ISSUE = 'Whether the mills caused significant transboundary harm';

let opened: CaseInBrowser;
let folder: string;
let file: string;
let page: Page;
let pageErrors: string[];

beforeAll(async () => {
  const document = {
    format: 'casewright',
    version: 1,
    nodes: [
      {
        kind: 'issue',
        title: FIRST_ISSUE,
        children: [
          { kind: 'claim', title: LONG },
          { kind: 'claim', title: 'The duty to notify arose' },
        ],
      },
      { kind: 'issue', title: SECOND_ISSUE },
    ],
  };
  opened = await openCaseInBrowser('structure', [], { width: 1440, height: 900 }, (file, folder) => {
    writeFileSync(join(folder, 'case.json'), JSON.stringify(document));
    runCli(folder, 'import', file, '--format', 'json', join(folder, 'case.json'));
  });
  ({ folder, file, page, pageErrors } = opened);
});

afterAll(async () => {
  await opened?.close();
});

const line = (depth: number, kind: string, title: string) => `${'  '.repeat(depth)}${kind}: ${title.slice(0, 40)}`;

/** The stored tree as `kind: title` lines indented by depth. */
function storedTree(): string[] {
  const lines: string[] = [];
  const walk = (nodes: StoredNode[] = [], depth = 0) => {
    for (const node of nodes) {
      lines.push(line(depth, node.kind, node.title));
      walk(node.children, depth + 1);
    }
  };
  walk(JSON.parse(runCli(folder, 'show', file, '--json')).nodes);
  return lines;
}

const tree = () => page.getByRole('tree', { name: 'Outline' });
const row = (start: string) => page.getByRole('treeitem', { name: new RegExp(`^\\w+: ${start}`) });
const titleField = () => page.getByRole('textbox', { name: 'Title' });
const message = () => page.getByRole('status');

describe('full propositions', () => {
  it('shows a long title on two lines in its row, whole on hover, and whole while the row has the focus', async () => {
    const title = row('The Respondent breached').locator('.row-title');
    expect(await title.getAttribute('title')).toBe(LONG);
    const lines = await title.evaluate((element) => Math.round(element.clientHeight / 18));
    expect(lines).toBe(2);

    await row('The Respondent breached').click();
    await tree().focus();
    const tip = page.locator('#outline-full-title');
    await visible(tip);
    expect(await tip.textContent()).toBe(LONG);
    expect(await tree().getAttribute('aria-describedby')).toBe('outline-full-title');
    await row('The duty to notify').click();
    await tip.waitFor({ state: 'detached' });
  });

  it('grows the title field to show the whole proposition', async () => {
    await row('The Respondent breached').click();
    await expect.poll(() => titleField().inputValue(), { timeout: 10_000 }).toBe(LONG);
    const size = await titleField().evaluate((element) => ({
      client: element.clientHeight,
      scroll: element.scrollHeight,
    }));
    expect(size.client).toBeGreaterThan(60);
    expect(size.scroll).toBeLessThanOrEqual(size.client);
  });

  it('lets the panes be resized, from the keyboard or by dragging, and remembers their widths', async () => {
    const outlinePane = page.getByRole('navigation', { name: 'Outline pane' });
    const width = () => outlinePane.evaluate((element) => Math.round(element.getBoundingClientRect().width));
    const before = await width();
    const splitter = page.getByRole('separator', { name: 'Width of the outline' });
    await splitter.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(width).toBe(before + 32);

    const panels = page.getByRole('complementary', { name: 'Panels' });
    const panelsWidth = () => panels.evaluate((element) => Math.round(element.getBoundingClientRect().width));
    const panelsBefore = await panelsWidth();
    const handle = await page.getByRole('separator', { name: 'Width of the panels' }).boundingBox();
    await page.mouse.move(handle!.x + handle!.width / 2, handle!.y + 200);
    await page.mouse.down();
    await page.mouse.move(handle!.x + handle!.width / 2 - 60, handle!.y + 200, { steps: 5 });
    await page.mouse.up();
    await expect.poll(panelsWidth).toBe(panelsBefore + 60);

    await page.reload();
    await visible(tree());
    await expect.poll(width).toBe(before + 32);
    await expect.poll(panelsWidth).toBe(panelsBefore + 60);
  });
});

describe('structure-aware keys', () => {
  it('makes an issue indented under an issue a claim, says so, and stores it there', async () => {
    await row(SECOND_ISSUE).click();
    await tree().focus();
    await page.keyboard.press('Tab');
    await expect
      .poll(storedTree, { timeout: 10_000 })
      .toEqual([
        line(0, 'issue', FIRST_ISSUE),
        line(1, 'claim', LONG),
        '  claim: The duty to notify arose',
        line(1, 'claim', SECOND_ISSUE),
      ]);
    await expect.poll(() => message().textContent()).toContain('It is now a claim');
    await focused(tree());
  });

  it('indents with Tab in the title field, and outdents with Shift+Tab, keeping the cursor there', async () => {
    await row('The duty to notify').click();
    await titleField().click();
    await page.keyboard.press('End');
    await page.keyboard.press('Tab');
    await expect
      .poll(storedTree, { timeout: 10_000 })
      .toEqual([
        line(0, 'issue', FIRST_ISSUE),
        line(1, 'claim', LONG),
        '    claim: The duty to notify arose',
        line(1, 'claim', SECOND_ISSUE),
      ]);
    await focused(titleField());
    const caret = () => titleField().evaluate((element) => Number(Reflect.get(element, 'selectionStart')));
    expect(await caret()).toBe('The duty to notify arose'.length);
    await page.keyboard.type(' on 2 May 2005');
    await page.keyboard.press('Shift+Tab');
    await expect
      .poll(storedTree, { timeout: 10_000 })
      .toEqual([
        line(0, 'issue', FIRST_ISSUE),
        line(1, 'claim', LONG),
        '  claim: The duty to notify arose on 2 May 2005',
        line(1, 'claim', SECOND_ISSUE),
      ]);
    await focused(titleField());
  });

  it('renames in the row with F2: Enter keeps the new title, Escape gives it up', async () => {
    await row('The duty to notify').click();
    await tree().focus();
    await page.keyboard.press('F2');
    const rename = row('The duty to notify').getByRole('textbox', { name: 'Rename' });
    await focused(rename);
    await page.keyboard.type('The duty to notify arose under Article 7');
    await page.keyboard.press('Enter');
    await expect
      .poll(storedTree, { timeout: 10_000 })
      .toContain(line(1, 'claim', 'The duty to notify arose under Article 7'));
    await focused(tree());

    await page.keyboard.press('F2');
    await page.keyboard.type('Something else');
    await page.keyboard.press('Escape');
    await focused(tree());
    await page.waitForTimeout(300);
    expect(storedTree()).toContain(line(1, 'claim', 'The duty to notify arose under Article 7'));
  });

  it('moves a node by dragging its row onto the top of another, which it then comes before', async () => {
    await row(SECOND_ISSUE).dragTo(row('The duty to notify'), { targetPosition: { x: 60, y: 4 } });
    await expect
      .poll(storedTree, { timeout: 10_000 })
      .toEqual([
        line(0, 'issue', FIRST_ISSUE),
        line(1, 'claim', LONG),
        line(1, 'claim', SECOND_ISSUE),
        line(1, 'claim', 'The duty to notify arose under Article 7'),
      ]);
  });

  it('threw no uncaught error in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
