import * as z from 'zod';
import { AUTHORITY_KEY_MAX_LENGTH, AUTHORITY_KEY_PATTERN, AUTHORITY_KEY_RULE } from '../model/authorityKey';
import type { BlockNode, BodyDocument, InlineNode, ListItemNode } from './types';
import { isSafeHref } from './types';

export { AUTHORITY_KEY_PATTERN };
export const authorityKeySchema = z
  .string()
  .min(1)
  .max(AUTHORITY_KEY_MAX_LENGTH)
  .regex(AUTHORITY_KEY_PATTERN, AUTHORITY_KEY_RULE);

/**
 * A node body as the editor sends it: a ProseMirror document of the kinds of block and inline Casewright knows. Its
 * schemas are built when a body is first parsed, not when a command that only reads a case starts.
 */
export const bodySchema: z.ZodType<BodyDocument> = z.lazy(() => {
  const markSchema = z.union([
    z.strictObject({ type: z.literal('bold') }),
    z.strictObject({ type: z.literal('italic') }),
    z.strictObject({
      type: z.literal('link'),
      attrs: z
        .object({
          href: z.string().max(2000).refine(isSafeHref, 'links may only use http, https or mailto'),
          target: z.string().nullish(),
          rel: z.string().nullish(),
          class: z.string().nullish(),
        })
        .transform(({ href }) => ({ href })),
    }),
  ]);

  const inlineSchema: z.ZodType<InlineNode> = z.discriminatedUnion('type', [
    z.strictObject({
      type: z.literal('text'),
      text: z.string().min(1).max(1_000_000),
      marks: z.array(markSchema).optional(),
    }),
    z.strictObject({
      type: z.literal('citation'),
      attrs: z.strictObject({ key: authorityKeySchema, pinpoint: z.string().max(200).default('') }),
    }),
    z.strictObject({
      type: z.literal('crossref'),
      attrs: z.strictObject({ nodeId: z.number().int().positive(), label: z.string().max(500).default('') }),
    }),
    z.strictObject({ type: z.literal('hardBreak') }),
  ]) as unknown as z.ZodType<InlineNode>;

  const inlineContent = z.array(inlineSchema).optional();

  const listItemSchema: z.ZodType<ListItemNode> = z.lazy(() =>
    z.strictObject({ type: z.literal('listItem'), content: z.array(blockSchema).min(1) }),
  ) as unknown as z.ZodType<ListItemNode>;

  const blockSchema: z.ZodType<BlockNode> = z.lazy(() =>
    z.discriminatedUnion('type', [
      z.strictObject({ type: z.literal('paragraph'), content: inlineContent }),
      z.strictObject({
        type: z.literal('heading'),
        attrs: z.strictObject({ level: z.union([z.literal(1), z.literal(2), z.literal(3)]) }),
        content: inlineContent,
      }),
      z.strictObject({ type: z.literal('bulletList'), content: z.array(listItemSchema).min(1) }),
      z.strictObject({
        type: z.literal('orderedList'),
        attrs: z.strictObject({ start: z.number().int().min(0).default(1) }).optional(),
        content: z.array(listItemSchema).min(1),
      }),
      z.strictObject({ type: z.literal('blockquote'), content: z.array(blockSchema).min(1) }),
    ]),
  ) as unknown as z.ZodType<BlockNode>;

  return z.strictObject({
    type: z.literal('doc'),
    content: z.array(blockSchema).max(100_000),
  });
}) as unknown as z.ZodType<BodyDocument>;
