import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CaseInBrowser, openCaseInBrowser } from '../support/browser';
import { visible } from '../support/pageExpect';

const BIN = resolve(import.meta.dirname, '../../bin/casewright');
const PAYLOAD = '<img src=x onerror="window.__pwned=1;alert(1)"><script>window.__pwned=2</script>';
const hostile = {
  format: 'casewright',
  version: 1,
  case: { title: `Case ${PAYLOAD}`, forum: PAYLOAD, applicant: PAYLOAD, respondent: 'R' },
  authorities: [
    { key: 'evil', type: 'book', short: PAYLOAD, csl: { title: PAYLOAD, URL: 'javascript:window.__pwned=3' } },
  ],
  nodes: [
    {
      kind: 'issue',
      title: PAYLOAD,
      text: `Body ${PAYLOAD} [click me](javascript:window.__pwned=4) [@evil, ${'<b onmouseover=window.__pwned=5>'}]`,
      children: [
        {
          kind: 'claim',
          title: '"><svg onload=window.__pwned=6>',
          text: '<iframe src="javascript:window.__pwned=7"></iframe>',
        },
        {
          kind: 'rule',
          title: '{{constructor.constructor("window.__pwned=8")()}}',
          text: '[x](data:text/html,<script>alert(1)</script>)',
        },
      ],
    },
  ],
};

let opened: CaseInBrowser;
let page: Page;
let dialogs: string[];

beforeAll(async () => {
  opened = await openCaseInBrowser('hostile', [], { width: 1440, height: 900 }, (file, folder) => {
    writeFileSync(join(folder, 'hostile.json'), JSON.stringify(hostile));
    const imported = spawnSync(
      process.execPath,
      [BIN, 'import', file, '--format', 'json', join(folder, 'hostile.json')],
      { env: { ...process.env, CASEWRIGHT_HOME: join(folder, 'home') }, encoding: 'utf8' },
    );
    expect(imported.status, imported.stderr).toBe(0);
  });
  ({ page, dialogs } = opened);
});

afterAll(async () => {
  await opened?.close();
});

const pwned = () => page.evaluate('window.__pwned ?? 0') as Promise<number>;

describe('a hostile case in the browser mode', () => {
  it('shows every payload as text in the outline, the editor, the panels and the map, and runs none of it', async () => {
    await visible(page.getByRole('treeitem', { name: `Issue: ${PAYLOAD}` }));
    await page.getByRole('treeitem').first().click();
    expect(await page.getByRole('textbox', { name: 'Title' }).inputValue()).toBe(PAYLOAD);
    const body = page.getByRole('textbox', { name: 'Body' });
    expect(await body.textContent()).toContain(PAYLOAD);
    expect(
      await body.locator('a[href^="javascript:"], img:not(.ProseMirror-separator), script, iframe, svg').count(),
    ).toBe(0);
    await page.getByRole('tab', { name: 'Authorities' }).click();
    await visible(page.getByRole('region', { name: 'Authorities' }).getByText(PAYLOAD));
    await page.getByRole('button', { name: 'Map', exact: true }).click();
    await visible(page.getByRole('tree', { name: 'Argument map' }));
    await page.getByRole('button', { name: 'Document', exact: true }).click();
    await page.waitForTimeout(1500);
    await page.getByRole('button', { name: 'Outline', exact: true }).click();
    await page.getByRole('treeitem').nth(1).click();
    await page.getByRole('textbox', { name: 'Body' }).click();
    await page.keyboard.type(' still safe');
    await page.waitForTimeout(800);
    expect(await pwned()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(await page.locator('img[src="x"], script:not([src]), iframe:not([title="Document preview"])').count()).toBe(
      0,
    );
  });
});
