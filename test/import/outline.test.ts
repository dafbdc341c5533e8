import {
  Document,
  EndnoteReferenceRun,
  ExternalHyperlink,
  FootnoteReferenceRun,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from 'docx';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bodyPlainText } from '../../app/body/bodyText';
import { type TempService, tempService } from '../support/tempService';
import { expectRefused, outlineLines } from './importAssertions';
import { storedZip } from './storedZip';

let t: TempService;
beforeEach(async () => {
  t = tempService();
  await t.api['case-create']({ path: t.path('case.casewright') });
});
afterEach(() => t.dispose());

const MARKDOWN = `---
title: Memorial for the Applicant
---

Prepared for the moot; text before the first heading.

# Whether the Court has jurisdiction

The Court's jurisdiction rests on article 36(2) [@icjstatute, art 36(2)].

## Both States accepted the compulsory jurisdiction

- Korea's declaration
- Russia's declaration

### The reservation does not apply

Nothing in the reservation covers **sanctions**.

## No other tribunal was agreed

# Whether Russia breached resolution 1718

Underlined heading
------------------

\`\`\`
# not a heading, inside code
\`\`\`

# <img src=x onerror=alert(1)>
`;

async function docxBase64(children: (Paragraph | Table)[]): Promise<string> {
  return (await Packer.toBuffer(new Document({ sections: [{ children }] }))).toString('base64');
}

describe('outline import from Markdown', () => {
  it('makes issues of the top headings and claims of deeper ones, with the text below as bodies', async () => {
    const summary = await t.api['import-outline']({ format: 'md', text: MARKDOWN });
    expect(summary.nodes).toBe(8);
    expect(await outlineLines(t.api)).toEqual([
      'note: Text before the first heading',
      'issue: Whether the Court has jurisdiction',
      '  claim: Both States accepted the compulsory jurisdiction',
      '    claim: The reservation does not apply',
      '  claim: No other tribunal was agreed',
      'issue: Whether Russia breached resolution 1718',
      '  claim: Underlined heading',
      'issue: <img src=x onerror=alert(1)>',
    ]);
    const rows = await t.api['outline-get']({});
    const jurisdiction = await t.api['nodes-get']({ id: rows[1]!.id });
    expect(jurisdiction.citations).toEqual([{ key: 'icjstatute', pinpoint: 'art 36(2)' }]);
    const accepted = await t.api['nodes-get']({ id: rows[2]!.id });
    expect(accepted.body.content[0]!.type).toBe('bulletList');
    const underlined = await t.api['nodes-get']({ id: rows[6]!.id });
    expect(bodyPlainText(underlined.body)).toBe('# not a heading, inside code');
  });

  it('refuses a document with no text, changing nothing', async () => {
    await t.api['import-outline']({ format: 'md', text: '# Existing\n' });
    await expectRefused(
      t.api,
      () => t.api['import-outline']({ format: 'md', text: '---\ntitle: Only front matter\n---\n\n  \n' }),
      /Markdown: the document has no text to import/,
    );
  });

  it('refuses a heading longer than a title may be, naming its line', async () => {
    await expectRefused(
      t.api,
      () => t.api['import-outline']({ format: 'md', text: `# Fine\n\ntext\n\n## ${'x'.repeat(2001)}\n` }),
      /Markdown: line 5: the heading is longer than 2,000 characters/,
    );
  });
});

describe('outline import from DOCX', () => {
  it('reads Word headings, paragraphs with bold, italic and links, lists and tables', async () => {
    const base64 = await docxBase64([
      new Paragraph({ text: 'Memorial for the Applicant' }),
      new Paragraph({ text: 'Whether Russia breached resolution 1718', heading: HeadingLevel.HEADING_1 }),
      new Paragraph({
        children: [
          new TextRun('The '),
          new TextRun({ text: 'Panel of Experts', bold: true }),
          new TextRun(' reported '),
          new TextRun({ text: 'transfers', italics: true }),
          new TextRun('. See '),
          new ExternalHyperlink({
            link: 'https://www.un.org/securitycouncil/',
            children: [new TextRun('the Council')],
          }),
          new TextRun(' and '),
          new ExternalHyperlink({ link: 'javascript:alert(1)', children: [new TextRun('this')] }),
          new TextRun('.'),
        ],
      }),
      new Paragraph({ text: 'Missiles were transferred', heading: HeadingLevel.HEADING_2 }),
      new Paragraph({ text: 'Rajin port imagery', bullet: { level: 0 } }),
      new Paragraph({ text: 'Debris in Kharkiv', bullet: { level: 0 } }),
      new Paragraph({ text: 'The imagery is reliable', heading: HeadingLevel.HEADING_3 }),
      new Table({
        rows: [new TableRow({ children: [new TableCell({ children: [new Paragraph('Date: 2024')] })] })],
      }),
      new Paragraph({ text: '<img src=x onerror=alert(1)>', heading: HeadingLevel.HEADING_1 }),
    ]);
    const summary = await t.api['import-outline']({ format: 'docx', base64 });
    expect(summary.nodes).toBe(5);
    expect(await outlineLines(t.api)).toEqual([
      'note: Text before the first heading',
      'issue: Whether Russia breached resolution 1718',
      '  claim: Missiles were transferred',
      '    claim: The imagery is reliable',
      'issue: <img src=x onerror=alert(1)>',
    ]);
    const rows = await t.api['outline-get']({});
    const issue = await t.api['nodes-get']({ id: rows[1]!.id });
    expect(issue.body.content).toEqual([
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'The ' },
          { type: 'text', text: 'Panel of Experts', marks: [{ type: 'bold' }] },
          { type: 'text', text: ' reported ' },
          { type: 'text', text: 'transfers', marks: [{ type: 'italic' }] },
          { type: 'text', text: '. See ' },
          {
            type: 'text',
            text: 'the Council',
            marks: [{ type: 'link', attrs: { href: 'https://www.un.org/securitycouncil/' } }],
          },
          { type: 'text', text: ' and this.' },
        ],
      },
    ]);
    const claim = await t.api['nodes-get']({ id: rows[2]!.id });
    expect(claim.body.content[0]).toMatchObject({ type: 'bulletList', content: [{}, {}] });
    expect(bodyPlainText(claim.body)).toBe('Rajin port imagery\nDebris in Kharkiv');
    expect(bodyPlainText((await t.api['nodes-get']({ id: rows[3]!.id })).body)).toBe('Date: 2024');
  });

  it('keeps footnotes and endnotes: as citations where they cite an authority of the case, else as text, and counts them', async () => {
    await t.api['authorities-add']({
      key: 'kartinyeri1998',
      type: 'case',
      short: 'Kartinyeri',
      csl: { type: 'legal_case', title: 'Kartinyeri v Commonwealth' },
    });
    const note = (text: string) => ({ children: [new Paragraph(text)] });
    const document = new Document({
      footnotes: {
        1: note('See Kartinyeri v Commonwealth (1998) 195 CLR 337, 340.'),
        2: note('Counsel conceded the point at the hearing. Kartinyeri v Commonwealth was not cited.'),
        3: note('Kartinyeri, para 12.'),
      },
      endnotes: { 1: note('A later endnote.') },
      sections: [
        {
          children: [
            new Paragraph({ text: 'The races power', heading: HeadingLevel.HEADING_1 }),
            new Paragraph({
              children: [
                new TextRun('The power may be used adversely.'),
                new FootnoteReferenceRun(1),
                new TextRun(' It was conceded.'),
                new FootnoteReferenceRun(2),
              ],
            }),
            new Paragraph({
              children: [new TextRun('Again.'), new FootnoteReferenceRun(3), new EndnoteReferenceRun(1)],
            }),
          ],
        },
      ],
    });
    const base64 = (await Packer.toBuffer(document)).toString('base64');
    const summary = await t.api['import-outline']({ format: 'docx', base64 });
    expect(summary.notes).toEqual({ footnotes: 3, endnotes: 1, citations: 2 });
    const [row] = await t.api['outline-get']({});
    const issue = await t.api['nodes-get']({ id: row!.id });
    expect(issue.body.content).toEqual([
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'The power may be used adversely. ' },
          { type: 'citation', attrs: { key: 'kartinyeri1998', pinpoint: '340' } },
          { type: 'text', text: ' It was conceded.[note 2]' },
        ],
      },
      {
        type: 'paragraph',
        content: [
          {
            type: 'text',
            text: '[note 2] Counsel conceded the point at the hearing. Kartinyeri v Commonwealth was not cited.',
          },
        ],
      },
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'Again. ' },
          { type: 'citation', attrs: { key: 'kartinyeri1998', pinpoint: 'para 12' } },
          { type: 'text', text: '[endnote 1]' },
        ],
      },
      { type: 'paragraph', content: [{ type: 'text', text: '[endnote 1] A later endnote.' }] },
    ]);
    expect((await t.api['authorities-list']({}))[0]!.citedBy).toBe(1);
  });

  it('keeps nested ordered lists nested, and reads a table a row per item with its cells side by side', async () => {
    const document = new Document({
      numbering: {
        config: [
          {
            reference: 'points',
            levels: [0, 1].map((level) => ({ level, format: 'decimal' as const, text: `%${level + 1}.` })),
          },
        ],
      },
      sections: [
        {
          children: [
            new Paragraph({ text: 'Submissions', heading: HeadingLevel.HEADING_1 }),
            new Paragraph({ text: 'Jurisdiction', numbering: { reference: 'points', level: 0 } }),
            new Paragraph({ text: 'Article 36(2)', numbering: { reference: 'points', level: 1 } }),
            new Paragraph({ text: 'Article 36(1)', numbering: { reference: 'points', level: 1 } }),
            new Paragraph({ text: 'Merits', numbering: { reference: 'points', level: 0 } }),
            new Table({
              rows: [
                ['Date', 'Event'],
                ['1998', 'Judgment'],
              ].map(
                (cells) =>
                  new TableRow({ children: cells.map((cell) => new TableCell({ children: [new Paragraph(cell)] })) }),
              ),
            }),
          ],
        },
      ],
    });
    await t.api['import-outline']({ format: 'docx', base64: (await Packer.toBuffer(document)).toString('base64') });
    const [row] = await t.api['outline-get']({});
    const { body } = await t.api['nodes-get']({ id: row!.id });
    const item = (text: string, ...more: object[]) => ({
      type: 'listItem',
      content: [{ type: 'paragraph', content: [{ type: 'text', text }] }, ...more],
    });
    expect(body.content).toEqual([
      {
        type: 'orderedList',
        content: [
          item('Jurisdiction', { type: 'orderedList', content: [item('Article 36(2)'), item('Article 36(1)')] }),
          item('Merits'),
        ],
      },
      { type: 'bulletList', content: [item('Date | Event'), item('1998 | Judgment')] },
    ]);
  });

  const malformed: [string, () => Promise<string> | string, RegExp][] = [
    ['data that is not base64', () => 'not base64 at all!', /DOCX: the data is not base64/],
    [
      'a file that is not a ZIP archive',
      () => Buffer.from('Hello, I am a text file').toString('base64'),
      /DOCX: the file is not a DOCX document/,
    ],
    [
      'a truncated file',
      async () => (await docxBase64([new Paragraph('x')])).slice(0, 400),
      /DOCX: the ZIP archive has no directory/,
    ],
    [
      'a ZIP archive without a document',
      () => storedZip({ 'hello.txt': 'hello' }).toString('base64'),
      /DOCX: the file cannot be read/,
    ],
    ['a document with no text', () => docxBase64([new Paragraph('  ')]), /DOCX: the document has no text to import/],
  ];
  for (const [what, make, message] of malformed) {
    it(`refuses ${what}, changing nothing`, async () => {
      await t.api['import-outline']({ format: 'md', text: '# Existing\n' });
      const base64 = await make();
      await expectRefused(t.api, () => t.api['import-outline']({ format: 'docx', base64 }), message);
    });
  }
});
