import { Document, FootnoteReferenceRun, Packer, Paragraph, TextRun } from 'docx';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type TempService, tempService } from '../support/tempService';
import { asText, JUDGMENT, RESOLUTION, TREATY } from './sourceFixtures';

let t: TempService;
beforeEach(async () => {
  t = tempService();
  await t.api['case-create']({ path: t.path('case.casewright') });
  await t.api['authorities-add']({
    key: 'pulpmills',
    type: 'case',
    short: 'Pulp Mills',
    csl: { title: 'Pulp Mills on the River Uruguay (Argentina v Uruguay)' },
  });
  await t.api['authorities-add']({
    key: 'res1718',
    type: 'un_document',
    csl: { title: 'Resolution 1718 (2006)', number: 'S/RES/1718', authority: 'UNSC' },
  });
  await t.api['authorities-add']({ key: 'charter', type: 'treaty', csl: { title: 'Charter of the United Nations' } });
  for (const [key, lines] of [
    ['pulpmills', JUDGMENT],
    ['res1718', RESOLUTION],
    ['charter', TREATY],
  ] as const) {
    await t.api['sources-attach']({
      key,
      fileName: `${key}.txt`,
      base64: Buffer.from(asText(lines)).toString('base64'),
    });
  }
});
afterEach(() => t.dispose());

/** The notes of a memo drafted elsewhere: real citations, invented ones mixed among them, commentary and ibid. */
const NOTES = [
  'Pulp Mills on the River Uruguay (Argentina v Uruguay) (Judgment) [2010] ICJ Rep 14, para 101.',
  'Maritime Delimitation in the Caspian Sea (Azerbaijan v Turkmenistan) (Judgment) [2019] ICJ Rep 455, para 88.',
  'UNSC Res 1718 (14 October 2006) UN Doc S/RES/1718, para 8(a).',
  'See Charter of the United Nations (adopted 26 June 1945, entered into force 24 October 1945) 1 UNTS XVI, art 2(4); Convention on the Prevention of Nuclear Transfers (adopted 3 March 2001, entered into force 1 June 2003) 2190 UNTS 401, art 7.',
  'The Court did not address this question in detail.',
  'Ibid.',
  'UNSC Res 2997 (2023) UN Doc S/RES/2997, para 4.',
  'Pulp Mills (n 1) para 250.',
  'Smith v Jones, 512 U.S. 218, 225 (1994).',
  'James Crawford, Brownlie’s Principles of Public International Law (9th edn, OUP 2019) 45.',
];

async function memo(): Promise<string> {
  const footnotes = Object.fromEntries(NOTES.map((text, index) => [index + 1, { children: [new Paragraph(text)] }]));
  const document = new Document({
    footnotes,
    sections: [
      {
        children: NOTES.map(
          (_, index) =>
            new Paragraph({
              children: [new TextRun(`Proposition ${index + 1}.`), new FootnoteReferenceRun(index + 1)],
            }),
        ),
      },
    ],
  });
  return (await Packer.toBuffer(document)).toString('base64');
}

describe('checking a draft written elsewhere', () => {
  it('lists exactly the citations of a DOCX memo’s footnotes that match no authority of the case', async () => {
    const result = await t.api['citecheck-draft']({ format: 'docx', base64: await memo() });
    expect(result.notes).toBe(10);
    expect(result.unmatched.map((citation) => [citation.note, citation.text.split(' (')[0]])).toEqual([
      [2, 'Maritime Delimitation in the Caspian Sea'],
      [4, 'Convention on the Prevention of Nuclear Transfers'],
      [7, 'UNSC Res 2997'],
      [9, 'Smith v Jones, 512 U.S. 218, 225'],
      [10, 'James Crawford, Brownlie’s Principles of Public International Law'],
    ]);
    expect(
      result.citations
        .filter((citation) => citation.key !== null)
        .map((citation) => [citation.note, citation.key, citation.pinpoint, citation.state]),
    ).toEqual([
      [1, 'pulpmills', 'para 101', 'verified'],
      [3, 'res1718', 'para 8(a)', 'verified'],
      [4, 'charter', 'art 2(4)', 'verified'],
      [8, 'pulpmills', 'para 250', 'pinpoint-not-in-source'],
    ]);
  });

  it('reads a Markdown memo’s footnotes the same way, and changes nothing in the case', async () => {
    const markdown = `# Memo\n\nFirst.[^a] Second.[^b] Third.^[Smith v Jones, 512 U.S. 218, 225 (1994).]\n\n[^a]: ${NOTES[0]}\n[^b]: ${NOTES[1]}\n`;
    const outlineBefore = await t.api['outline-get']({});
    const result = await t.api['citecheck-draft']({ format: 'md', text: markdown });
    expect(result.citations.map((citation) => [citation.note, citation.key, citation.state])).toEqual([
      [1, 'pulpmills', 'verified'],
      [2, null, 'unmatched'],
      [3, null, 'unmatched'],
    ]);
    expect(await t.api['outline-get']({})).toEqual(outlineBefore);
  });

  it('refuses a file that is not a DOCX document', async () => {
    await expect(
      t.api['citecheck-draft']({ format: 'docx', base64: Buffer.from('plain text').toString('base64') }),
    ).rejects.toThrow(/DOCX/);
  });
});

/** A draft's sentences, each quoting words before its note: the words are at the pinpoint, elsewhere, or nowhere. */
const QUOTING: [string, string][] = [
  [
    'Prevention “has its origins in the due diligence that is required of a State in its territory”.',
    'Pulp Mills on the River Uruguay (Argentina v Uruguay) (Judgment) [2010] ICJ Rep 14, para 101.',
  ],
  [
    'The Council decided that States “shall prevent the direct or indirect supply”,',
    'UNSC Res 1718 (14 October 2006) UN Doc S/RES/1718, para 8(a).',
  ],
  ['and that they must “consult within sixty days”.', 'S.C. Res. 1718, ¶ 8(b) (Oct. 14, 2006).'],
  [
    'Members “shall refrain in their international relations from the threat or use of force” (emphasis added).',
    'U.N. Charter art. 2, ¶ 4; Pulp Mills (n 1) para 102.',
  ],
  ['The Court required “an environmental impact assessment”.', 'Pulp Mills (n 1) para 101.'],
  ['Nothing is quoted here.', 'Pulp Mills (n 1) para 104.'],
];

/** What the check must find for each note's first citation: its authority, the quotation and the state. */
const QUOTING_CHECKED = [
  [1, 'pulpmills', 'has its origins in the due diligence that is required of a State in its territory', 'verified'],
  [2, 'res1718', 'shall prevent the direct or indirect supply', 'verified'],
  [3, 'res1718', 'consult within sixty days', 'quote-not-in-source'],
  [4, 'charter', 'shall refrain in their international relations from the threat or use of force', 'verified'],
  [4, 'pulpmills', '', 'verified'],
  [5, 'pulpmills', 'an environmental impact assessment', 'quote-not-in-source'],
  [6, 'pulpmills', '', 'verified'],
];

describe('the quotations of a draft', () => {
  it('holds the words a DOCX draft quotes before each footnote against the source at the note’s pinpoint', async () => {
    const footnotes = Object.fromEntries(
      QUOTING.map(([, note], index) => [index + 1, { children: [new Paragraph(note)] }]),
    );
    const paragraph = (from: number, to: number) =>
      new Paragraph({
        children: QUOTING.slice(from, to).flatMap(([sentence], offset) => [
          new TextRun(`${sentence} `),
          new FootnoteReferenceRun(from + offset + 1),
        ]),
      });
    const document = new Document({
      footnotes,
      sections: [{ children: [paragraph(0, 1), paragraph(1, 3), paragraph(3, 6)] }],
    });
    const base64 = (await Packer.toBuffer(document)).toString('base64');
    const result = await t.api['citecheck-draft']({ format: 'docx', base64 });
    expect(result.citations.map((citation) => [citation.note, citation.key, citation.quote, citation.state])).toEqual(
      QUOTING_CHECKED,
    );
    expect(result.citations[2]!.passage).toMatch(/^\(b\) The DPRK shall cease/);
  });

  it('holds a Markdown draft’s quotations the same way', async () => {
    const text = `# Memo\n\n${QUOTING.slice(0, 1).map(([sentence]) => `${sentence}[^1]`)}\n\n${QUOTING.slice(1, 3)
      .map(([sentence], index) => `${sentence}[^${index + 2}]`)
      .join(' ')}\n\n${QUOTING.slice(3)
      .map(([sentence], index) => `${sentence}[^${index + 4}]`)
      .join(' ')}\n\n${QUOTING.map(([, note], index) => `[^${index + 1}]: ${note}`).join('\n')}\n`;
    const result = await t.api['citecheck-draft']({ format: 'md', text });
    expect(result.citations.map((citation) => [citation.note, citation.key, citation.quote, citation.state])).toEqual(
      QUOTING_CHECKED,
    );
  });
});

describe('the citation shapes a draft’s notes are read in', () => {
  beforeEach(async () => {
    await t.api['authorities-add']({
      key: 'nicaragua',
      type: 'case',
      short: 'Nicaragua',
      csl: {
        title: 'Military and Paramilitary Activities in and against Nicaragua (Nicaragua v United States of America)',
      },
    });
    await t.api['authorities-add']({
      key: 'crawford',
      type: 'book',
      csl: {
        title: 'The Creation of States in International Law',
        author: [{ family: 'Crawford', given: 'James' }],
        edition: '2',
        publisher: 'OUP',
        issued: { 'date-parts': [[2006]] },
      },
    });
  });

  /** A note, and what it must be read as: the authority and the check's state, or null for an invention. */
  const SHAPES: [string, [string, string] | null][] = [
    ['S.C. Res. 1718 (Oct. 14, 2006).', ['res1718', 'verified']],
    ['S.C. Res. 1718, ¶ 8(a) (Oct. 14, 2006).', ['res1718', 'verified']],
    ['S.C. Res. 1718, ¶ 8(d) (Oct. 14, 2006).', ['res1718', 'pinpoint-not-in-source']],
    ['SC Res 1718 (14 October 2006) UN Doc S/RES/1718, op para 2.', ['res1718', 'verified']],
    ['U.N. Charter art. 2, ¶ 4.', ['charter', 'verified']],
    ['U.N. Charter art. 51.', ['charter', 'verified']],
    ['UN Charter, art 2(7).', ['charter', 'pinpoint-not-in-source']],
    [
      'Military and Paramilitary Activities in and against Nicaragua (Nicar. v. U.S.), 1986 I.C.J. 14, ¶ 195 (June 27).',
      ['nicaragua', 'no-source'],
    ],
    ['Nicaragua v. United States, 1986 I.C.J. 14, 103.', ['nicaragua', 'no-source']],
    [
      'Pulp Mills on the River Uruguay (Arg. v. Uru.), Judgment, 2010 I.C.J. 14, ¶ 101 (Apr. 20).',
      ['pulpmills', 'verified'],
    ],
    ['Pulp Mills (Arg. v. Uru.), 2010 I.C.J. at 55, ¶ 102.', ['pulpmills', 'verified']],
    ['Argentina v Uruguay, para 250.', ['pulpmills', 'pinpoint-not-in-source']],
    ['James Crawford, The Creation of States in International Law (2nd edn, OUP 2006) 37.', ['crawford', 'no-source']],
    ['JAMES CRAWFORD, THE CREATION OF STATES IN INTERNATIONAL LAW 37 (2d ed. 2006).', ['crawford', 'no-source']],
    ['S.C. Res. 2997 (Oct. 1, 2023).', null],
    ['Vienna Convention on the Law of Treaties art. 31, May 23, 1969, 1155 U.N.T.S. 331.', null],
    ['Nicaragua v. Colombia, 2012 I.C.J. 624, ¶ 80.', null],
    ['Arg. v. Chile, 2010 I.C.J. 14.', null],
    ['James Crawford, State Responsibility: The General Part (CUP 2013) 45.', null],
    ['JAMES CRAWFORD, STATE RESPONSIBILITY 45 (2013).', null],
  ];

  it('reads a short form that refers to an earlier note as that note’s citation, an invention’s as an invention', async () => {
    const notes = [
      'James Crawford, The Creation of States in International Law (2nd edn, OUP 2006) 37.',
      'Oona A. Hathaway, The Right to Self-Defense, 121 Yale L.J. 1, 5 (2012).',
      'Crawford (n 1) 45.',
      'Hathaway, supra note 2, at 9.',
      'S.C. Res. 1718 (Oct. 14, 2006); Crawford (n 1) para 3.',
    ];
    const text = `${notes.map((_, index) => `Point.[^${index + 1}]`).join(' ')}\n\n${notes.map((note, index) => `[^${index + 1}]: ${note}`).join('\n')}\n`;
    const result = await t.api['citecheck-draft']({ format: 'md', text });
    expect(
      result.citations.map((citation) => [citation.note, citation.key, citation.pinpoint, citation.reason]),
    ).toEqual([
      [1, 'crawford', 'p 37', 'No source is attached to "crawford".'],
      [2, null, '', 'It matches none of the case’s authorities.'],
      [3, 'crawford', 'p 45', 'No source is attached to "crawford".'],
      [4, null, '', 'It refers to note 2, whose citation matches none of the case’s authorities.'],
      [5, 'res1718', '', 'The pinpoint is in the source.'],
      [5, 'crawford', 'para 3', 'No source is attached to "crawford".'],
    ]);
  });

  it.each(SHAPES)('reads “%s”', async (note, expected) => {
    const result = await t.api['citecheck-draft']({ format: 'md', text: `Text.[^1]\n\n[^1]: ${note}\n` });
    expect(result.citations.map((citation) => (citation.key === null ? null : [citation.key, citation.state]))).toEqual(
      [expected],
    );
  });
});
