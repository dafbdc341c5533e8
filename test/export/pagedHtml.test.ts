import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serviceWithCase } from '../support/exportFixture';
import type { TempService } from '../support/tempService';

let temp: TempService;
beforeEach(async () => {
  temp = await serviceWithCase();
});
afterEach(() => temp.dispose());

const paged = async () =>
  (await temp.api['export-document']({ format: 'html', paged: true, layout: 'memorial', date: '2026-01-01' })).text!;

describe('the paged HTML export (what the PDF prints and the Document view shows)', () => {
  it('writes "passim" from the case’s own threshold', async () => {
    expect(await paged()).toContain('data-passim="5"');
    await temp.api['case-update']({ passimThreshold: 3 });
    expect(await paged()).toContain('data-passim="3"');
  });

  it('puts each note in the text where it is called, for the page to carry it at its foot', async () => {
    const html = await paged();
    expect(html).toMatch(/<span class="footnote" data-number="1">/);
    expect(html).not.toContain('<section class="notes"');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; the summit records');
  });
});
