import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CaseService } from '../app/api/service';
import { REQUIRED_IDS } from './support/templateFiles';
import { type TempService, tempService } from './support/tempService';

const BUILT_IN = REQUIRED_IDS;

let t: TempService;
beforeEach(() => {
  t = tempService();
});
afterEach(() => t.dispose());

describe('templates', () => {
  it('lists every built-in template with a title and a one-line description, and no problems', async () => {
    const { templates, problems } = await t.api['templates-list']({});
    expect(problems).toEqual([]);
    expect(templates.map((template) => template.id)).toEqual(expect.arrayContaining(BUILT_IN));
    for (const template of templates) {
      expect(template.title.length).toBeGreaterThan(5);
      expect(template.description).not.toContain('\n');
      expect(template.description.length).toBeGreaterThan(20);
    }
  });

  it.each(BUILT_IN)(
    '%s instantiates with the parties filled in, no placeholder left, every citation resolved and no error in the gap report',
    async (id) => {
      await t.api['case-create']({
        path: t.path(`${id}.casewright`),
        templateId: id,
        applicant: 'Republic of Korea',
        respondent: 'Russian Federation',
      });
      const document = await t.api['interchange-export']({});
      const text = JSON.stringify(document);
      expect(text).not.toContain('{{');
      expect(document.case).toMatchObject({ applicant: 'Republic of Korea', respondent: 'Russian Federation' });
      expect(document.nodes!.length).toBeGreaterThan(0);
      const { findings } = await t.api['evaluation-get']({});
      expect(findings.filter((finding) => finding.rule === 'citation-missing-authority')).toEqual([]);
      expect(findings.filter((finding) => finding.rule === 'rule-without-authority')).toEqual([]);
      expect(findings.filter((finding) => finding.rule === 'empty-title')).toEqual([]);
      expect(findings.filter((finding) => finding.rule === 'authority-unused')).toEqual([]);
      expect(findings.filter((finding) => finding.severity === 'error')).toEqual([]);
    },
  );

  it('makes the sample case: at least 40 nodes and 12 authorities, every kind, the pact signed on 19 June 2024', async () => {
    await t.api['case-open-sample']({});
    const rows = await t.api['outline-get']({});
    expect(rows.length).toBeGreaterThanOrEqual(40);
    expect(new Set(rows.map((row) => row.kind))).toEqual(
      new Set(['issue', 'claim', 'rule', 'evidence', 'counter', 'response', 'note', 'question']),
    );
    expect((await t.api['authorities-list']({})).length).toBeGreaterThanOrEqual(12);
    expect(JSON.stringify(await t.api['interchange-export']({}))).toContain('19 June 2024');
    const info = await t.api['case-get']({});
    expect(info).toMatchObject({ applicant: 'Republic of Korea', respondent: 'Russian Federation' });
    await t.api['case-open-sample']({});
    expect((await t.api['outline-get']({})).length).toBe(rows.length);
  });

  it('makes the sample case with its own parties, Republic of Korea v Russian Federation, unless others are given', async () => {
    await t.api['case-create']({ path: t.path('pact.casewright'), templateId: 'russia-dprk-pact-2024' });
    const info = await t.api['case-get']({});
    expect(info).toMatchObject({ applicant: 'Republic of Korea', respondent: 'Russian Federation' });
    expect(info.title).toMatch(/\(Republic of Korea v Russian Federation\)$/);
    const text = JSON.stringify(await t.api['interchange-export']({}));
    expect(text).not.toContain('{{');
    expect(text).not.toMatch(/Applicant v Respondent/);

    await t.api['case-create']({
      path: t.path('other.casewright'),
      templateId: 'russia-dprk-pact-2024',
      applicant: 'Japan',
      respondent: 'Russian Federation',
    });
    const other = await t.api['case-get']({});
    expect(other).toMatchObject({ applicant: 'Japan', respondent: 'Russian Federation' });
    expect(other.title).toMatch(/\(Japan v Russian Federation\)$/);

    await t.api['case-create']({ path: t.path('generic.casewright'), templateId: 'icj-proceedings' });
    expect(await t.api['case-get']({})).toMatchObject({ applicant: 'Applicant', respondent: 'Respondent' });
  });

  it('fills the parties as running text needs them, and bare in the case name', async () => {
    await t.api['case-create']({
      path: t.path('named.casewright'),
      templateId: 'unsc-sanctions-breach',
      applicant: 'Republic of Korea',
      respondent: 'Russian Federation',
    });
    let titles = (await t.api['outline-get']({})).map((row) => row.title);
    expect(titles).toContainEqual(expect.stringMatching(/^Whether the Russian Federation breached the measures/));
    expect(titles).toContainEqual(expect.stringMatching(/^The Russian Federation’s conduct falls within/));
    expect((await t.api['case-get']({})).title).toMatch(/\(Republic of Korea v Russian Federation\)$/);

    await t.api['case-create']({ path: t.path('generic.casewright'), templateId: 'unsc-sanctions-breach' });
    titles = (await t.api['outline-get']({})).map((row) => row.title);
    expect(titles).toContainEqual(expect.stringMatching(/^Whether the Respondent breached the measures/));
    expect(titles.join('\n')).not.toMatch(/\b(Whether|by|of|to) (Applicant|Respondent)\b/);
    expect((await t.api['case-get']({})).title).toMatch(/\(Applicant v Respondent\)$/);
  });

  it('exports the sample case as a memorial whose citations are in OSCOLA form, read back from the DOCX by pandoc', async () => {
    await t.api['case-create']({ path: t.path('pact.casewright'), templateId: 'russia-dprk-pact-2024' });
    const result = await t.api['export-document']({ format: 'docx', layout: 'memorial' });
    const file = t.path('memorial.docx');
    writeFileSync(file, Buffer.from(result.base64!, 'base64'));
    const text = execFileSync('pandoc', ['-f', 'docx', '-t', 'plain', '--wrap=none', file], { encoding: 'utf8' });
    // The review's citation form (its section 4): the Statute as adopted and in force, UN documents with their
    // symbols, web pages with their address and date of access, the Rules of Court without quotation marks, the
    // ILC commentary by its Yearbook page and paragraph.
    for (const form of [
      'Statute of the International Court of Justice (adopted 26 June 1945, entered into force 24 October 1945) 33 UNTS 993',
      '(7 March 2024) UN Doc S/2024/215',
      '<https://www.icj-cij.org/declarations> accessed 1 December 2026',
      'Rules of Court of the International Court of Justice (adopted 14 April 1978, entered into force 1 July 1978, as amended), art 38(5)',
      '[2001] YBILC vol II pt 2, 31, 66, commentary to art 16',
      '(ICJ, 2 February 2024) General List No 182, paras 131–48',
    ]) {
      expect(text).toContain(form);
    }
    expect(text).not.toMatch(/‘Rules of Court/);
    expect(text).not.toContain('annexed to the Charter');
    const jurisdiction = /Statement of Jurisdiction\s+([^\n]+)/.exec(
      text.slice(text.lastIndexOf('Statement of Jurisdiction')),
    );
    expect(jurisdiction?.[1]).toMatch(/Article 38\(5\) of the Rules of Court/);
    const relief = text.slice(text.lastIndexOf('Prayer for Relief'));
    expect(relief).toMatch(/must cease those breaches/);
    expect(relief).toMatch(/Article I of the NPT/);
  });

  it('saves a case and a subtree as templates of the user, lists them beside the built-in ones, and deletes them', async () => {
    await t.api['case-create']({
      path: t.path('mine.casewright'),
      templateId: 'npt-contravention',
      applicant: 'A',
      respondent: 'B',
    });
    const rows = await t.api['outline-get']({});
    await t.api['templates-save']({ id: 'my-npt', title: 'My NPT case', description: 'Mine' });
    const issue = rows.find((row) => row.kind === 'issue')!;
    await t.api['templates-save']({ id: 'one-issue', title: 'One issue', nodeId: issue.id });
    const listed = (await t.api['templates-list']({})).templates;
    expect(listed.filter((template) => template.source === 'user').map((template) => template.id)).toEqual([
      'my-npt',
      'one-issue',
    ]);

    await t.api['case-create']({ path: t.path('again.casewright'), templateId: 'my-npt' });
    expect((await t.api['outline-get']({})).map((row) => row.title)).toEqual(rows.map((row) => row.title));
    await t.api['case-create']({ path: t.path('subtree.casewright'), templateId: 'one-issue' });
    const subtree = await t.api['outline-get']({});
    expect(subtree[0]!.title).toBe(issue.title);
    expect(subtree.every((row) => row.depth >= 0)).toBe(true);
    expect(
      (await t.api['evaluation-get']({})).findings.filter((finding) => finding.rule === 'citation-missing-authority'),
    ).toEqual([]);

    await expect(t.api['templates-save']({ id: 'npt-contravention', title: 'Clash' })).rejects.toThrow(/built-in/);
    await expect(t.api['templates-delete']({ id: 'legal-memo' })).rejects.toThrow(/cannot be deleted/);
    await t.api['templates-delete']({ id: 'my-npt' });
    expect((await t.api['templates-list']({})).templates.map((template) => template.id)).not.toContain('my-npt');
  });

  it('reports a bad template with its file and JSON path, and never lists it', async () => {
    const folder = join(t.folder, 'built-in');
    mkdirSync(folder);
    writeFileSync(
      join(folder, 'broken.json'),
      JSON.stringify({
        format: 'casewright',
        version: 1,
        template: { id: 'broken', title: 'Broken', description: 'x' },
        nodes: [{ kind: 'claim', title: 'C', weight: 'heavy' }],
      }),
    );
    writeFileSync(
      join(folder, 'fine.json'),
      JSON.stringify({ format: 'casewright', version: 1, template: { id: 'fine', title: 'Fine', description: 'ok' } }),
    );
    const service = new CaseService({ dataFolder: t.dataFolder, templatesFolder: folder });
    const { templates, problems } = await service.client()['templates-list']({});
    expect(templates.map((template) => template.id)).toEqual(['fine']);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.file).toMatch(/broken\.json$/);
    expect(problems[0]!.message).toMatch(/nodes\[0\]\.weight/);
    await expect(
      service.client()['case-create']({ path: t.path('x.casewright'), templateId: 'broken' }),
    ).rejects.toThrow(/nodes\[0\]\.weight/);
    service.close();
  });
});
