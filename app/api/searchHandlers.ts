import * as z from 'zod';
import { searchNodes } from '../store/searchStore';
import { requireSession } from './apiContext';
import { method } from './method';

export const searchHandlers = {
  /** Full-text search over titles and bodies, best match first. */
  search: method(
    z.strictObject({ query: z.string().max(1000), limit: z.number().int().min(1).max(1000).default(50) }),
    (context, input) => {
      const session = requireSession(context);
      const nodes = session.summaries();
      const results = [];
      for (const hit of searchNodes(session.database, input.query, input.limit)) {
        const node = nodes.get(hit.nodeId);
        if (node) results.push({ nodeId: node.id, kind: node.kind, title: node.title, snippet: hit.snippet });
      }
      return { results };
    },
  ),
};
