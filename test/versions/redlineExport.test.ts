import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { markdownToBody } from '../../app/body/markdownToBody';
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
    text: 'All States shall prevent the supply of arms, ammunition and materiel [@res1718, para 8].',
  });
  const panel = await t.api['nodes-add']({
    parentId: claim.id,
    kind: 'evidence',
    title: 'The Panel of Experts report',
    text: 'The Panel reported the transfer [@res1718, para 9].',
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
            { type: 'text', text: 'All States shall prevent the direct supply of arms; ammunition and materiel' },
            { type: 'citation', attrs: { key: 'res1718', pinpoint: 'para 8' } },
            { type: 'text', text: '.' },
          ],
        },
      ],
    },
  });
  await t.api['nodes-update']({
    id: panel.id,
    body: markdownToBody('The Panel reported the transfer [@res1718, para 10].'),
  });
  await t.api['nodes-update']({ id: claim.id, title: 'The transfer is unlawful under Resolution 1718' });
  await t.api['nodes-delete']({ id: doomed.id });
  await t.api['nodes-add']({
    parentId: claim.id,
    kind: 'rule',
    title: 'The 2016 resolution',
    text: 'The ban extends to small arms [@res2270, para 6].',
  });
}

function pandocMarkdown(base64: string, name = 'redline.docx'): string {
  const path = t.path(name);
  writeFileSync(path, Buffer.from(base64, 'base64'));
  return execFileSync('pandoc', ['--track-changes=all', '-f', 'docx', '-t', 'markdown', '--wrap=none', path], {
    encoding: 'utf8',
  });
}

/** The insertions and deletions pandoc reads in a redline, each with its author (a date checked on each). */
function trackedChanges(markdown: string, author = 'Coach Reader'): { inserted: string[]; deleted: string[] } {
  const spans = (kind: 'insertion' | 'deletion') =>
    [
      ...markdown.matchAll(
        new RegExp(String.raw`\[((?:[^\[\]]|\[\^\d+\])*)\]\{\.${kind} author="([^"]*)" date="([^"]*)"\}`, 'g'),
      ),
    ].map((match) => {
      expect(match[2], `${kind} of “${match[1]}”`).toBe(author);
      expect(match[3]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
      return match[1]!;
    });
  return { inserted: spans('insertion'), deleted: spans('deletion') };
}

/** A footnote's text as pandoc reads it, by the words it holds. */
const footnote = (markdown: string, words: RegExp) =>
  markdown.split('\n').find((line) => /^\[\^\d+\]: /.test(line) && words.test(line)) ?? '';

async function redline(layout: 'memo' | 'memorial' | 'outline') {
  const result = await t.api['export-document']({
    format: 'docx',
    layout,
    changesSince: 'Draft sent to coach',
    revisionAuthor: 'Coach Reader',
  });
  return { base64: result.base64!, markdown: pandocMarkdown(result.base64!, `${layout}.docx`) };
}

describe('the redline export', () => {
  it('writes the changes since a version as Word tracked changes with an author and a date, footnotes included', async () => {
    await editedCase();
    const { markdown } = await redline('memo');
    const { inserted, deleted } = trackedChanges(markdown);
    expect(inserted).toContain('direct');
    expect(inserted.join('|')).toContain('The ban extends to small arms');
    expect(deleted).toContain('**An old argument.** This argument was withdrawn.');
    expect(markdown).toContain('All States shall prevent the');
    expect(deleted.join('|')).not.toContain('All States');
  });

  it('keeps punctuation apart from the words beside it: a comma changed is marked, not its word', async () => {
    await editedCase();
    const { markdown } = await redline('memo');
    const { inserted, deleted } = trackedChanges(markdown);
    expect(deleted).toContain(',');
    expect(inserted).toContain(';');
    expect([...inserted, ...deleted]).not.toContain('arms,');
    expect([...inserted, ...deleted]).not.toContain('arms;');
    expect(markdown).toMatch(/supply of arms\[,\]\{\.deletion[^}]*\}\[;\]\{\.insertion[^}]*\} ammunition and materiel/);
  });

  it('tracks a change inside a footnote in the footnote, and an added footnote with its call', async () => {
    await editedCase();
    const { markdown } = await redline('memo');
    // The pinpoint corrected: one footnote, its call unchanged, "9" deleted and "10" inserted inside it.
    const revised = footnote(markdown, /S\/RES\/1718, para/);
    expect(revised).toMatch(
      /para \[9\]\{\.deletion author="Coach Reader"[^}]*\}\[10\]\{\.insertion author="Coach Reader"/,
    );
    expect(markdown).toMatch(/The Panel of Experts report\.\[\^\d+\]\n/);
    // The new rule's footnote: its call inside the insertion, and its text inserted.
    const { inserted } = trackedChanges(markdown);
    expect(inserted).toContainEqual(
      expect.stringMatching(/^\*\*The 2016 resolution\.\*\* The ban extends to small arms\.\[\^\d+\]$/),
    );
    expect(footnote(markdown, /2270/)).toMatch(
      /^\[\^\d+\]: \[UNSC Res 2270 UN Doc S\/RES\/2270, para 6\.\]\{\.insertion author="Coach Reader"/,
    );
  });

  it('redlines the memorial and the oral-argument outline too, the outline marking the point that changed', async () => {
    await editedCase();
    const memorial = (await redline('memorial')).markdown;
    const inMemorial = trackedChanges(memorial);
    expect(inMemorial.inserted).toContain('under Resolution 1718');
    expect(inMemorial.deleted).toContain('**An old argument.** This argument was withdrawn.');
    expect(footnote(memorial, /S\/RES\/1718, para/)).toMatch(/para \[9\]\{\.deletion[^}]*\}\[10\]\{\.insertion/);

    const outline = (await redline('outline')).markdown;
    const inOutline = trackedChanges(outline);
    // The retitled claim's point has the words added; the points around it are neither deleted nor inserted.
    expect(outline).toMatch(/-\s+\*\*The transfer is unlawful\*\* \[\*\*under Resolution 1718\*\*\]\{\.insertion/);
    expect(outline).toMatch(/-\s+Rule: The embargo\[\^\d+\]\n/);
    // Deleted: the withdrawn point, and the old pinpoint inside its footnote.
    expect(inOutline.deleted).toEqual(['Rule: An old argument', '9']);
    expect(inOutline.inserted).toContainEqual(expect.stringMatching(/^Rule: The 2016 resolution\[\^\d+\]$/));
    expect([...inOutline.inserted, ...inOutline.deleted].join('|')).not.toMatch(/Breach of the arms embargo|Panel/);
    expect(footnote(outline, /S\/RES\/1718, para 8/)).not.toContain('{.deletion');
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
