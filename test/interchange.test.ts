import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type TempService, tempService } from './support/tempService';

let t: TempService;
beforeEach(async () => {
  t = tempService();
  await t.api['case-create']({ path: t.path('case.casewright') });
});
afterEach(() => t.dispose());

const handWritten = readFileSync(resolve(import.meta.dirname, 'fixtures/hand-written-case.json'), 'utf8');

function withoutIds(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value), (key, item) => (key === 'id' ? undefined : item));
}

describe('the casewright/1 interchange format', () => {
  it('imports a hand-written case with nested kinds, fields and Markdown citations', async () => {
    const summary = await t.api['interchange-import']({ document: handWritten });
    expect(summary).toMatchObject({ nodes: 7, authoritiesAdded: 2, authoritiesMerged: 0 });
    const rows = await t.api['outline-get']({});
    expect(rows.map((row) => [row.depth, row.kind])).toEqual([
      [0, 'issue'],
      [1, 'claim'],
      [2, 'rule'],
      [2, 'evidence'],
      [2, 'counter'],
      [3, 'response'],
      [2, 'note'],
    ]);
    const evidence = await t.api['nodes-get']({ id: rows[3]!.id });
    expect(evidence).toMatchObject({
      weight: 'moderate',
      assessment: 'contested',
      citations: [{ key: 'panel2024', pinpoint: 'para 12' }],
    });
    expect(evidence.body.content[0]).toEqual({
      type: 'paragraph',
      content: [
        { type: 'text', text: 'See ' },
        { type: 'text', text: 'the', marks: [{ type: 'bold' }] },
        { type: 'text', text: ' report ' },
        { type: 'citation', attrs: { key: 'panel2024', pinpoint: 'para 12' } },
        { type: 'text', text: '.' },
      ],
    });
    expect(await t.api['case-get']({})).toMatchObject({ title: 'Test v Other', applicant: 'Testland' });
  });

  it('round-trips: export, import into a new case, export again gives the same document apart from ids', async () => {
    await t.api['interchange-import']({ document: handWritten });
    const first = await t.api['interchange-export']({});
    expect(first.nodes![0]!.children![0]!.children![0]!.text).toBe(
      'Member States shall prevent the supply [@res1718, para 8(a)].',
    );
    await t.api['case-create']({ path: t.path('second.casewright') });
    await t.api['interchange-import']({ document: JSON.stringify(first) });
    const second = await t.api['interchange-export']({});
    expect(withoutIds(second)).toEqual(withoutIds(first));
  });

  it.each(readdirSync(resolve(import.meta.dirname, '../templates')).map((file) => file.replace(/\.json$/, '')))(
    'round-trips the %s template apart from ids',
    async (templateId) => {
      await t.api['case-create']({ path: t.path(`${templateId}.casewright`), templateId });
      const first = await t.api['interchange-export']({});
      await t.api['case-create']({ path: t.path(`${templateId}-again.casewright`) });
      await t.api['interchange-import']({ document: JSON.stringify(first) });
      expect(withoutIds(await t.api['interchange-export']({}))).toEqual(withoutIds(first));
    },
  );

  it('merges authorities by key and fills only the metadata the case lacks', async () => {
    await t.api['case-update']({ title: 'My own title' });
    await t.api['authorities-add']({ key: 'res1718', type: 'un_document', short: 'Mine' });
    const summary = await t.api['interchange-import']({ document: handWritten });
    expect(summary).toMatchObject({ authoritiesAdded: 1, authoritiesMerged: 1 });
    const authorities = await t.api['authorities-list']({});
    expect(authorities.find((authority) => authority.key === 'res1718')!.short).toBe('Mine');
    expect(await t.api['case-get']({})).toMatchObject({
      title: 'My own title',
      forum: 'International Court of Justice',
    });
  });

  const bad: [string, unknown, RegExp, string?][] = [
    ['not JSON', '{"format": "casewright",', /not valid JSON/],
    ['another format', { format: 'other' }, /"format" must be "casewright"/, 'format'],
    ['a newer version', { format: 'casewright', version: 2 }, /reads version 1/, 'version'],
    [
      'a wrong weight',
      {
        format: 'casewright',
        version: 1,
        nodes: [
          {
            kind: 'claim',
            title: 'C',
            children: [
              { kind: 'rule', title: 'R' },
              { kind: 'evidence', title: 'E', weight: 'heavy' },
            ],
          },
        ],
      },
      /nodes\[0\]\.children\[1\]\.weight: "heavy" is not allowed; expected one of "strong", "moderate", "weak"/,
      'nodes[0].children[1].weight',
    ],
    [
      'an unknown field',
      { format: 'casewright', version: 1, nodes: [{ kind: 'claim', title: 'C', colour: 'red' }] },
      /nodes\[0\]\.colour: unknown field "colour"/,
      'nodes[0].colour',
    ],
    [
      'a missing title',
      { format: 'casewright', version: 1, nodes: [{ kind: 'claim' }] },
      /nodes\[0\]\.title: missing/,
      'nodes[0].title',
    ],
    [
      'a field of another kind',
      { format: 'casewright', version: 1, nodes: [{ kind: 'rule', title: 'R', weight: 'strong' }] },
      /weight applies only to evidence/,
      'nodes[0].weight',
    ],
    [
      'a duplicate authority key',
      {
        format: 'casewright',
        version: 1,
        authorities: [
          { key: 'a', type: 'book' },
          { key: 'a', type: 'book' },
        ],
      },
      /authorities\[1\]\.key: the key "a" is used twice/,
    ],
    [
      'a bad authority type',
      { format: 'casewright', version: 1, authorities: [{ key: 'a', type: 'novel' }] },
      /authorities\[0\]\.type/,
    ],
    [
      'a script link in a body',
      {
        format: 'casewright',
        version: 1,
        nodes: [
          {
            kind: 'claim',
            title: 'C',
            body: {
              type: 'doc',
              content: [
                {
                  type: 'paragraph',
                  content: [
                    { type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] },
                  ],
                },
              ],
            },
          },
        ],
      },
      /nodes\[0\]\.body\.content\[0\]\.content\[0\]\.marks\[0\]\.attrs\.href: links may only use http, https or mailto/,
    ],
    ['deep nesting', { format: 'casewright', version: 1, nodes: [nest(300)] }, /nested more than 200 levels/],
  ];

  it.each(bad)(
    'refuses %s with the JSON path of the problem and changes nothing',
    async (_name, document, message, path) => {
      await t.api['interchange-import']({ document: handWritten });
      const before = JSON.stringify(await t.api['interchange-export']({}));
      const attempt = t.api['interchange-import']({ document });
      await expect(attempt).rejects.toMatchObject({ code: 'invalid_input', message: expect.stringMatching(message) });
      if (path) await expect(attempt).rejects.toMatchObject({ path });
      expect(JSON.stringify(await t.api['interchange-export']({}))).toBe(before);
    },
  );

  it('keeps hostile text as text', async () => {
    const title = '<img src=x onerror=alert(1)>';
    await t.api['interchange-import']({
      document: {
        format: 'casewright',
        version: 1,
        nodes: [{ kind: 'claim', title, text: '<script>alert(1)</script> [click](javascript:alert(1))' }],
      },
    });
    const node = (await t.api['interchange-export']({})).nodes![0]!;
    expect(node.title).toBe(title);
    expect(node.body).toEqual({
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: '<script>alert(1)</script> click' }] }],
    });
    expect(node.text).toBe('\\<script\\>alert(1)\\</script\\> click');
  });
});

function nest(depth: number): unknown {
  let node: Record<string, unknown> = { kind: 'claim', title: 'leaf' };
  for (let level = 0; level < depth; level++) node = { kind: 'claim', title: `level ${level}`, children: [node] };
  return node;
}
