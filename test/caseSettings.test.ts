import { writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { unzipText } from './support/documentReaders';
import { serviceWithCase } from './support/exportFixture';
import { type TempService, tempService } from './support/tempService';

let t: TempService;
afterEach(() => t.dispose());

describe('the case\'s "passim" threshold', () => {
  beforeEach(async () => {
    t = tempService();
    await t.api['case-create']({ path: t.path('case.casewright') });
  });

  it('is five in a new case, is kept in the case file, and is one undoable step', async () => {
    expect((await t.api['case-get']({})).passimThreshold).toBe(5);
    await t.api['case-update']({ passimThreshold: 3 });
    await t.api['case-close']({});
    await t.api['case-open']({ path: t.path('case.casewright') });
    expect((await t.api['case-get']({})).passimThreshold).toBe(3);

    await t.api['case-update']({ passimThreshold: 8 });
    await t.api['history-undo']({});
    expect((await t.api['case-get']({})).passimThreshold).toBe(3);
  });

  it.each([1, 0, 2.5, 101, -3, '5', null])('refuses %j with a clear message and changes nothing', async (value) => {
    await t.api['case-update']({ passimThreshold: 4 });
    await expect(t.api['case-update']({ passimThreshold: value as number })).rejects.toThrow(
      /"passim" threshold is a whole number of citing places from 2 to 100/,
    );
    expect((await t.api['case-get']({})).passimThreshold).toBe(4);
  });

  it('is refused beside a field the case does not have, naming that field, and nothing changes', async () => {
    await expect(t.api['case-update']({ passimThreshold: 3, passim: 3 } as never)).rejects.toThrow(
      /unknown field "passim"/,
    );
    expect((await t.api['case-get']({})).passimThreshold).toBe(5);
  });

  it('travels with the casewright/1 document, and a blank case takes it on import', async () => {
    await t.api['case-update']({ title: 'Pulp Mills', passimThreshold: 7 });
    const exported = await t.api['interchange-export']({});
    expect(exported.case?.passimThreshold).toBe(7);

    await t.api['case-create']({ path: t.path('other.casewright') });
    await t.api['interchange-import']({ document: JSON.stringify(exported), source: 'pulp-mills.json' });
    expect((await t.api['case-get']({})).passimThreshold).toBe(7);
  });

  it('refuses a document whose threshold is not a whole number, naming the field', async () => {
    const document = JSON.stringify({ format: 'casewright', version: 1, case: { passimThreshold: 'often' } });
    await expect(t.api['interchange-import']({ document, source: 'bad.json' })).rejects.toThrow(/passimThreshold/);
    expect((await t.api['case-get']({})).passimThreshold).toBe(5);
  });
});

describe('the DOCX Index of Authorities follows the threshold', () => {
  // The index lists the pages that cite an authority (as the PDF does), so "passim" counts citing pages.
  const passimEntries = async (threshold: number) => {
    await t.api['case-update']({ passimThreshold: threshold });
    const result = await t.api['export-document']({ format: 'docx', layout: 'memorial', date: '2026-03-01' });
    const path = t.path(`memorial-${threshold}.docx`);
    writeFileSync(path, Buffer.from(result.base64!, 'base64'));
    return (unzipText(path, 'word/document.xml').match(/<w:t[^>]*>passim<\/w:t>/g) ?? []).length;
  };

  it('writes "passim" from as many citing pages as the case says', async () => {
    t = await serviceWithCase();
    const [two, three, five] = [await passimEntries(2), await passimEntries(3), await passimEntries(5)];
    expect(two).toBeGreaterThan(three);
    expect(three).toBeGreaterThanOrEqual(five);
    expect(await passimEntries(100)).toBe(0);
  });
});

describe("the case's word limits", () => {
  it('are kept with the case and count against each part of every export that sets none itself', async () => {
    t = await serviceWithCase();
    expect((await t.api['case-get']({})).wordLimits).toEqual({});
    await t.api['case-update']({ wordLimits: { pleadings: 100, facts: 5000 } });
    await t.api['case-close']({});
    await t.api['case-open']({ path: t.path('case.casewright') });
    expect((await t.api['case-get']({})).wordLimits).toEqual({ pleadings: 100, facts: 5000 });

    const checked = await t.api['export-check']({ layout: 'memorial' });
    const pleadings = checked.wordCounts.find((count) => count.part === 'pleadings')!;
    expect(pleadings.limit).toBe(100);
    expect(checked.warnings.map((warning) => warning.part)).toEqual(['pleadings']);

    const ownLimits = await t.api['export-check']({ layout: 'memorial', wordLimits: { facts: 1 } });
    expect(ownLimits.wordCounts.find((count) => count.part === 'pleadings')!.limit).toBeNull();
    expect(ownLimits.warnings.map((warning) => warning.part)).toEqual(['facts']);
  });

  it('refuses a limit that is not a whole number of words, or a part no layout has, and changes nothing', async () => {
    t = await serviceWithCase();
    await t.api['case-update']({ wordLimits: { pleadings: 9000 } });
    await expect(t.api['case-update']({ wordLimits: { pleadings: 0 } })).rejects.toThrow(/at least one word/);
    await expect(t.api['case-update']({ wordLimits: { pleadings: 10.5 } })).rejects.toThrow(/whole number of words/);
    await expect(t.api['case-update']({ wordLimits: { appendix: 10 } as never })).rejects.toThrow(/wordLimits/);
    expect((await t.api['case-get']({})).wordLimits).toEqual({ pleadings: 9000 });
  });
});
