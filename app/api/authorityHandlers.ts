import * as z from 'zod';
import { authorityKeySchema } from '../body/bodySchema';
import type { BlockNode, BodyDocument, InlineNode } from '../body/types';
import { documentSchemas } from '../interchange/documentSchema';
import { conflict, notFound } from '../model/errors';
import { AUTHORITY_TYPES } from '../model/types';
import {
  deleteAuthority,
  findAuthorityByKey,
  getAuthority,
  insertAuthority,
  nodesCiting,
  updateAuthority,
} from '../store/authorityStore';
import { loadBody, updateBody } from '../store/nodeStore';
import { listSources } from '../store/sourceStore';
import { requireSession } from './apiContext';
import { method } from './method';

const authorityId = z.number().int().positive();
const fields = {
  key: authorityKeySchema,
  type: z.enum(AUTHORITY_TYPES),
  short: z.string().max(500).default(''),
  csl: documentSchemas().cslSchema.default({}),
};

function renameInBody(body: BodyDocument, from: string, to: string): BodyDocument {
  const inline = (nodes: InlineNode[] | undefined) =>
    nodes?.map((node) =>
      node.type === 'citation' && node.attrs.key === from ? { ...node, attrs: { ...node.attrs, key: to } } : node,
    );
  const block = (node: BlockNode): BlockNode => {
    if (node.type === 'paragraph' || node.type === 'heading')
      return { ...node, content: inline(node.content) } as BlockNode;
    if (node.type === 'blockquote') return { ...node, content: node.content.map(block) };
    return {
      ...node,
      content: node.content.map((item) => ({ ...item, content: item.content.map(block) })),
    } as BlockNode;
  };
  return { type: 'doc', content: body.content.map(block) };
}

export const authorityHandlers = {
  /** Every authority of the case, with how many nodes cite it. */
  'authorities-list': method(z.strictObject({}), (context) => {
    const session = requireSession(context);
    const counts = new Map<string, number>();
    for (const node of session.summaries().values()) {
      for (const key of new Set(node.citations.map((citation) => citation.key)))
        counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return session.authorityList().map((authority) => ({ ...authority, citedBy: counts.get(authority.key) ?? 0 }));
  }),

  /** Adds an authority; its key must be new to the case. */
  'authorities-add': method(z.strictObject(fields), (context, input) => {
    const session = requireSession(context);
    if (findAuthorityByKey(session.database, input.key)) {
      throw conflict(`An authority with the key "${input.key}" already exists; choose another key.`);
    }
    const id = session.change('Add authority', () => insertAuthority(session.database, input));
    return getAuthority(session.database, id)!;
  }),

  /** Changes an authority; a new key is written into every citation of it. */
  'authorities-update': method(
    z.strictObject({ id: authorityId, ...z.object(fields).partial().shape }),
    (context, input) => {
      const session = requireSession(context);
      const current = getAuthority(session.database, input.id);
      if (!current) throw notFound(`There is no authority ${input.id} in this case.`);
      const next = {
        key: input.key ?? current.key,
        type: input.type ?? current.type,
        short: input.short ?? current.short,
        csl: input.csl ?? current.csl,
      };
      if (next.key !== current.key && findAuthorityByKey(session.database, next.key)) {
        throw conflict(`An authority with the key "${next.key}" already exists; choose another key.`);
      }
      session.change('Edit authority', () => {
        updateAuthority(session.database, current.id, next);
        if (next.key === current.key) return;
        for (const nodeId of nodesCiting(session.database, current.key)) {
          const body = loadBody(session.database, nodeId);
          if (body) updateBody(session.database, nodeId, renameInBody(body, current.key, next.key));
        }
      });
      return getAuthority(session.database, current.id)!;
    },
  ),

  /** Deletes an authority that nothing cites. */
  'authorities-delete': method(z.strictObject({ id: authorityId }), (context, input) => {
    const session = requireSession(context);
    const current = getAuthority(session.database, input.id);
    if (!current) throw notFound(`There is no authority ${input.id} in this case.`);
    const citing = nodesCiting(session.database, current.key).length;
    if (citing > 0) {
      throw conflict(
        `"${current.key}" is cited by ${citing} node${citing === 1 ? '' : 's'}; remove those citations first.`,
      );
    }
    if (listSources(session.database).some((source) => source.authorityId === current.id)) {
      throw conflict(`"${current.key}" has a source attached; detach it first.`);
    }
    session.change('Delete authority', () => deleteAuthority(session.database, current.id));
    return { deleted: 1 };
  }),
};
