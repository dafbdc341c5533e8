import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type TempService, tempService } from '../support/tempService';

let t: TempService;
beforeEach(async () => {
  t = tempService();
  await t.api['case-create']({ path: t.path('case.casewright') });
});
afterEach(() => t.dispose());

/** A small memo's case, a version of it, then edits of words, a new cited node and a removed one. */
async function editedCase() {
  await t.api['case-update']({ title: 'Testland v Otherland', applicant: 'Testland', respondent: 'Otherland' });
  await t.api['authorities-add']({
    key: 'res1718',
    type: 'un_document',
    short: 'SC Res 1718',
    csl: { type: 'legislation', title: 'Resolution 1718 (2006)', number: 'S/RES/1718' },
  });
  await t.api['authorities-add']({
    key: 'res2270',
    type: 'un_document',
    short: 'SC Res 2270',
    csl: { type: 'legislation', title: 'Resolution 2270 (2016)', number: 'S/RES/2270' },
  });
  const issue = await t.api['nodes-add']({ parentId: null, kind: 'issue', title: 'Breach of the arms embargo' });
  const claim = await t.api['nodes-add']({ parentId: issue.id, kind: 'claim', title: 'The transfer is unlawful' });
  const rule = await t.api['nodes-add']({
    parentId: claim.id,
    kind: 'rule',
    title: 'The embargo',
    text: 'All States shall prevent the supply of arms [@res1718, para 8].',
  });
  const doomed = await t.api['nodes-add']({
    parentId: claim.id,
    kind: 'rule',
    title: 'An old argument',
    text: 'This argument was withdrawn.',
  });
  await t.api['versions-save']({ name: 'Draft sent to coach' });
  await t.api['nodes-update']({
    id: rule.id,
    body: {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'All States shall prevent the direct supply of arms' },
            { type: 'citation', attrs: { key: 'res1718', pinpoint: 'para 8' } },
            { type: 'text', text: '.' },
          ],
        },
      ],
    },
  });
  await t.api['nodes-delete']({ id: doomed.id });
  await t.api['nodes-add']({
    parentId: claim.id,
    kind: 'rule',
    title: 'The 2016 resolution',
    text: 'The ban extends to small arms [@res2270, para 6].',
  });
}

function pandocMarkdown(base64: string): string {
  const path = t.path('redline.docx');
  writeFileSync(path, Buffer.from(base64, 'base64'));
  return execFileSync('pandoc', ['--track-changes=all', '-f', 'docx', '-t', 'markdown', '--wrap=none', path], {
    encoding: 'utf8',
  });
}

describe('the redline export', () => {
  it('writes the changes since a version as Word tracked changes with an author and a date, footnotes included', async () => {
    await editedCase();
    const result = await t.api['export-document']({
      format: 'docx',
      layout: 'memo',
      changesSince: 'Draft sent to coach',
      revisionAuthor: 'Coach Reader',
    });
    const markdown = pandocMarkdown(result.base64!);
    const insertion = /\[([^\]]*)\]\{\.insertion author="Coach Reader" date="\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ"\}/g;
    const deletion = /\[([^\]]*)\]\{\.deletion author="Coach Reader" date="\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ"\}/g;
    const inserted = [...markdown.matchAll(insertion)].map((match) => match[1]).join('|');
    const deleted = [...markdown.matchAll(deletion)].map((match) => match[1]).join('|');
    expect(inserted).toContain('direct');
    expect(inserted).toContain('The ban extends to small arms');
    expect(inserted).toContain('Res 2270 UN Doc S/RES/2270, para 6');
    expect(deleted).toContain('This argument was withdrawn.');
    expect(markdown).toContain('All States shall prevent the');
    expect(deleted).not.toContain('All States');
  });

  it('marks the changes in colour in HTML and PDF, and leaves an export without a version unmarked', async () => {
    await editedCase();
    const html = await t.api['export-document']({ format: 'html', layout: 'memo', changesSince: 1 });
    expect(html.text).toMatch(/<ins>direct <\/ins>/);
    expect(html.text).toMatch(/<del>This argument was withdrawn\.<\/del>/);
    expect(html.text).toMatch(/ins \{ color: #1a5fb4/);
    const plain = await t.api['export-document']({ format: 'html', layout: 'memo' });
    expect(plain.text).not.toMatch(/<ins>|<del>/);
    await expect(t.api['export-document']({ format: 'docx', layout: 'memo', changesTo: 1 })).rejects.toThrow(
      /changesTo needs changesSince/,
    );
    await expect(t.api['export-document']({ format: 'docx', layout: 'memo', changesSince: 'v9' })).rejects.toThrow(
      /no version named “v9”/,
    );
  });
});
