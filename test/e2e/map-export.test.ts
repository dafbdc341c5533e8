import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CaseInBrowser, openCaseInBrowser } from '../support/browser';
import { runCli } from '../support/caseFileReader';
import { visible } from '../support/pageExpect';

interface StoredNode {
  id: number;
  kind: string;
  title: string;
  children?: StoredNode[];
}

let opened: CaseInBrowser;
let folder: string;
let file: string;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  opened = await openCaseInBrowser('map-export', ['--template', 'russia-dprk-pact-2024'], { width: 1440, height: 900 });
  ({ folder, file, page, browser } = opened);
  await page.getByRole('button', { name: 'Map', exact: true }).click();
  await visible(page.getByRole('tree', { name: 'Argument map' }));
});

afterAll(async () => {
  await opened?.close();
});

const flatten = (nodes: StoredNode[]): StoredNode[] => nodes.flatMap((node) => [node, ...flatten(node.children ?? [])]);
const storedNodes = () =>
  flatten((JSON.parse(runCli(folder, 'show', file, '--json')) as { nodes: StoredNode[] }).nodes);
const dialog = () => page.getByRole('dialog', { name: 'Export map' });

/** Exports through the dialog with the given choices and returns the downloaded file's name and bytes. */
async function exportMap(format: string, what: string): Promise<{ name: string; bytes: Buffer }> {
  await page.getByRole('toolbar', { name: 'Map' }).getByRole('button', { name: 'Export map…' }).click();
  await visible(dialog());
  await dialog().getByRole('radio', { name: format }).check();
  await dialog().getByRole('radio', { name: what }).check();
  const download = page.waitForEvent('download');
  await dialog().getByRole('button', { name: 'Export', exact: true }).click();
  const saved = await download;
  const path = join(folder, saved.suggestedFilename());
  await saved.saveAs(path);
  await dialog().waitFor({ state: 'detached' });
  return { name: saved.suggestedFilename(), bytes: readFileSync(path) };
}

describe('Export map…', () => {
  it('saves the whole case as an SVG with every box, its title as text and the legend', async () => {
    const { name, bytes } = await exportMap('SVG', 'The whole case');
    expect(name).toMatch(/-map\.svg$/);
    const svg = bytes.toString('utf8');
    const nodes = storedNodes();
    expect(svg.match(/<g class="box"/g)?.length).toBe(nodes.length);
    const checker = await browser.newPage();
    // A string: the tests have no DOM types.
    const parsed = (await checker.evaluate(`(() => {
      const document = new DOMParser().parseFromString(${JSON.stringify(svg)}, 'image/svg+xml');
      return { error: document.querySelector('parsererror')?.textContent ?? null, text: document.documentElement.textContent ?? '' };
    })()`)) as { error: string | null; text: string };
    await checker.close();
    expect(parsed.error).toBeNull();
    const flat = parsed.text.replace(/\s+/g, ' ');
    for (const node of nodes.slice(0, 40)) expect(flat).toContain(node.title.replace(/\s+/g, ' ').trim());
    expect(flat).toContain('Supports');
    expect(flat).toContain('Attacks');
  });

  it('saves the selected subtree as a PNG at twice the size of the SVG', async () => {
    const issue = storedNodes().find((node) => node.kind === 'issue')!;
    await page
      .getByRole('tree', { name: 'Outline' })
      .getByRole('treeitem')
      .filter({ hasText: issue.title.slice(0, 30) })
      .first()
      .click();
    const { name, bytes } = await exportMap('PNG', 'The selected node’s subtree');
    expect(name).toMatch(new RegExp(`node-${issue.id}-map\\.png$`));
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    const width = bytes.readUInt32BE(16);
    const height = bytes.readUInt32BE(20);
    const cliSvg = join(folder, 'cli.svg');
    runCli(folder, 'export', file, '--format', 'svg', '--node', String(issue.id), '--out', cliSvg);
    const [, svgWidth, svgHeight] = /width="([\d.]+)" height="([\d.]+)"/.exec(readFileSync(cliSvg, 'utf8'))!;
    expect(width).toBe(Math.ceil(Number(svgWidth) * 2));
    expect(height).toBe(Math.ceil(Number(svgHeight) * 2));
  });
});
