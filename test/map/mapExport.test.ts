import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser';
import { type TempService, tempService } from '../support/tempService';

const BIN = resolve(import.meta.dirname, '../../bin/casewright');

let temp: TempService;
let browser: Browser;
let sample: string;

beforeAll(async () => {
  temp = tempService();
  sample = temp.path('sample.casewright');
  await temp.api['case-create']({
    path: sample,
    templateId: 'russia-dprk-pact-2024',
    applicant: 'Republic of Korea',
    respondent: 'Russian Federation',
  });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  temp?.dispose();
});

/** Runs in the page: parses the SVG, draws it, and reads each box's rectangle and its text's extent. */
const READ_DRAWN = `(source) => {
  const parsed = new DOMParser().parseFromString(source, 'image/svg+xml');
  const error = parsed.querySelector('parsererror')?.textContent ?? null;
  document.body.append(document.importNode(parsed.documentElement, true));
  const boxes = [...document.querySelectorAll('g.box')].map((group) => {
    const rect = group.querySelector('rect').getBoundingClientRect();
    const texts = [...group.querySelectorAll('text')].map((text) => text.getBoundingClientRect());
    return {
      id: Number(group.getAttribute('data-node')),
      rect: { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom },
      textRight: Math.max(...texts.map((text) => text.right)),
      textBottom: Math.max(...texts.map((text) => text.bottom)),
      textLeft: Math.min(...texts.map((text) => text.left)),
      text: [...group.querySelectorAll('text')].map((text) => text.textContent).join(' '),
    };
  });
  return { error, boxes };
}`;

/** What Chromium makes of an SVG file: whether it parsed, each box's rectangle and how far its text reaches. */
async function drawn(svg: string) {
  const page = await browser.newPage();
  try {
    await page.setContent('<!doctype html><body style="margin:0"></body>');
    return (await page.evaluate(`(${READ_DRAWN})(${JSON.stringify(svg)})`)) as {
      error: string | null;
      boxes: {
        id: number;
        rect: { left: number; top: number; right: number; bottom: number };
        textRight: number;
        textBottom: number;
        textLeft: number;
        text: string;
      }[];
    };
  } finally {
    await page.close();
  }
}

type Drawn = Awaited<ReturnType<typeof drawn>>['boxes'][number];
const overlap = (a: Drawn['rect'], b: Drawn['rect']) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('the exported argument map', () => {
  it('is well-formed SVG with every title of the case as text, no box on another and no label outside its box', async () => {
    const rows = await temp.api['outline-get']({});
    for (const theme of ['light', 'dark'] as const) {
      const map = await temp.api['map-export']({ theme });
      expect(map.nodes).toBe(rows.length);
      const { error, boxes } = await drawn(map.svg);
      expect(error).toBeNull();
      expect(boxes).toHaveLength(rows.length);
      const titles = new Map(rows.map((row) => [row.id, row.title.replace(/\s+/g, ' ').trim()]));
      for (const box of boxes) {
        const words = box.text.replace(/\s+/g, ' ');
        expect(words, `box ${box.id}`).toContain(titles.get(box.id)!.split(' ').slice(-1)[0]!);
        expect(box.textRight, `box ${box.id}: ${box.text}`).toBeLessThanOrEqual(box.rect.right);
        expect(box.textBottom, `box ${box.id}`).toBeLessThanOrEqual(box.rect.bottom);
        expect(box.textLeft).toBeGreaterThanOrEqual(box.rect.left);
      }
      // Every title whole: the lines of a box, joined, give its title.
      for (const box of boxes) {
        const lines = box.text.split(' ').join(' ');
        expect(lines.endsWith(titles.get(box.id)!) || lines.includes(titles.get(box.id)!), `box ${box.id}`).toBe(true);
      }
      for (let index = 0; index < boxes.length; index++) {
        for (const other of boxes.slice(index + 1)) expect(overlap(boxes[index]!.rect, other.rect)).toBe(false);
      }
      expect(map.svg).toContain('Supports');
      expect(map.svg).toContain('Attacks');
    }
  });

  it('draws one subtree, left to right when the case says so, and refuses a node that is not there', async () => {
    const rows = await temp.api['outline-get']({});
    const issue = rows.find((row) => row.kind === 'issue' && row.childCount > 0)!;
    const under = [issue];
    for (const row of rows.slice(rows.indexOf(issue) + 1)) {
      if (row.depth <= issue.depth) break;
      under.push(row);
    }
    await temp.api['case-update']({ mapDirection: 'right' });
    const map = await temp.api['map-export']({ nodeId: issue.id });
    expect(map.nodes).toBe(under.length);
    const { boxes } = await drawn(map.svg);
    expect(boxes.map((box) => box.id).sort((a, b) => a - b)).toEqual(under.map((row) => row.id).sort((a, b) => a - b));
    for (const row of under) {
      const box = boxes.find((box) => box.id === row.id)!;
      expect(box.text.replace(/\s+/g, ' '), `box ${row.id}`).toContain(row.title.replace(/\s+/g, ' ').trim());
    }
    const root = boxes.find((box) => box.id === issue.id)!;
    for (const box of boxes) if (box !== root) expect(box.rect.left).toBeGreaterThan(root.rect.right);
    await temp.api['case-update']({ mapDirection: 'down' });
    const collapsed = await temp.api['map-export']({ nodeId: issue.id, collapsed: [issue.id] });
    expect(collapsed.nodes).toBe(1);
    await expect(temp.api['map-export']({ nodeId: 999_999 })).rejects.toThrow('There is no node 999999 in this case.');
  });

  it('escapes what a title holds and drops what XML cannot hold', async () => {
    const [first] = await temp.api['outline-get']({});
    await temp.api['nodes-update']({ id: first!.id, title: 'A <b>&"bold"</b> \u0001 claim' });
    const map = await temp.api['map-export']({ nodeId: first!.id, collapsed: [first!.id] });
    const { error, boxes } = await drawn(map.svg);
    expect(error).toBeNull();
    expect(boxes[0]!.text.replace(/\s+/g, ' ')).toContain('A <b>&"bold"</b> claim');
    await temp.api['history-undo']({});
  });

  it('is written by the CLI as SVG and as a PNG at twice the size, and --node is checked', async () => {
    const rows = await temp.api['outline-get']({});
    const issue = rows.find((row) => row.kind === 'issue')!;
    temp.service.close();
    const run = (...args: string[]) =>
      spawnSync(process.execPath, [BIN, ...args], {
        cwd: temp.folder,
        encoding: 'utf8',
        env: { ...process.env, CASEWRIGHT_HOME: join(temp.folder, 'home') },
      });
    const svg = run('export', sample, '--format', 'svg', '--node', String(issue.id), '--out', 'issue.svg');
    expect(svg.stderr).toBe('');
    expect(svg.stdout).toMatch(/^Exported the map of \d+ nodes to .*issue\.svg\.\n$/);
    const text = readFileSync(join(temp.folder, 'issue.svg'), 'utf8');
    expect(text).toContain(issue.title.split(' ')[0]);
    const [, width, height] = /<svg[^>]*width="([\d.]+)" height="([\d.]+)"/.exec(text)!;

    const png = run('export', sample, '--format', 'png', '--node', String(issue.id), '--out', 'issue.png');
    expect(png.status, png.stderr).toBe(0);
    const bytes = readFileSync(join(temp.folder, 'issue.png'));
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    expect(bytes.readUInt32BE(16)).toBe(2 * Math.ceil(Number(width)));
    expect(bytes.readUInt32BE(20)).toBe(2 * Math.ceil(Number(height)));

    const bad = run('export', sample, '--format', 'png', '--node', 'x1', '--out', 'bad.png');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--node must be a node id');
    const noOut = run('export', sample, '--format', 'png');
    expect(noOut.stderr).toContain('--out is required for png');
  });
});
