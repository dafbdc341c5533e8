import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CasewrightError } from '../../app/model/errors';
import { runs } from '../support/longRuns';
import { type TempService, tempService } from '../support/tempService';
import { caseSnapshot } from './importAssertions';

const fixture = (path: string) => readFileSync(resolve(import.meta.dirname, '../fixtures', path), 'utf8');
const RUNS = { numRuns: runs(200) };

let t: TempService;
let exportedArgdown: string;
let exportedAif: string;
let docx: Buffer;
beforeAll(async () => {
  t = tempService();
  await t.api['case-create']({ path: t.path('fuzz.casewright') });
  await t.api['interchange-import']({ document: fixture('rich-case.json') });
  exportedArgdown = (await t.api['export-argdown']({})).text;
  exportedAif = (await t.api['export-aif']({})).text;
  docx = await Packer.toBuffer(
    new Document({
      sections: [
        {
          children: [
            new Paragraph({ text: 'Whether the Court has jurisdiction', heading: HeadingLevel.HEADING_1 }),
            new Paragraph('Both States accepted it.'),
            new Paragraph({ text: 'The reservation does not apply', heading: HeadingLevel.HEADING_2 }),
          ],
        },
      ],
    }),
  );
});
afterAll(() => t.dispose());

/**
 * Runs an import: it either succeeds, and one undo takes the case back to what it was (which also keeps the case
 * the same size for the next run), or is refused as invalid input with the case left exactly as it was.
 */
async function importSafely(run: () => Promise<unknown>): Promise<void> {
  const before = await caseSnapshot(t.api);
  try {
    await run();
  } catch (error) {
    if (!(error instanceof CasewrightError) || error.code !== 'invalid_input') throw error;
    expect(error.message.length).toBeGreaterThan(0);
    expect(await caseSnapshot(t.api)).toBe(before);
    return;
  }
  if ((await caseSnapshot(t.api)) === before) return;
  await t.api['history-undo']({});
  expect(await caseSnapshot(t.api)).toBe(before);
}

/** A valid input with a few random characters deleted and inserted. */
function mutated(source: () => string, tokens: string[]): fc.Arbitrary<string> {
  const edit = fc.record({
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    remove: fc.nat({ max: 6 }),
    insert: fc.oneof(fc.string({ maxLength: 4, unit: 'binary' }), fc.constantFrom(...tokens)),
  });
  return fc.array(edit, { minLength: 1, maxLength: 6 }).map((edits) => {
    let text = source();
    for (const { at, remove, insert } of edits) {
      const position = Math.floor(at * text.length);
      text = text.slice(0, position) + insert + text.slice(position + remove);
    }
    return text;
  });
}

const tokenSoup = (tokens: string[]) =>
  fc.array(fc.constantFrom(...tokens), { maxLength: 60 }).map((parts) => parts.join(''));

const ARGDOWN_TOKENS = [
  '[',
  ']',
  '<',
  '>',
  '+ ',
  '- ',
  '<+ ',
  '+> ',
  '_> ',
  '<_ ',
  '>< ',
  '{',
  '}',
  ': ',
  '#',
  '#(',
  ')',
  '\n',
  '  ',
  'A',
  'b c',
  '"',
  "'",
  '\\',
  '/*',
  '*/',
  '//',
  '(1) ',
  '----',
  '--\n',
  '-- Modus ponens --',
  '* ',
  '1. ',
  '# ',
  '[a](b)',
  '===',
  '@',
  '(@',
  ',',
  'kind: counter',
  'weight: strong',
];
/** Argdown as people write it: a heading over two lines, an untitled premise–conclusion structure with a multi-line
 * inference rule, list items, a link and less indented lines continuing a statement. */
const ARGDOWN_AS_WRITTEN = [
  '# A heading',
  'over two lines',
  '',
  '(1) [P]: A premise',
  'over two lines.',
  '--',
  'Modus ponens {uses: [1]}',
  '--',
  '(2) [C]: The conclusion',
  '  +> [D]: Supported, see',
  '[the report](https://example.org).',
  '',
  '  * an item',
  '  * another',
  '',
].join('\n');
const JSON_TOKENS = [
  '{',
  '}',
  '[',
  ']',
  '"',
  ':',
  ',',
  '1',
  '"1"',
  'null',
  'true',
  '"I"',
  '"RA"',
  '"CA"',
  '"nodeID"',
  '"fromID"',
  '"toID"',
  '"nodes"',
  '"edges"',
  '"AIF"',
  '"OVA"',
  '"type"',
  '"title"',
  '"id"',
  '\\u0000',
];
const MARKDOWN_TOKENS = [
  '#',
  '# ',
  '## ',
  '\n',
  '---',
  '===',
  '```',
  '~~~',
  '- ',
  '1. ',
  '> ',
  '*',
  '_',
  '[',
  ']',
  '(',
  ')',
  '[@',
  'key',
  ', ',
  'text',
  '\\',
];
const BIBTEX_TOKENS = [
  '@',
  'book',
  '{',
  '}',
  ',',
  '=',
  '"',
  'title',
  'key',
  '\n',
  '@string',
  '#',
  '%',
  '\\',
  'author = {A and B}',
  'date = {2020}',
];
const RIS_TOKENS = ['TY  - ', 'ER  - ', 'TI  - ', 'AU  - ', 'JOUR', 'BOOK', '\n', '  - ', 'PY  - 2020', 'x'];

describe('importers under fuzzing: they succeed or refuse with nothing changed, never crash or hang', () => {
  it('Argdown', async () => {
    const text = fc.oneof(
      fc.string({ maxLength: 300, unit: 'binary' }),
      tokenSoup(ARGDOWN_TOKENS),
      mutated(() => fixture('argdown/russia-dprk.argdown'), ARGDOWN_TOKENS),
      mutated(() => exportedArgdown, ARGDOWN_TOKENS),
      mutated(() => ARGDOWN_AS_WRITTEN, ARGDOWN_TOKENS),
    );
    await fc.assert(
      fc.asyncProperty(text, (input) => importSafely(() => t.api['import-argdown']({ text: input }))),
      RUNS,
    );
  });

  it('AIF and xAIF', async () => {
    const graphs = fc.record({
      nodes: fc.array(
        fc.record({
          nodeID: fc.oneof(fc.nat(12), fc.constantFrom('1', '2', '3', ' ', '')),
          text: fc.string({ maxLength: 20 }),
          type: fc.constantFrom('I', 'RA', 'CA', 'MA', 'PA', 'L', 'YA', 'TA', 'ra', 'X'),
        }),
        { maxLength: 12 },
      ),
      edges: fc.array(fc.record({ fromID: fc.oneof(fc.nat(12), fc.string()), toID: fc.nat(12) }), {
        maxLength: 16,
      }),
    });
    const xaif = (graph: unknown) => JSON.stringify({ AIF: graph, OVA: { nodes: [], edges: [] }, text: '' });
    const text = fc.oneof(
      fc.string({ maxLength: 200, unit: 'binary' }),
      fc.jsonValue().map((value) => JSON.stringify(value)),
      fc.jsonValue().map(xaif),
      graphs.map((value) => JSON.stringify(value)),
      graphs.map(xaif),
      tokenSoup(JSON_TOKENS),
      mutated(() => fixture('aif/aifdb-sanctions.json'), JSON_TOKENS),
      mutated(() => xaif(JSON.parse(fixture('aif/aifdb-sanctions.json'))), JSON_TOKENS),
      mutated(() => exportedAif, JSON_TOKENS),
    );
    await fc.assert(
      fc.asyncProperty(text, (input) => importSafely(() => t.api['import-aif']({ text: input }))),
      RUNS,
    );
  });

  it('CSL-JSON, BibTeX and RIS sources', async () => {
    const input = fc.oneof(
      fc.record({
        format: fc.constantFrom('csl' as const, 'bibtex' as const, 'ris' as const),
        text: fc.string({ maxLength: 200, unit: 'binary' }),
      }),
      fc.record({ format: fc.constant('csl' as const), text: fc.jsonValue().map((value) => JSON.stringify(value)) }),
      fc.record({
        format: fc.constant('csl' as const),
        text: mutated(() => fixture('sources/zotero-better-csl.json'), JSON_TOKENS),
      }),
      fc.record({ format: fc.constant('bibtex' as const), text: tokenSoup(BIBTEX_TOKENS) }),
      fc.record({
        format: fc.constant('bibtex' as const),
        text: mutated(() => fixture('sources/zotero-better-biblatex.bib'), BIBTEX_TOKENS),
      }),
      fc.record({ format: fc.constant('ris' as const), text: tokenSoup(RIS_TOKENS) }),
      fc.record({
        format: fc.constant('ris' as const),
        text: mutated(() => fixture('sources/zotero.ris'), RIS_TOKENS),
      }),
    );
    await fc.assert(
      fc.asyncProperty(input, (source) => importSafely(() => t.api['import-sources'](source))),
      RUNS,
    );
  });

  it('Markdown outlines', async () => {
    const text = fc.oneof(
      fc.string({ maxLength: 300, unit: 'binary' }),
      tokenSoup(MARKDOWN_TOKENS),
      mutated(() => '# Issue\n\nBody [@key, p 1].\n\n## Claim\n\n- a\n- b\n\n```\n# code\n```\n', MARKDOWN_TOKENS),
    );
    await fc.assert(
      fc.asyncProperty(text, (input) => importSafely(() => t.api['import-outline']({ format: 'md', text: input }))),
      RUNS,
    );
  });

  it('DOCX outlines', async () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 300 }).map((array) => Buffer.from(array)),
      fc.array(fc.record({ at: fc.nat(), value: fc.nat(255) }), { minLength: 1, maxLength: 8 }).map((edits) => {
        const copy = Buffer.from(docx);
        for (const { at, value } of edits) copy[at % copy.length] = value;
        return copy;
      }),
      fc.nat().map((cut) => docx.subarray(0, cut % docx.length)),
    );
    const base64 = fc.oneof(
      bytes.map((buffer) => buffer.toString('base64')),
      fc.string({ maxLength: 60 }),
    );
    await fc.assert(
      fc.asyncProperty(base64, (input) =>
        importSafely(() => t.api['import-outline']({ format: 'docx', base64: input })),
      ),
      RUNS,
    );
  });
});

describe('hostile inputs: each is read, or refused with nothing changed', () => {
  const many = (unit: string, count: number) => unit.repeat(count);
  const cases: [string, () => Promise<unknown>][] = [
    [
      'Argdown text full of emphasis marks',
      () => t.api['import-argdown']({ text: `[Marks]: ${many('*a _b [c ', 40_000)}` }),
    ],
    [
      'Argdown with thousands of comment markers',
      () => t.api['import-argdown']({ text: `[A]: x${many(' x//y', 100_000)}` }),
    ],
    [
      'Argdown with a data block left open over a hundred thousand lines',
      () => t.api['import-argdown']({ text: `[A]: x {a: [\n${many('"b", \n', 100_000)}` }),
    ],
    ['Argdown with thousands of tags', () => t.api['import-argdown']({ text: `[A]: x ${many('#t ', 100_000)}` })],
    [
      'Argdown nested ten thousand levels',
      () =>
        t.api['import-argdown']({
          text: Array.from({ length: 10_000 }, (_, depth) => `${' '.repeat(depth)}+ [S${depth}]`)
            .join('\n')
            .replace(/^\+ /, ''),
        }),
    ],
    [
      'a Markdown paragraph full of emphasis marks',
      () => t.api['import-outline']({ format: 'md', text: `# A\n\n${many('*a _b [c ', 40_000)}` }),
    ],
    [
      'Markdown quotes nested a hundred thousand deep',
      () => t.api['import-outline']({ format: 'md', text: `# A\n\n${many('>', 100_000)} deep` }),
    ],
    [
      'Markdown lists nested three thousand deep',
      () =>
        t.api['import-outline']({
          format: 'md',
          text: `# A\n\n${Array.from({ length: 3000 }, (_, depth) => `${' '.repeat(depth * 2)}- a`).join('\n')}`,
        }),
    ],
    [
      'a Markdown heading a megabyte long',
      () => t.api['import-outline']({ format: 'md', text: `# ${many('*a ', 300_000)}` }),
    ],
    [
      'casewright/1 node text full of emphasis, link and citation marks that never close',
      () =>
        t.api['interchange-import']({
          document: JSON.stringify({
            format: 'casewright',
            version: 1,
            nodes: [{ kind: 'claim', title: 'A', text: many('*a _b [c [@k ', 30_000) }],
          }),
        }),
    ],
    [
      'casewright/1 node text with quotes and lists nested thousands deep',
      () =>
        t.api['interchange-import']({
          document: JSON.stringify({
            format: 'casewright',
            version: 1,
            nodes: [
              {
                kind: 'claim',
                title: 'A',
                text: `${many('>', 100_000)} deep\n\n${Array.from({ length: 3000 }, (_, depth) => `${' '.repeat(depth * 2)}- a`).join('\n')}`,
              },
            ],
          }),
        }),
    ],
    ['AIF with a chain of ten thousand inferences', () => t.api['import-aif']({ text: JSON.stringify(chain(10_000)) })],
    [
      'AIF with one inference from 2,000 premises to 1,000 conclusions',
      () => t.api['import-aif']({ text: JSON.stringify(fan(2000, 1000)) }),
    ],
  ];
  for (const [what, run] of cases) {
    it(what, async () => {
      await importSafely(run);
    });
  }
});

/** AIF in which each statement is the premise of the one before: a tree deeper than any case. */
function chain(length: number) {
  const nodes: { nodeID: number; text: string; type: string }[] = [];
  const edges: { fromID: number; toID: number }[] = [];
  for (let index = 0; index < length; index++) {
    nodes.push({ nodeID: index * 2, text: `Statement ${index}`, type: 'I' });
    nodes.push({ nodeID: index * 2 + 1, text: 'Default Inference', type: 'RA' });
    if (index > 0)
      edges.push({ fromID: index * 2, toID: index * 2 - 1 }, { fromID: index * 2 - 1, toID: index * 2 - 2 });
  }
  return { nodes, edges };
}

/** AIF with one RA node between many premises and many conclusions. */
function fan(premises: number, conclusions: number) {
  const nodes = [{ nodeID: 0, text: 'Default Inference', type: 'RA' }];
  const edges: { fromID: number; toID: number }[] = [];
  for (let index = 1; index <= premises + conclusions; index++) {
    nodes.push({ nodeID: index, text: `Statement ${index}`, type: 'I' });
    edges.push(index <= premises ? { fromID: index, toID: 0 } : { fromID: 0, toID: index });
  }
  return { nodes, edges };
}
