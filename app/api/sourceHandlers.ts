import * as z from 'zod';
import { authorityKeySchema } from '../body/bodySchema';
import { invalidInput, notFound } from '../model/errors';
import type { Authority } from '../model/types';
import type { CaseSession } from '../session/caseSession';
import { extractSource, MAX_SOURCE_BYTES } from '../sources/extractSource';
import type { SourceUnit, UnitKind } from '../sources/sourceTypes';
import { findAuthorityByKey } from '../store/authorityStore';
import { listSources, loadSourceContent, putSource, removeSource } from '../store/sourceStore';
import { requireSession } from './apiContext';
import { method } from './method';

const key = z.strictObject({ key: authorityKeySchema });
const fileName = z
  .string()
  .trim()
  .min(1, 'give the file name')
  .max(255, 'the file name is longer than 255 characters')
  .refine((name) => !/[\\/]/.test(name) && !/\p{Cc}/u.test(name), 'a file name, not a path');
const base64 = z.string().max(Math.ceil((MAX_SOURCE_BYTES * 4) / 3) + 4, 'the file is larger than 50 MB');

function authorityOf(session: CaseSession, authorityKey: string): Authority {
  const authority = findAuthorityByKey(session.database, authorityKey);
  if (!authority) throw notFound(`There is no authority "${authorityKey}" in this case.`);
  return authority;
}

function decodeBase64(text: string): Buffer {
  const compact = text.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact) || compact.length % 4 !== 0) {
    throw invalidInput('sources-attach: base64: the data is not base64.', 'base64');
  }
  return Buffer.from(compact, 'base64');
}

/** How many units of each kind a source has. */
function unitCounts(units: readonly SourceUnit[]): Record<UnitKind, number> {
  const counts: Record<UnitKind, number> = { paragraph: 0, article: 0, page: 0 };
  for (const unit of units) counts[unit.kind]++;
  return counts;
}

export const sourceHandlers = {
  /**
   * Attaches a source file (PDF, HTML, DOCX or text, as base64) to an authority, replacing the one it had:
   * the file is kept in the case, its text read and split into the paragraphs, articles and pages pinpoints name.
   */
  'sources-attach': method(z.strictObject({ key: authorityKeySchema, fileName, base64 }), async (context, input) => {
    const session = requireSession(context);
    const authority = authorityOf(session, input.key);
    const data = decodeBase64(input.base64);
    const content = await extractSource(input.fileName, data);
    const attachedAt = new Date().toISOString();
    session.changeSources(() =>
      putSource(session.database, {
        authorityId: authority.id,
        fileName: input.fileName,
        ...content,
        content: data,
        attachedAt,
      }),
    );
    return {
      key: authority.key,
      fileName: input.fileName,
      format: content.format,
      bytes: data.length,
      units: unitCounts(content.units),
      attachedAt,
    };
  }),

  /** Every source of the case: its authority's key, the file, and how many paragraphs, articles and pages it has. */
  'sources-list': method(z.strictObject({}), (context) => {
    const session = requireSession(context);
    const keys = new Map(session.authorityList().map((authority) => [authority.id, authority.key]));
    return listSources(session.database).flatMap((entry) => {
      const authorityKey = keys.get(entry.authorityId);
      if (authorityKey === undefined) return [];
      const units = loadSourceContent(session.database, entry.authorityId)?.units ?? [];
      return [{ key: authorityKey, ...entry, units: unitCounts(units) }];
    });
  }),

  /** The text of an authority's source and its units, for reading it beside the draft. */
  'sources-get': method(key, (context, input) => {
    const session = requireSession(context);
    const authority = authorityOf(session, input.key);
    const entry = listSources(session.database).find((source) => source.authorityId === authority.id);
    const content = entry && loadSourceContent(session.database, authority.id);
    if (!entry || !content) throw notFound(`No source is attached to "${authority.key}".`);
    return {
      key: authority.key,
      fileName: entry.fileName,
      format: entry.format,
      text: content.text,
      units: content.units,
    };
  }),

  /** Removes an authority's source from the case. */
  'sources-detach': method(key, (context, input) => {
    const session = requireSession(context);
    const authority = authorityOf(session, input.key);
    if (!listSources(session.database).some((source) => source.authorityId === authority.id)) {
      throw notFound(`No source is attached to "${authority.key}".`);
    }
    session.changeSources(() => removeSource(session.database, authority.id));
    return { detached: 1 };
  }),
};
