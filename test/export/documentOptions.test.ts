import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pandocJson, pandocNotes } from '../support/documentReaders';
import { serviceWithCase } from '../support/exportFixture';
import type { TempService } from '../support/tempService';

let temp: TempService;
beforeEach(async () => {
  temp = await serviceWithCase();
});
afterEach(() => temp.dispose());

const markdown = async (input: Partial<Parameters<TempService['api']['export-document']>[0]> = {}) =>
  (await temp.api['export-document']({ format: 'md', layout: 'memorial', ...input })).text!;

describe('whose document it is', () => {
  it('pleads the applicant by default, with the objections as "It may be argued that …" and their answers', async () => {
    const text = await markdown();
    expect(text).toContain('**Memorial for the Applicant**');
    expect(text).toContain('### B. The Respondent procured arms from the DPRK');
    expect(text).toContain('It may be argued that the transfers were lawful collective self-defence under Article 51.');
    expect(text).toContain('**However, Charter obligations prevail over the Pact.**');
  });

  it("pleads the respondent when asked: its objections become its headings, the applicant's claims the other side's argument", async () => {
    const text = await markdown({ side: 'respondent' });
    expect(text).toContain('**Memorial for the Respondent**');
    expect(text).toContain('It may be argued that the Respondent procured arms from the DPRK.');
    expect(text).toContain('### A. The transfers were lawful collective self-defence under Article 51');
    expect(text).toContain('It may be replied that Charter obligations prevail over the Pact.');
    expect(text).toContain('The Russian Federation, the Respondent, appears before the International Court of Justice');
  });

  it('names a party once when the case calls it only "Applicant", as a new case from a generic template does', async () => {
    await temp.api['case-update']({ applicant: 'Applicant' });
    const text = await markdown();
    expect(text).toContain('The Applicant submits this dispute to the International Court of Justice.');
    expect(text).toContain('For these reasons, the Applicant respectfully requests');
    expect(text).not.toContain('Applicant, the Applicant');
  });

  it("takes the applicant for a case of both sides, and each node's own side", async () => {
    await temp.api['case-update']({ side: 'both' });
    const issue = (await temp.api['outline-get']({})).find(
      (row) => row.kind === 'issue' && row.title.includes('aided'),
    )!;
    await temp.api['nodes-add']({
      parentId: issue.id,
      kind: 'claim',
      side: 'respondent',
      title: 'The Respondent had no knowledge',
    });
    const applicant = await markdown();
    expect(applicant).toContain('It may be argued that the Respondent had no knowledge.');
    const respondent = await markdown({ side: 'respondent' });
    expect(respondent).toMatch(/### [A-Z]\. The Respondent had no knowledge/);
  });
});

describe('sentences made from titles', () => {
  it('lower-cases a word the case writes in lower case after "However, ", keeps names, and never doubles a stop', async () => {
    const issue = (await temp.api['outline-get']({})).find((row) => row.kind === 'issue')!;
    const claim = await temp.api['nodes-add']({
      parentId: issue.id,
      kind: 'claim',
      side: 'applicant',
      title: 'The Council acted within its primary responsibility,',
    });
    const counter = await temp.api['nodes-add']({
      parentId: claim.id,
      kind: 'counter',
      side: 'respondent',
      title: 'The matter is for the Security Council alone',
    });
    await temp.api['nodes-add']({
      parentId: counter.id,
      kind: 'response',
      side: 'applicant',
      title: 'Primary responsibility is not exclusive',
    });
    const text = await markdown();
    expect(text).toContain('**However, primary responsibility is not exclusive.**');
    expect(text).toContain('**However, Charter obligations prevail over the Pact.**');
    expect(text).toContain('The Council acted within its primary responsibility.');
    expect(text).not.toMatch(/responsibility,\./);
  });
});

describe('export options', () => {
  it('leaves drafting notes out unless asked', async () => {
    expect(await markdown()).not.toContain('Check the Panel report');
    expect(await markdown({ includeNotes: true })).toContain("Note: Check the Panel report's paragraph numbers.");
  });

  it('reports each part over its word limit, and the count of the pleadings in the closing line', async () => {
    const checked = await temp.api['export-check']({ layout: 'memorial', wordLimits: { pleadings: 100, facts: 5000 } });
    const pleadings = checked.wordCounts.find((count) => count.part === 'pleadings')!;
    expect(pleadings.limit).toBe(100);
    expect(checked.warnings).toEqual([
      {
        code: 'word-limit',
        part: 'pleadings',
        message: `Pleadings: ${pleadings.words} words, over the limit of 100 by ${pleadings.words - 100}.`,
      },
    ]);
    const exported = await temp.api['export-document']({
      format: 'md',
      layout: 'memorial',
      wordLimits: { pleadings: 100 },
    });
    expect(exported.warnings).toEqual(checked.warnings);
    expect(exported.text).toContain(`Word count of the pleadings: ${pleadings.words}`);
    const words = exported.text!.split('# Pleadings')[1]!.split('# Prayer for Relief')[0]!;
    const counted = words
      .replace(/\{#[^}]*\}|\[\^\d+\]|\*|^#+ [IVX]+\.|^#+ [A-Z]\.|^#+ \d+\.|^#+ \([a-z]\)/gm, '')
      .match(/[\p{L}\p{N}][\p{L}\p{N}'’.\-/]*/gu)!;
    expect(Math.abs(counted.length - pleadings.words)).toBeLessThanOrEqual(2);
  });

  it("splits the outline's minutes by the size of each issue", async () => {
    const text = await markdown({ layout: 'outline', minutes: 30 });
    const minutes = [...text.split('# Argument')[1]!.matchAll(/\*\*[IVX]+\. [^*]+\*\* \((\d+) min\)/g)].map((match) =>
      Number(match[1]),
    );
    expect(minutes.reduce((sum, value) => sum + value, 0)).toBe(30);
    expect(minutes[1]).toBeGreaterThan(minutes[2]!);
  });

  it('cites in Bluebook with Id. and supra when the case uses it', async () => {
    await temp.api['case-update']({ citationStyle: 'bluebook' });
    const text = await markdown();
    const notes = pandocNotes(pandocJson({ text }, 'markdown')).map((note) => note.text);
    expect(notes).toContain('Id. ¶ 35.');
    expect(notes.some((note) => /supra note \d+/.test(note))).toBe(true);
    expect(text).toContain('**Republic of Korea v. Russian Federation**');
    expect(text).toMatch(/ --- notes \d+, \d+/);
  });

  it("puts a citation's signal into its footnote, and the footnote after the punctuation", async () => {
    const added = await temp.api['nodes-add']({
      parentId: null,
      kind: 'rule',
      title: 'Self-defence',
      text: 'Force is prohibited [@charter, art 2(4)], save in self-defence (see [@charter, art 51]). See [@nicaragua, para 193]; cf [@namibia, para 114].',
    });
    const text = await markdown({ layout: 'memo' });
    const [, first, second, third] =
      /\*\*Self-defence\.\*\* Force is prohibited,\[\^(\d+)\] save in self-defence\.\[\^(\d+)\]\^,\^\[\^(\d+)\]\n/.exec(
        text,
      )!;
    const notes = pandocNotes(pandocJson({ text }, 'markdown')).map((note) => note.text);
    const charter = notes.findIndex((note) => note.startsWith('Charter of the United Nations')) + 1;
    const nicaragua = notes.findIndex((note) => note.includes('Nicaragua (Nicaragua v United States')) + 1;
    const namibia = notes.findIndex((note) => note.startsWith('Legal Consequences for States')) + 1;
    expect(notes[Number(first) - 1]).toBe(`UN Charter (n ${charter}) art 2(4).`);
    expect(notes[Number(second) - 1]).toBe('See ibid art 51.');
    expect(notes[Number(third) - 1]).toBe(
      `See Nicaragua (n ${nicaragua}) para 193; cf Namibia (n ${namibia}) para 114.`,
    );
    expect(added.citations).toHaveLength(4);
  });

  it('reports its progress while it runs and when it is done', async () => {
    expect(await temp.api['export-progress']({})).toEqual({ active: false, fraction: 0, stage: 'Idle' });
    const running = temp.api['export-document']({ format: 'docx', layout: 'memorial' });
    const during = await temp.api['export-progress']({});
    expect(during.active).toBe(true);
    expect(during.fraction).toBeLessThan(1);
    await running;
    expect(await temp.api['export-progress']({})).toEqual({ active: false, fraction: 1, stage: 'Done' });
  });

  it('refuses a word limit for a part that does not exist, and a bad layout', async () => {
    await expect(
      temp.api['export-document']({ format: 'md', layout: 'memorial', wordLimits: { appendix: 10 } as never }),
    ).rejects.toThrow(/wordLimits/);
    await expect(temp.api['export-document']({ format: 'md', layout: 'brief' as never })).rejects.toThrow(/layout/);
  });
});

describe('the sample case', () => {
  const sample = resolve(import.meta.dirname, '../../templates/russia-dprk-pact-2024.json');
  let exists = false;
  try {
    exists = readFileSync(sample).length > 0;
  } catch {}
  it.skipIf(!exists)('exports as a memorial with one footnote per citation', async () => {
    const sampleCase = await serviceWithCase(sample);
    try {
      const result = await sampleCase.api['export-document']({ format: 'md', layout: 'memorial' });
      const notes = pandocNotes(pandocJson({ text: result.text! }, 'markdown'));
      expect(notes).toHaveLength(result.footnotes);
      expect(result.text).toContain('# Pleadings');
      // The States are named as a submission names them in running text, with the article the case name omits.
      expect(result.text).toContain('Republic of Korea v Russian Federation');
      expect(result.text).toContain('The Republic of Korea, the Applicant, submits this dispute');
      expect(result.text).toContain('For these reasons, the Republic of Korea, the Applicant, respectfully requests');
    } finally {
      sampleCase.dispose();
    }
  });
});
