import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { BodyDocument } from '../../app/body/types';
import { type CaseInBrowser, openCaseInBrowser } from '../support/browser';
import { storedNode } from '../support/caseFileReader';

let opened: CaseInBrowser;

/** Calls the browser mode's API as another page would (another client), from outside the page under test. */
async function callAsOtherPage(method: string, input: unknown): Promise<unknown> {
  const address = new URL(opened.web.url);
  const response = await fetch(new URL(`/api/${method}`, address), {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'X-Casewright-Token': address.searchParams.get('token') ?? '',
      'X-Casewright-Client': 'another-page',
    },
    body: JSON.stringify(input),
  });
  const reply = (await response.json()) as { ok: boolean; result?: unknown; error?: { message: string } };
  if (!reply.ok) throw new Error(reply.error?.message);
  return reply.result;
}

/**
 * Makes the page type `text` at its caret in the body the moment it has taken in a loaded node whose body holds
 * `loaded`, before React draws it: the keystroke that falls between a reload's answer and the editor showing it. The
 * answer is caught where the page parses it, whether it came over the page's socket or over HTTP.
 */
function typeWhenLoaded(page: Page, loaded: string, text: string): Promise<void> {
  return page.evaluate(`(() => {
    const parseBefore = JSON.parse;
    const fetchBefore = window.fetch;
    const restore = () => {
      JSON.parse = parseBefore;
      window.fetch = fetchBefore;
    };
    const typeSoon = () => {
      restore();
      let later = Promise.resolve();
      for (let hop = 0; hop < 40; hop++) later = later.then(() => undefined);
      later.then(() => document.querySelector('.ProseMirror').editor.commands.insertContent(${JSON.stringify(text)}));
    };
    const isTheLoad = (value) => {
      const reply = value && typeof value === 'object' && 'result' in value ? value.result : undefined;
      return reply !== undefined && JSON.stringify(reply).includes(${JSON.stringify(loaded)});
    };
    JSON.parse = (...args) => {
      const value = parseBefore(...args);
      if (isTheLoad(value)) typeSoon();
      return value;
    };
    window.fetch = async (...args) => {
      const response = await fetchBefore(...args);
      if (!String(args[0]).endsWith('/api/nodes-get')) return response;
      const json = response.json.bind(response);
      response.json = async () => {
        const value = await json();
        if (isTheLoad(value)) typeSoon();
        return value;
      };
      return response;
    };
  })()`);
}

beforeAll(async () => {
  opened = await openCaseInBrowser('body-reload', [], { width: 1440, height: 900 });
  await callAsOtherPage('nodes-add', {
    parentId: null,
    kind: 'claim',
    title: 'Consent',
    text: 'The parties consented.\n\nThe Court has jurisdiction.',
  });
});

afterAll(async () => {
  await opened?.close();
});

it('keeps both a paragraph changed elsewhere and a key typed just as that change is loaded', async () => {
  const { page, folder, file } = opened;
  await page.getByRole('treeitem', { name: 'Claim: Consent' }).first().click();
  const body = page.getByRole('textbox', { name: 'Body' });
  await body.locator('p').first().click();
  await page.keyboard.press('End');
  await page.keyboard.type(' In writing.');
  await expect.poll(() => storedNode(folder, file, 'Consent').text).toContain('In writing.');

  await typeWhenLoaded(page, 'Under Article 36.', ' Twice.');
  const { id, body: stored } = (await callAsOtherPage('nodes-get', { id: storedNode(folder, file, 'Consent').id })) as {
    id: number;
    body: BodyDocument;
  };
  const edited = structuredClone(stored) as { content: { content: { text: string }[] }[] };
  edited.content[1]!.content[0]!.text += ' Under Article 36.';
  await callAsOtherPage('nodes-update', { id, body: edited });

  const both = 'The parties consented. In writing. Twice.\n\nThe Court has jurisdiction. Under Article 36.';
  await expect.poll(() => storedNode(folder, file, 'Consent').text, { timeout: 10_000 }).toBe(both);
  await expect.poll(() => body.textContent()).toBe(both.replace('\n\n', ''));
  // Still both after the page had time to save anything it held back.
  await page.waitForTimeout(1000);
  expect(storedNode(folder, file, 'Consent').text).toBe(both);
});
