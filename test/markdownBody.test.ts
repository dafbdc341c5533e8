import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bodySchema } from '../app/body/bodySchema';
import { bodyPlainText } from '../app/body/bodyText';
import { bodyToMarkdown } from '../app/body/bodyToMarkdown';
import { markdownToBody } from '../app/body/markdownToBody';
import type { BlockNode, BodyDocument, InlineNode, Mark } from '../app/body/types';
import { runs } from './support/longRuns';

describe('Markdown bodies', () => {
  it('reads headings, lists, quotes, emphasis, links and pandoc citations', () => {
    const body = markdownToBody(
      [
        '## Jurisdiction',
        '',
        'The Court has jurisdiction under **art 36(1)** and *art 36(2)* [@icjstatute, art 36(2); @charter, art 93].',
        '',
        '- first ground',
        '- second ground with [a link](https://www.icj-cij.org/)',
        '',
        '1. one',
        '2. two',
        '',
        '> quoted',
      ].join('\n'),
    );
    expect(body.content.map((block) => block.type)).toEqual([
      'heading',
      'paragraph',
      'bulletList',
      'orderedList',
      'blockquote',
    ]);
    const paragraph = body.content[1] as Extract<BlockNode, { type: 'paragraph' }>;
    expect(paragraph.content!.filter((node) => node.type === 'citation')).toEqual([
      { type: 'citation', attrs: { key: 'icjstatute', pinpoint: 'art 36(2)' } },
      { type: 'citation', attrs: { key: 'charter', pinpoint: 'art 93' } },
    ]);
    expect(bodyPlainText(body)).toContain(
      'The Court has jurisdiction under art 36(1) and art 36(2) icjstatute art 36(2)',
    );
    expect(bodySchema.safeParse(body).success).toBe(true);
  });

  it('reads underscores inside words as text, as pandoc does', () => {
    expect(bodyPlainText(markdownToBody('call my_var_name and window.__flag__x'))).toBe(
      'call my_var_name and window.__flag__x',
    );
    expect(markdownToBody('an _italic_ word').content[0]).toEqual({
      type: 'paragraph',
      content: [
        { type: 'text', text: 'an ' },
        { type: 'text', text: 'italic', marks: [{ type: 'italic' }] },
        { type: 'text', text: ' word' },
      ],
    });
  });

  it('leaves what is not a citation as text', () => {
    expect(bodyPlainText(markdownToBody('email me at a@b.org or [@ not a key]'))).toBe(
      'email me at a@b.org or [@ not a key]',
    );
  });

  const text = fc.stringMatching(
    /^[a-zA-Z0-9.,;:()*_[\]<>@#\\`$^~|&'"-]([a-zA-Z0-9 .,;:()*_[\]<>@#\\`$^~|&'"-]{0,10}[a-zA-Z0-9.,;:()*_[\]<>@#\\`$^~|&'"-])?$/,
  );
  const mark: fc.Arbitrary<Mark[]> = fc.subarray([
    { type: 'link', attrs: { href: 'https://example.org/a_b' } } as Mark,
    { type: 'bold' } as Mark,
    { type: 'italic' } as Mark,
  ]);
  const inline: fc.Arbitrary<InlineNode> = fc.oneof(
    fc
      .record({ type: fc.constant('text' as const), text, marks: mark })
      .map(({ marks, ...node }) => (marks.length > 0 ? { ...node, marks } : node)),
    fc.record({
      type: fc.constant('citation' as const),
      attrs: fc.record({
        key: fc.stringMatching(/^[a-z][a-z0-9_-]{0,8}$/),
        pinpoint: fc.constantFrom('', 'art 25', 'para 8(a)', 'paras 113–14'),
      }),
    }),
    fc.constant({ type: 'hardBreak' as const }),
  );
  const breaksInside = (content: InlineNode[]) =>
    content[0]?.type !== 'hardBreak' &&
    content.at(-1)?.type !== 'hardBreak' &&
    content.every((node, index) => node.type !== 'hardBreak' || content[index + 1]?.type !== 'hardBreak');
  const paragraph = fc
    .array(inline, { minLength: 1, maxLength: 8 })
    .filter(breaksInside)
    .map((content) => ({ type: 'paragraph' as const, content }));
  const block: fc.Arbitrary<BlockNode> = fc.oneof(
    paragraph,
    fc
      .array(
        inline.filter((node) => node.type !== 'hardBreak'),
        { minLength: 1, maxLength: 4 },
      )
      .map((content) => ({ type: 'heading' as const, attrs: { level: 2 as const }, content })),
    fc.array(paragraph, { minLength: 1, maxLength: 3 }).map((items) => ({
      type: 'bulletList' as const,
      content: items.map((item) => ({ type: 'listItem' as const, content: [item] })),
    })),
  );

  it('reads delimiters that never close as characters, in time that grows with the text, not its square', {
    timeout: 20_000,
  }, () => {
    for (const unit of ['*a ', '_a ', '[a ', '[@a ', '**a ', '[a](']) {
      const text = unit.repeat(100_000).trim();
      expect(bodyPlainText(markdownToBody(text))).toBe(text);
    }
    const opened = `${'*'.repeat(1000)}${'a'.repeat(1_000_000)}`;
    expect(bodyPlainText(markdownToBody(opened))).toBe(opened);
  });

  it('reads quotes, lists, links and emphasis nested thousands deep without overflowing, keeping every word', () => {
    const depthOf = (blocks: readonly BlockNode[]): number =>
      Math.max(
        0,
        ...blocks.map((block) =>
          'content' in block && block.type !== 'paragraph' && block.type !== 'heading'
            ? 1 + depthOf((block.content ?? []) as BlockNode[])
            : 0,
        ),
      );
    const quotes = markdownToBody(`${'>'.repeat(100_000)} deepest`);
    expect(depthOf(quotes.content)).toBe(16);
    expect(bodyPlainText(quotes)).toBe(`${'>'.repeat(100_000 - 16)} deepest`);
    const list = markdownToBody(
      Array.from({ length: 2000 }, (_, index) => `${'  '.repeat(index)}- item${index}`).join('\n'),
    );
    expect(depthOf(list.content)).toBeLessThanOrEqual(2 * 16 + 1);
    const words = bodyPlainText(list).match(/item\d+/g) ?? [];
    expect(words).toHaveLength(2000);
    const links = markdownToBody(`${'['.repeat(30_000)}x${'](https://example.org)'.repeat(30_000)}`);
    expect(bodyPlainText(links)).toContain('x');
    const emphasis = markdownToBody(`${'*_'.repeat(20_000)}x${'_*'.repeat(20_000)}`);
    expect(bodyPlainText(emphasis)).toContain('x');
    expect(bodySchema.safeParse(emphasis).success).toBe(true);
  });

  it('writes Markdown that reads back to the same body', () => {
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 4 }), (blocks) => {
        const body = normalise({ type: 'doc', content: blocks });
        expect(markdownToBody(bodyToMarkdown(body))).toEqual(body);
      }),
      { numRuns: runs(300) },
    );
  });
});

/** The body as Markdown can hold it: adjacent runs with the same marks merged, adjacent bullet lists one list. */
function normalise(body: BodyDocument): BodyDocument {
  const inline = (nodes: InlineNode[]): InlineNode[] => {
    const merged: InlineNode[] = [];
    for (const node of nodes) {
      const last = merged.at(-1);
      if (node.type === 'text' && last?.type === 'text' && JSON.stringify(last.marks) === JSON.stringify(node.marks)) {
        merged[merged.length - 1] = { ...last, text: last.text + node.text };
      } else merged.push(node);
    }
    return merged;
  };
  const block = (node: BlockNode): BlockNode => {
    if (node.type === 'paragraph' || node.type === 'heading') return { ...node, content: inline(node.content ?? []) };
    if (node.type === 'blockquote') return { ...node, content: node.content.map(block) };
    return {
      ...node,
      content: node.content.map((item) => ({ ...item, content: item.content.map(block) })),
    } as BlockNode;
  };
  const blocks: BlockNode[] = [];
  for (const node of body.content.map(block)) {
    const last = blocks.at(-1);
    if (last?.type === 'bulletList' && node.type === 'bulletList') {
      blocks[blocks.length - 1] = { ...last, content: [...last.content, ...node.content] };
    } else blocks.push(node);
  }
  return { type: 'doc', content: blocks };
}
