import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium } from '../../app/export/printPdf';
import { serviceWithCase } from '../support/exportFixture';
import type { TempService } from '../support/tempService';

let chromium: string | undefined;
try {
  chromium = findChromium();
} catch {}

let temp: TempService;
beforeAll(async () => {
  temp = await serviceWithCase();
});
afterAll(() => temp.dispose());

describe.skipIf(chromium === undefined)('the PDF export', () => {
  it('prints the memorial with Chromium: a PDF whose text has every part', async () => {
    const result = await temp.api['export-document']({ format: 'pdf', layout: 'memorial' });
    const bytes = Buffer.from(result.base64!, 'base64');
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const path = temp.path('memorial.pdf');
    writeFileSync(path, bytes);
    const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
    let from = 0;
    for (const heading of [
      'Memorial for the Applicant',
      'Table of Contents',
      'Index of Authorities',
      'Statement of Jurisdiction',
      'Questions Presented',
      'Statement of Facts',
      'Summary of Pleadings',
      'Pleadings',
      'Prayer for Relief',
      'Word count of the pleadings',
    ]) {
      const at = text.indexOf(heading, from);
      expect(at, heading).toBeGreaterThanOrEqual(from);
      from = at;
    }
    expect(text).toContain('<img src=x onerror=alert(1)> & the summit records');
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))![1]);
    expect(pages).toBeGreaterThan(8);
  });
});

describe('finding Chromium', () => {
  it('names the missing program and how to get it', () => {
    expect(() => findChromium({ CASEWRIGHT_CHROMIUM: '/nowhere/chromium' })).toThrow(
      expect.objectContaining({ code: 'io', message: expect.stringContaining('/nowhere/chromium') }),
    );
  });
});
