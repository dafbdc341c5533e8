import type { Locator } from 'playwright-core';
import { expect } from 'vitest';

/** Waits until the element is visible (Playwright's own expect is not available under vitest). */
export async function visible(locator: Locator): Promise<void> {
  await locator.waitFor({ state: 'visible', timeout: 10_000 });
}

/** Waits until the element has the keyboard focus. */
export async function focused(locator: Locator): Promise<void> {
  await expect
    .poll(() => locator.evaluate((element) => element === element.ownerDocument.activeElement), { timeout: 10_000 })
    .toBe(true);
}

/** Waits until an attribute has a value. */
export async function attribute(locator: Locator, name: string, value: string): Promise<void> {
  await expect.poll(() => locator.getAttribute(name), { timeout: 10_000 }).toBe(value);
}

/** Waits until the element's text contains a string. */
export async function containsText(locator: Locator, text: string): Promise<void> {
  await expect.poll(() => locator.textContent().then((text) => text ?? ''), { timeout: 10_000 }).toContain(text);
}

/** Selects `words` in the text under `container`, as a reader dragging over them would. */
export async function selectWords(container: Locator, words: string): Promise<void> {
  await container.evaluate((root, wanted) => {
    const document = root.ownerDocument;
    const walker = document.createTreeWalker(root, 4 /* text nodes */);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(wanted) ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const selection = document.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return;
    }
    throw new Error(`“${wanted}” is not in the text`);
  }, words);
}
