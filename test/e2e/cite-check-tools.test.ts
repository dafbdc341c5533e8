import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, FootnoteReferenceRun, Packer, Paragraph, TextRun } from 'docx';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CaseInBrowser, openCaseInBrowser } from '../support/browser';
import { runCli, type StoredNode } from '../support/caseFileReader';
import { containsText, selectWords, visible } from '../support/pageExpect';

const RULE = 'The conduct of private persons is attributable to a State only if';
const ARTICLE_8 =
  'The conduct of a person or group of persons shall be considered an act of a State under international law if the person or group of persons is in fact acting on the instructions of, or under the direction or control of, that State in carrying out the conduct.';
const arsiwa = (article8: string) =>
  `RESPONSIBILITY OF STATES FOR INTERNATIONALLY WRONGFUL ACTS\n${Array.from({ length: 12 }, (_, index) =>
    index === 7 ? `Article 8\n${article8}` : `Article ${index + 1}\nArticle ${index + 1} lays down rule ${index + 1}.`,
  ).join('\n')}\n`;
const CHARTER =
  'CHARTER OF THE UNITED NATIONS\nArticle 51\nNothing in the present Charter shall impair the inherent right of self-defence.\n';
const RESOLUTION =
  'Resolution 1718 (2006)\nThe Security Council,\n7. Calls upon all Member States to act.\n8. Decides that all Member States shall prevent the supply of battle tanks to the DPRK;\n9. Decides further.\n';

/** The notes of a memo drafted elsewhere: three real citations, in Bluebook and OSCOLA shapes, and two invented. */
const NOTES = [
  'Articles on Responsibility of States for Internationally Wrongful Acts, UNGA Res 56/83 (12 December 2001) annex, art 8.',
  'Treaty on the Non-Transfer of Ballistic Technology (adopted 3 March 2019, entered into force 1 June 2020) 3101 UNTS 77, art 4.',
  'U.N. Charter art. 51.',
  'S.C. Res. 1718, ¶ 8 (Oct. 14, 2006).',
  'Arcadia v. Borduria, 2021 I.C.J. 312, ¶ 44 (Mar. 3).',
];

let opened: CaseInBrowser;
let folder: string;
let file: string;
let page: Page;

beforeAll(async () => {
  opened = await openCaseInBrowser(
    'citecheck-tools',
    ['--template', 'unsc-sanctions-breach', '--applicant', 'Testland', '--respondent', 'Otherland'],
    { width: 1600, height: 900 },
    (caseFile, caseFolder) => {
      for (const [key, text] of [
        ['arsiwa', arsiwa(ARTICLE_8)],
        ['uncharter', CHARTER],
        ['res1718', RESOLUTION],
      ] as const) {
        writeFileSync(join(caseFolder, `${key}.txt`), text);
        runCli(caseFolder, 'source', 'attach', caseFile, key, join(caseFolder, `${key}.txt`));
      }
    },
  );
  ({ folder, file, page } = opened);
  await visible(page.getByRole('tree', { name: 'Outline' }));
});

afterAll(async () => {
  await opened?.close();
});

const pane = () => page.getByRole('region', { name: 'Source' });
const checkOf = (nodeId: number) =>
  (
    JSON.parse(runCli(folder, 'citecheck', file, '--json')).citations as {
      nodeId: number;
      key: string;
      pinpoint: string;
      state: string;
      quote: string;
    }[]
  ).filter((citation) => citation.nodeId === nodeId);
const nodes = (): StoredNode[] => JSON.parse(runCli(folder, 'show', file, '--json')).nodes;

/** The node whose title starts with `start`, with the nodes beside it. */
function withSiblings(
  start: string,
  list: StoredNode[] = nodes(),
): { node: StoredNode; siblings: StoredNode[] } | undefined {
  for (const node of list) {
    if (node.title.startsWith(start)) return { node, siblings: list };
    const found = withSiblings(start, node.children ?? []);
    if (found) return found;
  }
  return undefined;
}

async function selectInSource(words: string): Promise<void> {
  await selectWords(pane().getByRole('document', { name: /^Text of / }), words);
}

describe('the cite-check tools of the window', () => {
  it('makes words selected in a source a new piece of evidence, after the citing rule, that cites them at their pinpoint', async () => {
    await page.getByRole('tab', { name: 'Search' }).click();
    await page.getByRole('searchbox', { name: 'Search the case' }).fill('attributable to a State only if');
    await page.getByRole('button', { name: new RegExp(`^${RULE}`) }).click();
    await expect.poll(() => page.getByRole('textbox', { name: 'Title' }).inputValue()).toContain('attributable');
    await page.keyboard.press('Control+Shift+O');
    await containsText(pane().getByRole('group', { name: 'Check of the citation' }), 'Verified.');
    await selectInSource('under the direction or control of, that State');
    await pane().getByRole('button', { name: 'As evidence' }).click();
    await containsText(
      page.getByRole('status'),
      'Added the evidence “under the direction or control of, that State”, citing ARSIWA, art 8.',
    );
    await expect
      .poll(() => withSiblings('under the direction or control')?.node.kind, { timeout: 10_000 })
      .toBe('evidence');
    const { node, siblings } = withSiblings('under the direction or control')!;
    expect(node.text).toBe('“under the direction or control of, that State” [@arsiwa, art 8].');
    expect(siblings.findIndex((sibling) => sibling.id === node.id)).toBe(
      siblings.findIndex((sibling) => sibling.title.startsWith(RULE)) + 1,
    );
    expect(checkOf(node.id)).toMatchObject([{ key: 'arsiwa', pinpoint: 'art 8', state: 'verified' }]);
    expect(withSiblings(RULE)!.node.text).not.toContain('under the direction');
  });

  it('replaces the source through the pane, and the evidence’s quotation is held against the new text', async () => {
    const evidence = withSiblings('under the direction or control')!.node;
    await pane()
      .getByLabel('Source file of arsiwa')
      .setInputFiles({
        name: 'arsiwa-2001.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from(
          arsiwa('The conduct of a person is an act of a State if the person acts on its instructions.'),
        ),
      });
    await containsText(page.getByRole('status'), 'Replaced the source: attached arsiwa-2001.txt to “arsiwa”');
    await containsText(pane(), 'arsiwa-2001.txt');
    expect(JSON.parse(runCli(folder, 'source', 'list', file, '--json')).sources).toContainEqual(
      expect.objectContaining({ key: 'arsiwa', fileName: 'arsiwa-2001.txt' }),
    );
    expect(checkOf(evidence.id)).toMatchObject([{ state: 'quote-not-in-source' }]);
  });

  it('warns in the Export dialog, before a memorial is exported, that citations are not verified', async () => {
    await page.keyboard.press('Control+E');
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await dialog.getByRole('combobox', { name: 'Layout' }).selectOption('memorial');
    const note = dialog.getByRole('note', { name: 'Before you export' });
    await containsText(note, 'citations are not verified against their sources (see the Cite Check Report).');
    await dialog.getByRole('combobox', { name: 'Layout' }).selectOption('memo');
    await expect
      .poll(async () => ((await note.count()) === 0 ? '' : await note.textContent()), { timeout: 10_000 })
      .not.toContain('not verified');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
  });

  it('checks a DOCX draft from the palette and lists exactly its two invented citations', async () => {
    const footnotes = Object.fromEntries(NOTES.map((text, index) => [index + 1, { children: [new Paragraph(text)] }]));
    const draft = new Document({
      footnotes,
      sections: [
        {
          children: NOTES.map(
            (_, index) =>
              new Paragraph({ children: [new TextRun(`Point ${index + 1}.`), new FootnoteReferenceRun(index + 1)] }),
          ),
        },
      ],
    });
    await page.keyboard.press('Control+K');
    const palette = page.getByRole('dialog', { name: 'Command palette' });
    await palette.getByRole('textbox', { name: 'Command' }).fill('Check a draft');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Check a draft' });
    await dialog.getByLabel('Draft file').setInputFiles({
      name: 'notes.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: Buffer.from('not a Word document'),
    });
    await containsText(dialog.getByRole('alert'), 'notes.docx: DOCX');
    await dialog.getByLabel('Draft file').setInputFiles({
      name: 'memo.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: await Packer.toBuffer(draft),
    });
    await containsText(
      dialog.getByRole('status'),
      'memo.docx: 5 notes, 5 citations; 2 match no authority of the case.',
    );
    const invented = dialog.getByRole('region', { name: 'Citations that match nothing' }).getByRole('listitem');
    expect(await invented.allTextContents()).toEqual([
      `Note 2 ${NOTES[1]!.replace(/\.$/, '')}`,
      `Note 5 ${NOTES[4]!.replace(/\.$/, '')}`,
    ]);
    const matched = dialog.getByRole('region', { name: 'Citations matched to the case' }).getByRole('listitem');
    expect((await matched.allTextContents()).map((text) => text.split('. ')[0])).toEqual([
      'Note 1 [@arsiwa, art 8] Verified',
      'Note 3 [@uncharter, art 51] Verified',
      'Note 4 [@res1718, para 8] Verified',
    ]);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
  });

  it('detaches the source after asking, and the citation has no source again', async () => {
    await pane().getByRole('button', { name: 'Detach…' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Confirm' });
    await containsText(confirm, 'Detach arsiwa-2001.txt from “arsiwa”?');
    await confirm.getByRole('button', { name: 'Detach' }).click();
    await containsText(page.getByRole('status'), 'Detached arsiwa-2001.txt from “arsiwa”.');
    await containsText(pane().getByRole('group', { name: 'Check of the citation' }), 'No source.');
    expect(
      (JSON.parse(runCli(folder, 'source', 'list', file, '--json')).sources as { key: string }[]).map(
        (source) => source.key,
      ),
    ).toEqual(['uncharter', 'res1718']);
    expect(opened.pageErrors).toEqual([]);
  });
});
