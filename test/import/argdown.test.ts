import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bodyPlainText } from '../../app/body/bodyText';
import type { DocumentNode } from '../../app/interchange/documentSchema';
import { argdownReference } from '../support/argdownReference';
import { runs } from '../support/longRuns';
import { type TempService, tempService } from '../support/tempService';
import { expectRefused, outlineLines } from './importAssertions';

const RICH_CASE = readFileSync(resolve(import.meta.dirname, '../fixtures/rich-case.json'), 'utf8');
const HAND_WRITTEN = readFileSync(resolve(import.meta.dirname, '../fixtures/argdown/russia-dprk.argdown'), 'utf8');

let t: TempService;
beforeEach(async () => {
  t = tempService();
  await t.api['case-create']({ path: t.path('case.casewright') });
});
afterEach(() => t.dispose());

/** What Argdown must keep of a node: its place in the tree, kind, title, fields and plain body text. */
function shape(nodes: DocumentNode[] | undefined): unknown[] {
  return (nodes ?? []).map((node) => ({
    kind: node.kind,
    title: node.title,
    fields: [node.side, node.mode, node.standard, node.weight, node.assessment, node.disputed, node.tags],
    text: node.body ? bodyPlainText(node.body).replace(/\s+/g, ' ').trim() : '',
    children: shape(node.children),
  }));
}

const SYNTAX = [
  '[',
  ']',
  '<',
  '>',
  '/',
  '*',
  '#',
  '{',
  '}',
  '\\',
  '"',
  "'",
  ' ',
  'a',
  '(',
  ')',
  ':',
  '@',
  '-',
  '+',
  '!',
  '<!--',
  '_',
  ',',
  'true',
];
/** Text of any characters, or of the characters Argdown and Markdown give a meaning to. */
const anyText = (minLength: number, maxLength: number) =>
  fc.oneof(
    fc.string({ unit: 'grapheme', minLength, maxLength }),
    fc.array(fc.constantFrom(...SYNTAX), { minLength, maxLength: maxLength / 3 }).map((parts) => parts.join('')),
  );
const words = anyText(1, 30);
const pinpoints = anyText(0, 12).map((pinpoint) => pinpoint.replace(/\s+/g, ' ').trim());
const randomText = fc
  .array(fc.oneof(words, fc.tuple(fc.constantFrom('res1718', 'icj:statute', 'a.b-c/d'), pinpoints)), { maxLength: 5 })
  .map((parts) =>
    parts
      .map((part) =>
        typeof part === 'string'
          ? part.replace(/[\\`*_[\]<>@$^~|#]/g, '\\$&')
          : `[@${part[0]}${part[1] ? `, ${part[1].replace(/[\\\];@]/g, '\\$&')}` : ''}]`,
      )
      .join(' '),
  );
const leaf = (kind: 'rule' | 'evidence' | 'note') =>
  fc.record(
    {
      kind: fc.constant(kind),
      title: anyText(0, 40),
      text: randomText,
      tags: fc.uniqueArray(anyText(1, 12), { maxLength: 3 }),
      ...(kind === 'evidence'
        ? {
            weight: fc.constantFrom('strong', 'moderate', 'weak'),
            assessment: fc.constantFrom('accepted', 'contested', 'rejected'),
          }
        : {}),
    },
    { requiredKeys: ['kind', 'title'] },
  );
const randomNode: fc.Arbitrary<DocumentNode> = fc.letrec<{ node: DocumentNode }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf('rule'),
    leaf('evidence'),
    leaf('note'),
    fc.record(
      {
        kind: fc.constantFrom('issue' as const, 'claim' as const, 'counter' as const, 'response' as const),
        title: anyText(0, 40),
        side: fc.constantFrom('applicant' as const, 'respondent' as const),
        mode: fc.constantFrom('all' as const, 'any' as const),
        standard: fc.constantFrom('scintilla' as const, 'beyond_reasonable_doubt' as const),
        children: fc.array(tie('node'), { maxLength: 3 }),
      },
      { requiredKeys: ['kind', 'title'] },
    ),
  ),
})).node as fc.Arbitrary<DocumentNode>;

describe('Argdown export and import', () => {
  it('round-trips a case: same tree, kinds, titles, fields and body text', async () => {
    await t.api['interchange-import']({ document: RICH_CASE });
    const original = await t.api['interchange-export']({});
    const { text } = await t.api['export-argdown']({});

    expect(text).toContain('# Republic of Korea v Russian Federation');
    expect(text).toContain(
      '    + [The arms embargo]: Member States **shall prevent** the supply (@res1718, para 8(a)). {kind: rule, disputed: true}',
    );
    expect(text).toMatch(/\n {4}- \[<img src=x onerror=alert\(1\)>\] \{kind: counter, standard: preponderance/);
    expect(text).toContain('[Same (2)]');
    expect(text).toContain('#sanctions #(two words)');

    await t.api['case-create']({ path: t.path('second.casewright') });
    const summary = await t.api['import-argdown']({ text });
    expect(summary).toMatchObject({ nodes: 11, warnings: [] });
    const imported = await t.api['interchange-export']({});
    expect(shape(imported.nodes)).toEqual(shape(original.nodes));
    const rule = imported.nodes![0]!.children![0]!.children![0]!;
    expect(rule.body).toEqual(original.nodes![0]!.children![0]!.children![0]!.body);
  });

  it('round-trips any tree of nodes with any titles, tags, fields and text with citations', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(randomNode, { minLength: 1, maxLength: 4 }), async (nodes) => {
        run++;
        await t.api['case-create']({ path: t.path(`property-${run}.casewright`) });
        await t.api['interchange-import']({ document: { format: 'casewright', version: 1, nodes } });
        const original = await t.api['interchange-export']({});
        const { text } = await t.api['export-argdown']({});
        await t.api['case-create']({ path: t.path(`property-${run}-copy.casewright`) });
        await t.api['import-argdown']({ text });
        expect(shape((await t.api['interchange-export']({})).nodes)).toEqual(shape(original.nodes));
      }),
      { numRuns: runs(40) },
    );
  });

  it('keeps hostile titles and text as characters, never as markup', async () => {
    await t.api['interchange-import']({ document: RICH_CASE });
    const { text } = await t.api['export-argdown']({});
    await t.api['case-create']({ path: t.path('second.casewright') });
    await t.api['import-argdown']({ text });
    const rows = await t.api['outline-get']({});
    const counter = rows.find((row) => row.kind === 'counter')!;
    expect(counter.title).toBe('<img src=x onerror=alert(1)>');
    const same = rows.find((row) => row.kind === 'evidence' && row.title === 'Same')!;
    const body = await t.api['nodes-get']({ id: same.id });
    expect(bodyPlainText(body.body)).toBe(
      'Braces {like this}, a #hash, a // slash pair, /* not a comment */, (@notakey) and <b>tags</b>.',
    );
    expect(body.tags).toEqual([]);
  });

  it('writes text starting with "===" so that @argdown/core reads it, and reads it back as written', async () => {
    const nodes = [
      { kind: 'claim', title: 'A', text: '=== first' },
      { kind: 'claim', title: 'B', text: '=== second ===' },
    ];
    await t.api['interchange-import']({ document: { format: 'casewright', version: 1, nodes } });
    const { text } = await t.api['export-argdown']({});
    const reference = argdownReference();
    if (reference) expect(reference(text).errors).toBe(0);
    await t.api['case-create']({ path: t.path('second.casewright') });
    await t.api['import-argdown']({ text });
    const rows = await t.api['outline-get']({});
    const bodies = await Promise.all(
      rows.map(async (row) => bodyPlainText((await t.api['nodes-get']({ id: row.id })).body)),
    );
    expect(bodies).toEqual(['=== first', '=== second ===']);
  });

  it('exports one subtree', async () => {
    await t.api['interchange-import']({ document: RICH_CASE });
    const rows = await t.api['outline-get']({});
    const { text } = await t.api['export-argdown']({
      rootId: rows.find((row) => row.title === 'ARSIWA article 16')!.id,
    });
    expect(text).toBe('# Republic of Korea v Russian Federation\n\n[ARSIWA article 16] {kind: rule}\n');
  });

  it('imports a hand-written file with statements, arguments, support, attack, undercut and a premise–conclusion structure', async () => {
    const summary = await t.api['import-argdown']({ text: HAND_WRITTEN });
    expect(await outlineLines(t.api)).toEqual([
      'claim: Breach',
      '  claim: Transfers',
      '    evidence: Imagery',
      '  counter: Self-defence',
      '    response: No armed attack',
      '    response: Treaty alliance',
      '  rule: Rule 8(a)',
      '  counter: Domestic law',
      '  claim: Pact',
      'claim: Attributable',
      '  claim: Attribution',
      '    claim: Organ conduct',
      '    claim: Russian officials approved the transfers.',
    ]);
    const rows = await t.api['outline-get']({});
    const breach = await t.api['nodes-get']({ id: rows[0]!.id });
    expect(breach.tags).toEqual(['sanctions', 'ICJ case']);
    expect(bodyPlainText(breach.body)).toBe('Russia breached resolution 1718 by supplying arms to the DPRK.');
    const imagery = await t.api['nodes-get']({ id: rows[2]!.id });
    expect(imagery).toMatchObject({ weight: 'moderate', assessment: 'accepted' });
    expect(bodyPlainText(imagery.body)).toBe(
      'Satellite images of Rajin port show containers loaded on Russian ships, as reported res1718 para 8.',
    );
    const transfers = await t.api['nodes-get']({ id: rows[1]!.id });
    expect(bodyPlainText(transfers.body)).toBe(
      'Panel reports and satellite imagery show transfers of ballistic missiles, continued over several months.',
    );
    expect(summary.warnings).toEqual([
      'Argdown: data fields Casewright does not use were skipped: color.',
      'Argdown: line 32: "Imagery" also supports "Attributable"; it is placed once, under "Transfers".',
    ]);
  });

  it('reads the multi-line inference rule, and a premise–conclusion structure with no <Title> as an argument of its own', async () => {
    const text = [
      '<Modus>',
      '',
      '(1) [P]: p',
      '(2) [Q]: if p then q',
      '--',
      'Modus ponens {uses: [1,2]}',
      '--',
      '(3) [R]: q',
      '',
      '(1) [S]: s',
      '----',
      '(2) [T]: t',
      '',
    ].join('\n');
    await t.api['import-argdown']({ text });
    expect(await outlineLines(t.api)).toEqual([
      'claim: R',
      '  claim: Modus',
      '    claim: P',
      '    claim: Q',
      'claim: T',
      '  claim: Argument for: T',
      '    claim: S',
    ]);
  });

  it('reads text as @argdown/core does: headings over lines, links and less indented lines continuing, list items, a second text', async () => {
    const text = [
      '# A heading that runs',
      'over two lines',
      '',
      '[A]: First text',
      'that goes on.',
      '  + [B]: Support, see',
      '[the report](https://example.org) for details.',
      '  - Objection',
      'less indented but continuing',
      '',
      '[A]: Another text',
      'whose continuation is added.',
      '',
      '  * item one',
      '  * item two',
      '',
    ].join('\n');
    const summary = await t.api['import-argdown']({ text });
    expect(await outlineLines(t.api)).toEqual([
      'claim: A',
      '  claim: B',
      '  counter: Objection less indented but continuing',
      'claim: item one',
      'claim: item two',
    ]);
    const rows = await t.api['outline-get']({});
    expect(bodyPlainText((await t.api['nodes-get']({ id: rows[0]!.id })).body)).toBe(
      'Another text whose continuation is added.',
    );
    expect(bodyPlainText((await t.api['nodes-get']({ id: rows[1]!.id })).body)).toBe(
      'Support, see the report for details.',
    );
    expect(summary.warnings).toEqual([
      'Argdown: line 11: "A" is given another text here; this one is kept, as Argdown keeps the last.',
    ]);
  });

  it('writes the logical symbols of Argdown shortcodes, as @argdown/core does, and leaves "U.S.A." alone', async () => {
    const text = '[Law]: .A.x.E.y: F(x) :->: G(y), and .~.P in the U.S.A. at 10:30:45 #formal\n';
    await t.api['import-argdown']({ text });
    const [row] = await t.api['outline-get']({});
    const body = bodyPlainText((await t.api['nodes-get']({ id: row!.id })).body);
    expect(body).toBe('∀x∃y: F(x) → G(y), and ¬P in the U.S.A. at 10:30:45');
    const reference = argdownReference();
    if (reference) expect(reference(text).summary.texts).toEqual([`[Law]: ${body}`]);
  });

  it('reads past comments as if they were not there, and data written over several lines', async () => {
    const text = [
      '<a>: An argument description <!-- a comment',
      'over two lines -->',
      'that goes on.',
      '// a comment line',
      '',
      '(1) [P]: A premise {sources: [',
      '    "Cleanthes"',
      '  ], kind: evidence}',
      '// a comment between the premise and the inference',
      '----',
      '(2) [C]: The conclusion',
      '',
    ].join('\n');
    const summary = await t.api['import-argdown']({ text });
    expect(await outlineLines(t.api)).toEqual(['claim: C', '  claim: a', '    evidence: P']);
    const [, argument] = await t.api['outline-get']({});
    expect(bodyPlainText((await t.api['nodes-get']({ id: argument!.id })).body)).toBe(
      'An argument description that goes on.',
    );
    expect(summary.warnings).toEqual(['Argdown: data fields Casewright does not use were skipped: sources.']);
  });

  it('is one step that undo takes back, and can go under a chosen node', async () => {
    await t.api['import-argdown']({ text: '[Host]: where the import goes\n' });
    const [host] = await t.api['outline-get']({});
    await t.api['import-argdown']({ text: HAND_WRITTEN, parentId: host!.id });
    expect((await outlineLines(t.api)).slice(0, 3)).toEqual(['claim: Host', '  claim: Breach', '    claim: Transfers']);
    expect(await t.api['history-undo']({})).toMatchObject({ undone: 'Import Argdown' });
    expect(await outlineLines(t.api)).toEqual(['claim: Host']);
  });

  it('places a statement on a cycle once and says so', async () => {
    const summary = await t.api['import-argdown']({ text: '[A]: first\n  + [B]: second\n\n[B]\n  + [A]\n' });
    expect(await outlineLines(t.api)).toEqual(['claim: A', '  claim: B']);
    expect(summary.warnings).toEqual([
      'Argdown: line 1: "A" is part of a cycle of relations; it is placed at the top level.',
      'Argdown: line 5: "A" also supports "B"; it is placed once, at the top level.',
    ]);
  });

  it('says so when a statement both supports and attacks another', async () => {
    const summary = await t.api['import-argdown']({ text: '[B]\n  + [A]\n  - [A]\n' });
    expect(await outlineLines(t.api)).toEqual(['claim: B', '  claim: A']);
    expect(summary.warnings).toEqual(['Argdown: line 3: "A" also attacks "B"; it is placed once, under "B".']);
  });

  it('turns an attack on a counter into a response and an attack on a response into a counter', async () => {
    await t.api['import-argdown']({ text: '[Claim]\n  - [Objection]\n    - [Answer]\n      - [Rejoinder]\n' });
    expect(await outlineLines(t.api)).toEqual([
      'claim: Claim',
      '  counter: Objection',
      '    response: Answer',
      '      counter: Rejoinder',
    ]);
  });

  const malformed: [string, string, RegExp][] = [
    ['a relation with nothing above it', '+ [Orphan]: text\n', /line 1: the relation "\+" has no statement/],
    [
      'an unclosed statement title',
      '[Claim]: fine\n\n[Unclosed: text\n',
      /line 3: the statement title "Unclosed: text" is not closed/,
    ],
    [
      'an unclosed argument title',
      '[Claim]\n  + <Argument: text\n',
      /line 2: the argument title .* is not closed with ">"/,
    ],
    ['an empty title', '[]: nothing\n', /line 1: an empty statement title \[\]/],
    [
      'a kind Casewright does not have',
      '[A]: text {kind: wizard}\n',
      /line 1: data field "kind": "wizard" is not allowed/,
    ],
    ['an unclosed data block', '[A]\n\n[B]: text {kind: evidence\n', /line 3: the data block \{…\} is not valid/],
    ['text after the data', '[A]: text {kind: claim} more\n', /line 1: text after the data block/],
    [
      'a field of another kind',
      '[A]: text {weight: strong}\n',
      /Argdown: line 1: weight applies only to evidence, not to a claim/,
    ],
    ['a comment never closed', '[A]\n/* open\n[B]\n', /line 2: a comment is opened here and never closed/],
    [
      'an inference rule never closed',
      '<A>\n\n(1) premise\n--\nModus ponens\n',
      /line 4: the inference opened with "--" here is never closed with "--"/,
    ],
    [
      'a premise inside an open inference',
      '<A>\n\n(1) premise\n-- Modus ponens\n(2) conclusion\n',
      /line 5: a premise or conclusion starts inside the inference opened on line 4/,
    ],
    ['a relation with no target', '[A]\n  +   \n  - \n', /line 2: the relation "\+" needs a statement/],
    ['conflicting data', '[A] {kind: rule}\n\n[A] {kind: evidence}\n', /line 3: "A" was given another kind before/],
    ['front matter never closed', '===\ntitle: x\n[A]\n', /line 1: the front matter opened with "===" is never closed/],
    ['nothing to import', '// only a comment\n\n# A heading\n', /no statements or arguments/],
  ];
  for (const [what, text, message] of malformed) {
    it(`refuses ${what}, changing nothing`, async () => {
      await t.api['import-argdown']({ text: '[Existing]: already here\n' });
      await expectRefused(t.api, () => t.api['import-argdown']({ text }), message);
    });
  }
});
