import { DOMParser } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureCitations, serviceWithCase } from '../support/exportFixture';
import type { TempService } from '../support/tempService';

let temp: TempService;
beforeAll(async () => {
  temp = await serviceWithCase();
});
afterAll(() => temp.dispose());

async function exportHtml(input: Partial<Parameters<TempService['api']['export-document']>[0]> = {}) {
  const result = await temp.api['export-document']({ format: 'html', layout: 'memorial', ...input });
  const document = new DOMParser().parseFromString(result.text!, 'text/html');
  return { result, document };
}

describe('the HTML export', () => {
  it('is one standalone file with a strict CSP and no script, handler or javascript: URL', async () => {
    const { result, document } = await exportHtml();
    expect(result.text!.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(document.querySelectorAll('script, iframe, object, embed, link, img')).toHaveLength(0);
    const csp = document.querySelector('meta[http-equiv="Content-Security-Policy"]');
    expect(csp?.getAttribute('content')).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src data:");
    expect(document.querySelectorAll('style')).toHaveLength(1);
    for (const element of document.querySelectorAll('*')) {
      for (const attribute of element.attributes) expect(attribute.name.startsWith('on'), attribute.name).toBe(false);
    }
    for (const link of document.querySelectorAll('a')) {
      expect(link.getAttribute('href')).toMatch(/^(#[\w-]+|https?:\/\/|mailto:)/);
    }
  });

  it('has the memorial parts as headings in order and the argument numbered below them', async () => {
    const { document } = await exportHtml();
    const parts = [...document.querySelectorAll('h1')].map((heading) => heading.textContent);
    expect(parts).toEqual([
      'Table of Contents',
      'Index of Authorities',
      'Statement of Jurisdiction',
      'Questions Presented',
      'Statement of Facts',
      'Summary of Pleadings',
      'Pleadings',
      'Prayer for Relief',
    ]);
    expect([...document.querySelectorAll('h2')].map((heading) => heading.textContent)).toEqual([
      'I. Whether the Court has jurisdiction over the dispute',
      'II. Whether the Respondent breached Security Council resolution 1718 (2006)',
      "III. Whether the Respondent aided or assisted the DPRK's wrongful acts",
    ]);
    expect(document.querySelector('h5')?.textContent).toBe('(a) State organs arranged the shipments');
    expect(document.querySelector('.part-cover')?.textContent).toContain('Memorial for the Applicant');
    expect(document.querySelector('.part-relief')?.textContent).toMatch(/Word count of the pleadings: \d+/);
  });

  it('links every citation to its endnote, with italics where the style puts them', async () => {
    const { document, result } = await exportHtml();
    const references = [...document.querySelectorAll('sup.note-ref a')];
    expect(references).toHaveLength(fixtureCitations().length - 1 + 5);
    expect(references).toHaveLength(result.footnotes);
    for (const [index, reference] of references.entries()) {
      expect(reference.getAttribute('href')).toBe(`#note-${index + 1}`);
      expect(document.getElementById(`note-${index + 1}`)).not.toBeNull();
    }
    const notes = [...document.querySelectorAll('section.notes li')];
    expect(notes.find((note) => note.textContent.includes('Monetary Gold'))?.querySelector('em')?.textContent).toBe(
      'Monetary Gold Removed from Rome in 1943 (Italy v France, United Kingdom and United States)',
    );
    const toa = [...document.querySelectorAll('ul.toa li')];
    expect(toa).toHaveLength(new Set(fixtureCitations().map((citation) => citation.key)).size);
  });

  it('shows a hostile title as its characters', async () => {
    const { document, result } = await exportHtml();
    expect(result.text).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; the summit records');
    expect(document.querySelector('.part-facts')?.textContent).toContain(
      '<img src=x onerror=alert(1)> & the summit records.',
    );
  });

  it('gives page breaks before the major parts in print', async () => {
    const { document, result } = await exportHtml();
    expect(result.text).toMatch(/@page \{ size: A4;/);
    expect(result.text).toContain('.page-break { break-before: page; }');
    expect(document.querySelector('.part-pleadings')?.getAttribute('class')).toContain('page-break');
    expect(document.querySelector('.part-cover')?.getAttribute('class')).not.toContain('page-break');
  });
});
