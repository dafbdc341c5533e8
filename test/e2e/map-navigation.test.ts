import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CaseInBrowser, openCaseInBrowser } from '../support/browser';
import { runCli } from '../support/caseFileReader';
import { attribute, focused, visible } from '../support/pageExpect';

interface StoredNode {
  id: number;
  kind: string;
  title: string;
  children?: StoredNode[];
}

let opened: CaseInBrowser;
let folder: string;
let file: string;
let page: Page;
let pageErrors: string[];

beforeAll(async () => {
  opened = await openCaseInBrowser('map', ['--template', 'russia-dprk-pact-2024'], { width: 1440, height: 900 });
  ({ folder, file, page, pageErrors } = opened);
  await visible(page.getByRole('tree', { name: 'Outline' }));
  await page.getByRole('button', { name: 'Map', exact: true }).click();
  await visible(map());
});

afterAll(async () => {
  await opened?.close();
});

const map = () => page.getByRole('tree', { name: 'Argument map' });
const mapButton = (name: string) =>
  page.getByRole('toolbar', { name: 'Map' }).getByRole('button', { name, exact: true });
const outlineRow = (title: string) =>
  page.getByRole('tree', { name: 'Outline' }).getByRole('treeitem').filter({ hasText: title }).first();
const stored = () =>
  JSON.parse(runCli(folder, 'show', file, '--json')) as { case: Record<string, unknown>; nodes: StoredNode[] };
const flatten = (nodes: StoredNode[]): StoredNode[] => nodes.flatMap((node) => [node, ...flatten(node.children ?? [])]);
const selectedName = () => map().locator('[role="treeitem"][aria-selected="true"]').getAttribute('aria-label');

/** The first issue of the case file that has claims under it, and every node of its subtree. */
function firstIssue() {
  const issue = stored().nodes.find((node) => node.kind === 'issue' && (node.children ?? []).length > 1)!;
  return { issue, subtree: flatten([issue]) };
}

describe('the argument map', () => {
  it('is a tree of boxes named by kind, title and status, with Fit, Focus, Minimap and Export map… buttons', async () => {
    for (const name of ['Fit', 'Focus', 'Minimap', 'Export map…']) await visible(mapButton(name));
    await mapButton('Fit').click();
    const names = await map()
      .getByRole('treeitem')
      .evaluateAll((items) => items.map((item) => item.getAttribute('aria-label')));
    expect(names.length).toBe(flatten(stored().nodes).length);
    expect(names).toContain(`Issue: ${firstIssue().issue.title} (unsupported)`);
    for (const name of names) expect(name).toMatch(/^(Issue|Claim|Rule|Evidence|Counter|Response|Note|Question): .+/);
    expect(await page.getByRole('region', { name: 'Map legend' }).textContent()).toMatch(
      /Established.*Contested.*Unsupported.*Defeated.*Supports.*Attacks/,
    );
  });

  it('focuses on an issue: only its subtree, a breadcrumb back up, and fitted so every box is in view and readable or compact', async () => {
    const { issue, subtree } = firstIssue();
    await map()
      .getByRole('treeitem', { name: `Issue: ${issue.title} (unsupported)` })
      .locator('.map-frame')
      .dblclick();
    const breadcrumb = page.getByRole('navigation', { name: 'Map focus' });
    await expect.poll(() => breadcrumb.textContent()).toContain(`Issue: ${issue.title}`);
    await expect.poll(() => map().getByRole('treeitem').count()).toBe(subtree.length);
    await mapButton('Fit').click();
    const stage = (await map().boundingBox())!;
    const boxes = await map()
      .getByRole('treeitem')
      .evaluateAll((items) =>
        items.map((item) => {
          const frame = item.querySelector('.map-frame')!.getBoundingClientRect();
          const texts = [...item.querySelectorAll('text')].map((text) => text.getBoundingClientRect().height);
          return {
            form: item.getAttribute('data-form'),
            frame: { x: frame.x, y: frame.y, right: frame.right, bottom: frame.bottom },
            texts,
          };
        }),
      );
    for (const box of boxes) {
      expect(box.frame.x).toBeGreaterThanOrEqual(stage.x);
      expect(box.frame.y).toBeGreaterThanOrEqual(stage.y);
      expect(box.frame.right).toBeLessThanOrEqual(stage.x + stage.width);
      expect(box.frame.bottom).toBeLessThanOrEqual(stage.y + stage.height);
      for (const height of box.texts) expect(height).toBeGreaterThanOrEqual(10);
    }
    const compact = map().locator('[role="treeitem"][data-form="bar"]');
    if ((await compact.count()) > 0) {
      const first = compact.nth(1);
      await first.locator('.map-frame').hover({ force: true });
      await expect.poll(() => page.getByRole('tooltip').textContent()).toBe(await first.getAttribute('aria-label'));
    }
    await breadcrumb.getByRole('button', { name: 'Whole case' }).click();
    await expect.poll(() => map().getByRole('treeitem').count()).toBeGreaterThan(subtree.length);
  });

  it('moves with the arrow keys, collapses with Space in step with the outline, renames with Enter', async () => {
    const { issue } = firstIssue();
    const claims = issue.children!;
    await outlineRow(issue.title).click();
    await mapButton('Focus').click();
    await map().focus();
    await expect.poll(selectedName).toContain(issue.title);
    await page.keyboard.press('ArrowDown');
    await expect.poll(selectedName).toContain(claims[0]!.title);
    await page.keyboard.press('ArrowRight');
    await expect.poll(selectedName).toContain(claims[1]!.title);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowUp');
    await expect.poll(selectedName).toContain(issue.title);
    await page.keyboard.press('ArrowDown');

    const claim = map().getByRole('treeitem', { name: new RegExp(`^Claim: ${escapeRegExp(claims[0]!.title)}`) });
    await attribute(claim, 'aria-expanded', 'true');
    await page.keyboard.press(' ');
    await attribute(claim, 'aria-expanded', 'false');
    await attribute(outlineRow(claims[0]!.title), 'aria-expanded', 'false');
    await page.keyboard.press(' ');
    await attribute(outlineRow(claims[0]!.title), 'aria-expanded', 'true');

    await page.keyboard.press('Enter');
    const title = page.getByRole('dialog', { name: 'Rename' }).getByRole('textbox', { name: 'New title' });
    await focused(title);
    await title.fill('Consent is the basis of the jurisdiction');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => flatten(stored().nodes).find((node) => node.id === claims[0]!.id)?.title)
      .toBe('Consent is the basis of the jurisdiction');
    await focused(map());
  });

  it('switches to left to right and keeps the choice in the case file', async () => {
    await mapButton('Left to right').click();
    await attribute(mapButton('Left to right'), 'aria-pressed', 'true');
    await expect.poll(() => stored().case.mapDirection).toBe('right');
    await page.reload();
    await page.getByRole('button', { name: 'Map', exact: true }).click();
    await attribute(mapButton('Left to right'), 'aria-pressed', 'true');
    await mapButton('Top-down').click();
    await expect.poll(() => stored().case.mapDirection ?? 'down').toBe('down');
  });

  it('follows the outline to the issue of its selection, and moves the view from the minimap', async () => {
    const issues = stored().nodes.filter((node) => node.kind === 'issue');
    await page.getByRole('toolbar', { name: 'Map' }).getByRole('checkbox', { name: 'Follow the outline' }).check();
    const breadcrumb = page.getByRole('navigation', { name: 'Map focus' });
    const evidence = flatten(issues[0]!.children ?? []).find((node) => node.kind === 'evidence')!;
    await outlineRow(evidence.title).click();
    await expect.poll(() => breadcrumb.textContent()).toContain(`Issue: ${issues[0]!.title}`);
    expect(await map().getByRole('treeitem').count()).toBe(flatten([issues[0]!]).length);
    await page.getByRole('toolbar', { name: 'Map' }).getByRole('checkbox', { name: 'Follow the outline' }).uncheck();
    await breadcrumb.getByRole('button', { name: 'Whole case' }).click();

    await mapButton('Fit').click();
    await mapButton('Zoom in').click();
    await mapButton('Zoom in').click();
    const minimap = page.getByRole('group', { name: 'Minimap' });
    const frame = minimap.getByTestId('minimap-frame');
    const before = (await frame.boundingBox())!;
    const area = (await minimap.boundingBox())!;
    await minimap.click({ position: { x: 10, y: area.height / 2 } });
    await expect.poll(async () => (await frame.boundingBox())!.x).toBeLessThan(before.x);
    await mapButton('Minimap').click();
    await minimap.waitFor({ state: 'detached' });
    await mapButton('Minimap').click();
    await visible(minimap);
  });

  it('offers its toolbar’s actions in the command palette while it is shown, with their keys, which work in the map', async () => {
    const palette = page.getByRole('dialog', { name: 'Command palette' });
    const run = async (label: string) => {
      await page.keyboard.press('Control+k');
      await palette.getByRole('textbox', { name: 'Command' }).fill(label);
      await palette.getByRole('option', { name: label }).click();
      await palette.waitFor({ state: 'detached' });
    };
    await map().focus();
    await page.keyboard.press('Control+k');
    await palette.getByRole('textbox', { name: 'Command' }).fill('map');
    const shown = await palette
      .getByRole('option')
      .evaluateAll((options) => options.map((option) => option.textContent ?? ''));
    for (const offered of [
      'Fit the map in viewF',
      'Focus the map on the selected boxShift+Enter',
      'Map: follow the outline (or stop)O',
      'Lay out the map top-downT',
      'Lay out the map left to rightL',
      'Export the map…Ctrl+Shift+E',
    ]) {
      expect(shown).toContain(offered);
    }
    await page.keyboard.press('Escape');

    await mapButton('Fit').click();
    const fitted = await map().getAttribute('data-scale');
    await mapButton('Zoom in').click();
    await expect.poll(() => map().getAttribute('data-scale')).not.toBe(fitted);
    await map().focus();
    await page.keyboard.press('f');
    await expect.poll(() => map().getAttribute('data-scale')).toBe(fitted);
    const { issue } = firstIssue();
    await outlineRow(issue.title).click();
    await map().focus();
    await page.keyboard.press('Shift+Enter');
    const breadcrumb = page.getByRole('navigation', { name: 'Map focus' });
    await expect.poll(() => breadcrumb.textContent()).toContain(`Issue: ${issue.title}`);
    await breadcrumb.getByRole('button', { name: 'Whole case' }).click();

    const minimap = page.getByRole('group', { name: 'Minimap' });
    await run('Show or hide the minimap');
    await minimap.waitFor({ state: 'detached' });
    await attribute(mapButton('Minimap'), 'aria-pressed', 'false');
    await map().focus();
    await page.keyboard.press('m');
    await visible(minimap);

    await run('Lay out the map left to right');
    await expect.poll(() => stored().case.mapDirection).toBe('right');
    await attribute(mapButton('Left to right'), 'aria-pressed', 'true');
    await map().focus();
    await page.keyboard.press('t');
    await expect.poll(() => stored().case.mapDirection ?? 'down').toBe('down');

    const follow = page.getByRole('toolbar', { name: 'Map' }).getByRole('checkbox', { name: 'Follow the outline' });
    await run('Map: follow the outline (or stop)');
    await expect.poll(() => follow.isChecked()).toBe(true);
    await map().focus();
    await page.keyboard.press('o');
    await expect.poll(() => follow.isChecked()).toBe(false);

    await run('Export the map…');
    await visible(page.getByRole('dialog', { name: 'Export map' }));
    await page.keyboard.press('Escape');
    await map().focus();
    await page.keyboard.press('Control+Shift+E');
    await visible(page.getByRole('dialog', { name: 'Export map' }));
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Outline', exact: true }).click();
    await page.keyboard.press('Control+k');
    await palette.getByRole('textbox', { name: 'Command' }).fill('minimap');
    await visible(palette.getByText('No command matches.'));
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Map', exact: true }).click();
    await visible(map());
  });

  it('marks search hits', async () => {
    await page.getByRole('tab', { name: 'Search' }).click();
    await page.getByRole('searchbox', { name: 'Search the case' }).fill('optional-clause');
    await mapButton('Fit').click();
    await expect.poll(() => map().locator('.search-hit').count()).toBeGreaterThan(0);
    expect(pageErrors).toEqual([]);
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
