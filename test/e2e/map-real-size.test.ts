import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CaseInBrowser, openCaseInBrowser } from '../support/browser';
import type { StoredNode } from '../support/caseFileReader';
import { runCli } from '../support/caseFileReader';
import { focused, visible } from '../support/pageExpect';

let opened: CaseInBrowser;
let page: Page;

beforeAll(async () => {
  opened = await openCaseInBrowser('map-real-size', ['--template', 'russia-dprk-pact-2024'], {
    width: 1440,
    height: 900,
  });
  page = opened.page;
  await page.getByRole('button', { name: 'Map', exact: true }).click();
  await visible(map());
});

afterAll(async () => {
  await opened?.close();
});

const map = () => page.getByRole('tree', { name: 'Argument map' });
const mapButton = (name: string) =>
  page.getByRole('toolbar', { name: 'Map' }).getByRole('button', { name, exact: true });
const flatten = (nodes: StoredNode[]): StoredNode[] => nodes.flatMap((node) => [node, ...flatten(node.children ?? [])]);
const issues = () =>
  (JSON.parse(runCli(opened.folder, 'show', opened.file, '--json')) as { nodes: StoredNode[] }).nodes.filter(
    (node) => node.kind === 'issue',
  );

interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}
interface Drawn {
  stage: Rect;
  minimap: Rect | null;
  boxes: { id: number; name: string; form: string; frame: Rect; texts: { rect: Rect; px: number }[] }[];
  labels: { id: number; rect: Rect; px: number; text: string }[];
}

/** Runs in the page: the stage, the minimap, each box's frame and its text (rectangle, size in screen pixels), and the labels beside bars. */
const READ_MAP = `(() => {
  const rect = (element) => { const r = element.getBoundingClientRect(); return { left: r.left, top: r.top, right: r.right, bottom: r.bottom }; };
  const px = (text) => parseFloat(getComputedStyle(text).fontSize) * text.getScreenCTM().a;
  const svg = document.querySelector('[role="tree"][aria-label="Argument map"]');
  const minimap = document.querySelector('[role="group"][aria-label="Minimap"]');
  return {
    stage: rect(svg),
    minimap: minimap ? rect(minimap) : null,
    boxes: [...svg.querySelectorAll('[role="treeitem"]')].map((item) => ({
      id: Number(item.getAttribute('data-node')),
      name: item.getAttribute('aria-label'),
      form: item.getAttribute('data-form'),
      frame: rect(item.querySelector('.map-frame')),
      texts: [...item.querySelectorAll('.map-kind, .map-title, .map-short')].map((text) => ({ rect: rect(text), px: px(text) })),
    })),
    labels: [...svg.querySelectorAll('.map-bar-label')].map((text) => ({
      id: Number(text.getAttribute('data-label-for')),
      rect: rect(text),
      px: px(text),
      text: text.textContent,
    })),
  };
})()`;

const inside = (inner: Rect, outer: Rect, slack = 0.5) =>
  inner.left >= outer.left - slack &&
  inner.top >= outer.top - slack &&
  inner.right <= outer.right + slack &&
  inner.bottom <= outer.bottom + slack;
const meet = (a: Rect, b: Rect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const words = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Each label beside a bar is at least 10 px, inside the stage, clear of the minimap and of every other label. */
function expectLabelsClear(drawn: Drawn) {
  for (const label of drawn.labels) {
    expect(label.px, label.text).toBeGreaterThanOrEqual(10);
    expect(inside(label.rect, drawn.stage), `label inside the stage: ${label.text}`).toBe(true);
    if (drawn.minimap) expect(meet(label.rect, drawn.minimap), `label clear of the minimap: ${label.text}`).toBe(false);
    for (const other of drawn.labels) {
      if (other !== label) expect(meet(label.rect, other.rect), `${label.text} / ${other.text}`).toBe(false);
    }
  }
}

/** The label on hover and focus, with its place: it names the box and shows inside the stage. */
async function expectPeek(stage: Rect, title: string) {
  const tooltip = page.getByRole('tooltip');
  await expect
    .poll(async () => words((await tooltip.textContent({ timeout: 2_000 }).catch(() => '')) ?? ''))
    .toContain(words(title));
  const box = (await tooltip.boundingBox())!;
  expect(
    inside({ left: box.x, top: box.y, right: box.x + box.width, bottom: box.y + box.height }, stage),
    `the label of ${title} inside the stage`,
  ).toBe(true);
}

describe('the sample case’s map at 1440×900', () => {
  it('focused on each issue and fitted, shows every box of it in view, its label 10 px or more, or compact with its label on hover and focus', async () => {
    const all = issues();
    expect(all.length).toBeGreaterThan(5);
    const breadcrumb = page.getByRole('navigation', { name: 'Map focus' });
    for (const issue of all) {
      const subtree = flatten([issue]);
      await mapButton('Fit').click();
      await map()
        .getByRole('treeitem', { name: new RegExp(`^Issue: ${escapeRegExp(issue.title)}`) })
        .locator('.map-frame')
        .dblclick({ force: true });
      await expect.poll(() => breadcrumb.textContent()).toContain(`Issue: ${issue.title}`);
      await expect.poll(() => map().getByRole('treeitem').count()).toBe(subtree.length);
      await mapButton('Fit').click();
      const drawn = (await page.evaluate(READ_MAP)) as Drawn;
      expect(drawn.boxes).toHaveLength(subtree.length);
      const titles = new Map(subtree.map((node) => [node.id, node.title]));
      const compact: Drawn['boxes'] = [];
      for (const box of drawn.boxes) {
        expect(inside(box.frame, drawn.stage), `${box.name} in view`).toBe(true);
        if (drawn.minimap) expect(meet(box.frame, drawn.minimap), `${box.name} clear of the minimap`).toBe(false);
        if (box.form === 'bar') {
          const label = drawn.labels.find((label) => label.id === box.id);
          if (label)
            expect(titles.get(box.id)!.replace(/\s+/g, '')).toContain(label.text.replace(/…$/, '').replace(/\s+/g, ''));
          compact.push(box);
          continue;
        }
        expect(box.texts.length, box.name).toBeGreaterThan(0);
        for (const text of box.texts) {
          expect(text.px, box.name).toBeGreaterThanOrEqual(10);
          expect(inside(text.rect, box.frame, 1), `${box.name}: its text inside its box`).toBe(true);
        }
      }
      expectLabelsClear(drawn);
      // Every compact box shows its title on hover, and, once selected, while the map has the keyboard focus.
      for (const box of compact) {
        const x = (box.frame.left + box.frame.right) / 2;
        const y = (box.frame.top + box.frame.bottom) / 2;
        await page.mouse.move(x, y);
        await expectPeek(drawn.stage, titles.get(box.id)!);
        await page.mouse.down();
        await page.mouse.up();
        await page.mouse.move(drawn.stage.left + 4, drawn.stage.top - 20);
        await focused(map());
        await expectPeek(drawn.stage, titles.get(box.id)!);
      }
      await breadcrumb.getByRole('button', { name: 'Whole case' }).click();
      await expect.poll(() => map().getByRole('treeitem').count()).toBeGreaterThan(subtree.length);
    }
    expect(opened.pageErrors).toEqual([]);
  });

  it('fitted whole, shows every issue’s label, at least 10 px, clear of the others', async () => {
    await mapButton('Fit').click();
    const drawn = (await page.evaluate(READ_MAP)) as Drawn;
    for (const issue of issues()) {
      const box = drawn.boxes.find((box) => box.id === issue.id)!;
      expect(inside(box.frame, drawn.stage)).toBe(true);
      if (box.form !== 'bar') {
        for (const text of box.texts) expect(text.px).toBeGreaterThanOrEqual(10);
        continue;
      }
      const label = drawn.labels.find((label) => label.id === issue.id);
      expect(label, `a label for ${issue.title}`).toBeDefined();
      // The label begins the title, and shows more than its first word or two.
      const shown = label!.text.replace(/…$/, '');
      expect(shown.length, label!.text).toBeGreaterThanOrEqual(Math.min(20, issue.title.length));
      expect(words(issue.title).replace(/\s+/g, '')).toContain(shown.replace(/\s+/g, ''));
    }
    expectLabelsClear(drawn);
  });

  it('marks the boxes the gap report finds fault with, and its legend shows the status colours and both lines with their arrowheads', async () => {
    await mapButton('Fit').click();
    const report = JSON.parse(runCli(opened.folder, 'check', opened.file, '--json')) as {
      findings: { nodeId: number | null }[];
    };
    const faulted = new Set(report.findings.map((finding) => finding.nodeId).filter((id) => id !== null));
    expect(faulted.size).toBeGreaterThan(3);
    const marks = (await map()
      .getByRole('treeitem')
      .evaluateAll((items) =>
        items.map((item) => ({
          id: Number(item.getAttribute('data-node')),
          name: item.getAttribute('aria-label') ?? '',
          marked: item.querySelector('.map-finding, .map-finding-dot') !== null,
        })),
      )) as { id: number; name: string; marked: boolean }[];
    for (const box of marks) {
      expect(box.marked, box.name).toBe(faulted.has(box.id));
      if (faulted.has(box.id)) expect(box.name).toMatch(/, \d+ gap findings?$/);
    }
    const legend = (await page.getByRole('region', { name: 'Map legend' }).evaluate(`(() => {
      const region = document.querySelector('[aria-label="Map legend"]');
      const line = (text) => {
        const item = [...region.querySelectorAll('li')].find((li) => li.textContent.trim() === text);
        const drawn = item.querySelector('line');
        const marker = document.querySelector(getComputedStyle(drawn).markerEnd.replace(/^url\\("?(#[^")]+)"?\\)$/, '$1'));
        return { dashes: getComputedStyle(drawn).strokeDasharray, arrow: marker !== null && marker.querySelector('path') !== null };
      };
      return {
        swatches: [...region.querySelectorAll('.map-legend-swatch')].map((swatch) => [swatch.parentElement.textContent.trim(), getComputedStyle(swatch).backgroundColor]),
        support: line('Supports'),
        attack: line('Attacks'),
      };
    })()`)) as {
      swatches: [string, string][];
      support: { dashes: string; arrow: boolean };
      attack: { dashes: string; arrow: boolean };
    };
    expect(legend.swatches.map(([label]) => label)).toEqual(['Established', 'Contested', 'Unsupported', 'Defeated']);
    expect(new Set(legend.swatches.map(([, colour]) => colour)).size).toBe(4);
    expect(legend.support).toEqual({ dashes: 'none', arrow: true });
    expect(legend.attack.dashes).not.toBe('none');
    expect(legend.attack.arrow).toBe(true);
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
