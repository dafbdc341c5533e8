import { Document, FootnoteReferenceRun, Packer, Paragraph, TextRun } from 'docx';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bodyPlainText } from '../../app/body/bodyText';
import { type TempService, tempService } from '../support/tempService';
import { outlineLines } from './importAssertions';

let t: TempService;
beforeEach(async () => {
  t = tempService();
  await t.api['case-create']({ path: t.path('case.casewright') });
});
afterEach(() => t.dispose());

const bodyOf = async (index: number) => {
  const rows = await t.api['outline-get']({});
  return bodyPlainText((await t.api['nodes-get']({ id: rows[index]!.id })).body);
};

describe('an outline from a document without headings', () => {
  it('Markdown: the first paragraph becomes the issue, each other paragraph a claim, lists staying with theirs', async () => {
    const summary = await t.api['import-outline']({
      format: 'md',
      text: 'Whether the pact breaches resolution 1718\n\nThe pact provides for military assistance.\n\n- article 4\n- article 5\n\nThe Council prohibited **all** arms transfers.\n',
    });
    expect(summary.warnings).toEqual([
      'Markdown: the document has no headings, so its first paragraph became an issue and each other paragraph a claim below it.',
    ]);
    expect(await outlineLines(t.api)).toEqual([
      'issue: Whether the pact breaches resolution 1718',
      '  claim: The pact provides for military assistance.',
      '  claim: The Council prohibited all arms transfers.',
    ]);
    expect(await bodyOf(1)).toBe('article 4\narticle 5');
    expect(await bodyOf(2)).toBe('The Council prohibited all arms transfers.');
    await t.api['history-undo']({});
    expect(await t.api['outline-get']({})).toEqual([]);
  });

  it('DOCX: a paragraph too long for a title is titled by its first sentence and kept whole; notes stay with it', async () => {
    const long = `The Security Council acted under Chapter VII. ${'It decided that all States shall prevent the supply of arms. '.repeat(40)}`;
    const document = new Document({
      footnotes: { 1: { children: [new Paragraph('UNSC Res 1718 (14 October 2006).')] } },
      sections: [
        {
          children: [
            new Paragraph('Memorandum on the pact'),
            new Paragraph({ children: [new TextRun(long), new FootnoteReferenceRun(1)] }),
            new Paragraph('Russia voted for it.'),
          ],
        },
      ],
    });
    const base64 = (await Packer.toBuffer(document)).toString('base64');
    const summary = await t.api['import-outline']({ format: 'docx', base64 });
    expect(summary.notes).toMatchObject({ footnotes: 1 });
    expect(await outlineLines(t.api)).toEqual([
      'issue: Memorandum on the pact',
      '  claim: The Security Council acted under Chapter VII.',
      '  claim: Russia voted for it.',
    ]);
    expect(await bodyOf(1)).toBe(`${long}[note 1]\n[note 1] UNSC Res 1718 (14 October 2006).`);
    expect(await bodyOf(2)).toBe('');
  });
});
