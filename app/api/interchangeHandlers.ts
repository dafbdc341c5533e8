import * as z from 'zod';
import { exportDocument } from '../interchange/exportDocument';
import { importDocument } from '../interchange/importDocument';
import { parseDocument } from '../interchange/parseDocument';
import { notFound } from '../model/errors';
import { requireSession } from './apiContext';
import { method } from './method';
import { saveAutomaticVersion } from './versionHandlers';

export const interchangeHandlers = {
  /** The case (or one subtree) as a `casewright/1` document; `withStatus` adds each node's status. */
  'interchange-export': method(
    z.strictObject({ rootId: z.number().int().positive().optional(), withStatus: z.boolean().default(false) }),
    (context, input) => {
      const session = requireSession(context);
      if (input.rootId !== undefined && !session.summary(input.rootId)) {
        throw notFound(`There is no node ${input.rootId} in this case.`);
      }
      const statuses = input.withStatus ? session.evaluate().statuses : undefined;
      return exportDocument(session.database, {
        ...(statuses ? { statuses } : {}),
        ...(input.rootId !== undefined ? { rootId: input.rootId } : {}),
      });
    },
  ),

  /**
   * Adds a `casewright/1` document (JSON text or value) to the case in one step: its nodes as new
   * top-level nodes (or under `parentId`), its authorities merged by key. A bad document changes nothing.
   */
  'interchange-import': method(
    z.strictObject({
      document: z.unknown(),
      parentId: z.number().int().positive().nullable().default(null),
      source: z.string().max(500).default('document'),
    }),
    (context, input) => {
      const session = requireSession(context);
      const document = parseDocument(input.document, input.source);
      if (input.parentId !== null && !session.summary(input.parentId)) {
        throw notFound(`There is no node ${input.parentId} in this case.`);
      }
      return session.change('Import', () => {
        saveAutomaticVersion(session, 'Before “Import”');
        return importDocument(session.database, document, input.parentId);
      });
    },
  ),
};
