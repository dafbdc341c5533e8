import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { markdownToBody } from '../../app/body/markdownToBody';
import { unzipText } from '../support/documentReaders';
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

  it('gives the memo heading once, with the case name as it is now', async () => {
    await editedCase();
    await t.api['case-update']({ title: 'Testland v Otherland (Merits)' });
    const { markdown } = await redline('memo');
    expect(markdown.match(/\*\*Re:\*\*/g)).toHaveLength(1);
    expect(markdown).toMatch(/\*\*Re:\*\* Testland v Otherland \(Merits\)/);
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
    await expect(t.api['export-document']({ format: 'md', layout: 'memo', changesSince: 1 })).rejects.toThrow(
      /Markdown cannot mark what was deleted/,
    );
    await expect(t.api['export-document']({ format: 'docx', layout: 'memo', changesSince: 'v9' })).rejects.toThrow(
      /no version named “v9”/,
    );
  });

  it('prints the redline PDF with insertions in blue and deletions in red', async () => {
    await editedCase();
    const result = await t.api['export-document']({
      format: 'pdf',
      layout: 'memo',
      changesSince: 'Draft sent to coach',
    });
    const pdf = t.path('redline.pdf');
    writeFileSync(pdf, Buffer.from(result.base64!, 'base64'));
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('prevent the direct supply of arms,; ammunition');
    expect(text).toContain('An old argument. This argument was withdrawn.');
    expect(text).toContain('The ban extends to small arms.');
    execFileSync('pdftoppm', ['-r', '60', pdf, t.path('page')]);
    const shots = process.env.CASEWRIGHT_SCREENSHOTS;
    if (shots) execFileSync('pdftoppm', ['-png', '-r', '90', pdf, join(shots, 'redline-pdf')]);
    const colours = readdirSync(t.folder)
      .filter((name) => name.startsWith('page') && name.endsWith('.ppm'))
      .map((name) => colourCounts(readFileSync(join(t.folder, name))));
    const pixels = (colour: 'blue' | 'red') => colours.reduce((sum, counts) => sum + counts[colour], 0);
    expect(pixels('blue')).toBeGreaterThan(200);
    expect(pixels('red')).toBeGreaterThan(200);

    const plain = await t.api['export-document']({ format: 'pdf', layout: 'memo' });
    writeFileSync(t.path('plain.pdf'), Buffer.from(plain.base64!, 'base64'));
    execFileSync('pdftoppm', ['-r', '60', t.path('plain.pdf'), t.path('plain')]);
    const plainColours = readdirSync(t.folder)
      .filter((name) => name.startsWith('plain') && name.endsWith('.ppm'))
      .map((name) => colourCounts(readFileSync(join(t.folder, name))));
    expect(plainColours.reduce((sum, counts) => sum + counts.blue + counts.red, 0)).toBe(0);
  });
});

/** Pixels of a binary PPM near the redline's blue (#1a5fb4) and red (#c01c28), with some room for anti-aliasing. */
function colourCounts(ppm: Buffer): { blue: number; red: number } {
  const header = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(ppm.subarray(0, 50).toString('latin1'))!;
  const start = header[0].length;
  const counts = { blue: 0, red: 0 };
  for (let at = start; at + 2 < ppm.length; at += 3) {
    const [r, g, b] = [ppm[at]!, ppm[at + 1]!, ppm[at + 2]!];
    if (b > 120 && b - r > 70 && b - g > 30) counts.blue++;
    else if (r > 120 && r - g > 70 && r - b > 60) counts.red++;
  }
  return counts;
}

let soffice = false;
try {
  execFileSync('soffice', ['--version'], { stdio: 'ignore' });
  soffice = true;
} catch {}

describe.skipIf(!soffice)('the redline DOCX in LibreOffice', () => {
  it('opens without complaint, every change read as a tracked change by its author', async () => {
    await editedCase();
    const { base64 } = await redline('memo');
    const input = t.path('redline.docx');
    writeFileSync(input, Buffer.from(base64, 'base64'));
    const profile = `-env:UserInstallation=${pathToFileURL(t.path('soffice-profile')).href}`;
    const convert = (to: string) =>
      execFileSync('soffice', [profile, '--headless', '--convert-to', to, '--outdir', t.path(to), input], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
        timeout: 300_000,
      });
    expect(convert('pdf')).toContain('redline.pdf');
    const printed = execFileSync('pdftotext', [join(t.path('pdf'), 'redline.pdf'), '-'], { encoding: 'utf8' });
    expect(printed.replace(/\s+/g, ' ')).toContain('The ban extends to small arms.');
    // Its own format, written back, holds LibreOffice's reading of each w:ins and w:del as a change it tracks.
    convert('fodt');
    const flat = readFileSync(join(t.path('fodt'), 'redline.fodt'), 'utf8');
    // Each change is a region (its kind and author) and the text it marks, between a start and an end naming it.
    const regions = new Map(
      [
        ...flat.matchAll(
          /<text:changed-region [^>]*text:id="([^"]+)">\s*<text:(insertion|deletion)>(.*?)<\/text:changed-region>/gs,
        ),
      ].map((match) => [match[1]!, { kind: match[2]!, info: match[3]! }]),
    );
    const marked = [
      ...flat.matchAll(/<text:change-start text:change-id="([^"]+)"\/>(.*?)<text:change-end text:change-id="\1"\/>/gs),
    ].map((match) => ({ kind: regions.get(match[1]!)?.kind, text: match[2]!.replace(/<[^>]+>/g, '') }));
    // LibreOffice joins changes that touch (a footnote's call and the text beside it) into one.
    const document = unzipText(input, 'word/document.xml') + unzipText(input, 'word/footnotes.xml');
    expect(regions.size).toBeGreaterThan((document.match(/<w:(?:ins|del) /g) ?? []).length / 2);
    for (const region of regions.values()) expect(region.info).toContain('<dc:creator>Coach Reader</dc:creator>');
    expect(marked).toContainEqual({ kind: 'deletion', text: 'An old argument. This argument was withdrawn.' });
    expect(marked).toContainEqual({ kind: 'insertion', text: 'direct ' });
    expect(marked).toContainEqual({ kind: 'deletion', text: ',' });
    expect(marked).toContainEqual({ kind: 'deletion', text: '9' });
    expect(marked).toContainEqual({ kind: 'insertion', text: '10' });
  }, 600_000);
});
