import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pandocHeadings, pandocJson, pandocNotes, plainText, walkPandoc } from '../support/documentReaders';
import { fixtureCitations, serviceWithCase } from '../support/exportFixture';
import type { TempService } from '../support/tempService';

let temp: TempService;
beforeAll(async () => {
  temp = await serviceWithCase();
});
afterAll(() => temp.dispose());

describe('the Markdown export, read by pandoc', () => {
  it('has the memorial parts as headings and one footnote per citation with the formatted text', async () => {
    const { text } = await temp.api['export-document']({ format: 'md', layout: 'memorial' });
    const document = pandocJson({ text: text! }, 'markdown');
    const headings = pandocHeadings(document);
    expect(headings.filter((heading) => heading.level === 1).map((heading) => heading.text)).toEqual([
      'Table of Contents',
      'Index of Authorities',
      'Statement of Jurisdiction',
      'Questions Presented',
      'Statement of Facts',
      'Summary of Pleadings',
      'Pleadings',
      'Prayer for Relief',
    ]);
    expect(headings.filter((heading) => heading.level === 2)[1]!.text).toBe(
      'II. Whether the Respondent breached Security Council resolution 1718 (2006)',
    );
    const notes = pandocNotes(document);
    expect(notes).toHaveLength(fixtureCitations().length - 1 + 5);
    expect(notes[0]!.text).toBe(
      'Statute of the International Court of Justice (annexed to the Charter, 26 June 1945) 33 UNTS 993, art 40(1).',
    );
    expect(notes.find((note) => note.text.includes('Monetary Gold'))!.italic).toEqual([
      'Monetary Gold Removed from Rome in 1943 (Italy v France, United Kingdom and United States)',
    ]);
    expect(notes[2]!.text).toMatch(/^Panel of Experts .* UN Doc S\/2024\/215, para 34, para 35\.$/);
    expect(notes[3]!.text).toBe('ibid annex 12.');
  });

  it('writes the memo and outline parts as headings', async () => {
    const memo = pandocJson(
      { text: (await temp.api['export-document']({ format: 'md', layout: 'memo' })).text! },
      'markdown',
    );
    expect(
      pandocHeadings(memo)
        .filter((heading) => heading.level === 1)
        .map((heading) => heading.text),
    ).toEqual(['Questions Presented', 'Brief Answers', 'Statement of Facts', 'Discussion', 'Conclusion']);
    const outline = pandocJson(
      { text: (await temp.api['export-document']({ format: 'md', layout: 'outline' })).text! },
      'markdown',
    );
    expect(pandocHeadings(outline).map((heading) => heading.text)).toEqual(['Introduction', 'Argument', 'Conclusion']);
  });

  it('escapes text so that pandoc reads no markup, raw HTML or citation in it', async () => {
    await temp.api['nodes-add']({
      parentId: null,
      kind: 'issue',
      title: '# 1. [@res1718] *not emphasis* <b>bold</b> &amp; $x$ ^[note] `code` --- {.class}',
      body: {
        type: 'doc',
        content: [
          {
            type: 'paragraph',
            content: [
              { type: 'text', text: '- not a list [link](javascript:alert(1)) <script>alert(1)</script> [^1]' },
            ],
          },
          {
            type: 'paragraph',
            content: [{ type: 'text', text: '1. not a list either; (a) nor this', marks: [{ type: 'italic' }] }],
          },
        ],
      },
    });
    const { text } = await temp.api['export-document']({ format: 'md', layout: 'memo' });
    const document = pandocJson({ text: text! }, 'markdown');
    const kinds = new Set<string>();
    walkPandoc(document.blocks, (node) => kinds.add(node.t));
    for (const kind of ['RawInline', 'RawBlock', 'Cite', 'Math', 'Code', 'CodeBlock'])
      expect(kinds.has(kind), kind).toBe(false);
    const links: string[] = [];
    walkPandoc(document.blocks, (node) => {
      if (node.t === 'Link') links.push(((node.c as unknown[])[2] as [string])[0]);
    });
    for (const link of links) expect(link).toMatch(/^(#|https?:|mailto:)/);
    const headings = pandocHeadings(document).map((heading) => heading.text);
    expect(headings).toContain('IV. # 1. [@res1718] *not emphasis* <b>bold</b> &amp; $x$ ^[note] `code` --- {.class}');
    const paragraphs: string[] = [];
    walkPandoc(document.blocks, (node) => {
      if (node.t === 'Para') paragraphs.push(plainText(node.c));
    });
    expect(paragraphs).toContain('- not a list [link](javascript:alert(1)) <script>alert(1)</script> [^1]');
    expect(paragraphs).toContain('1. not a list either; (a) nor this');
  });
});
