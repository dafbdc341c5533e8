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

  it('calls each note in the text and carries its text for the page that calls it to set at its foot', async () => {
    const html = await paged();
    expect(html).toMatch(/<a class="footnote-call" href="#note-1" data-note="1">1<\/a>/);
    expect(html).toMatch(/<div class="footnote" id="note-1" data-number="1"><span class="footnote-marker">1<\/span> /);
    expect(html).not.toContain('<section class="notes"');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; the summit records');
  });
});
