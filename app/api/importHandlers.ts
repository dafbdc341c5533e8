import * as z from 'zod';
import type { ImportedDocument } from '../import/importedDocument';
import { SOURCE_FORMAT_NAMES, SOURCE_FORMATS } from '../import/sourceFormats';
import { exportDocument } from '../interchange/exportDocument';
import { importDocument } from '../interchange/importDocument';
import { parseDocument } from '../interchange/parseDocument';
import { notFound } from '../model/errors';
import { findAuthorityByKey } from '../store/authorityStore';
import { type ApiContext, requireSession } from './apiContext';
import { method } from './method';
import { saveAutomaticVersion } from './versionHandlers';

const text = z.string().max(20_000_000, 'the file is larger than 20 MB');
const parentId = z.number().int().positive().nullable().default(null);
const rootId = z.strictObject({ rootId: z.number().int().positive().optional() });

/**
 * Validates what an importer built and adds it to the case as one undoable step; a problem changes
 * nothing. The result lists the records the importer skipped (number, where, reason).
 */
function addToCase(
  context: ApiContext,
  label: string,
  source: string,
  imported: ImportedDocument,
  parent: number | null = null,
) {
  const session = requireSession(context);
  const document = parseDocument(imported.document, source);
  if (parent !== null && !session.summary(parent)) throw notFound(`There is no node ${parent} in this case.`);
  const keys = (document.authorities ?? []).map((authority) => authority.key);
  return session.change(label, () => {
    saveAutomaticVersion(session, `Before “${label}”`);
    const present = keys.filter((key) => findAuthorityByKey(session.database, key));
    const summary = importDocument(session.database, document, parent);
    return {
      ...summary,
      addedKeys: keys.filter((key) => !present.includes(key)),
      presentKeys: present,
      warnings: imported.warnings,
      skipped: imported.skipped ?? [],
    };
  });
}

/** The case, or the subtree of `id`, as a `casewright/1` document. */
function caseDocument(context: ApiContext, id: number | undefined) {
  const session = requireSession(context);
  if (id !== undefined && !session.summary(id)) throw notFound(`There is no node ${id} in this case.`);
  return exportDocument(session.database, id === undefined ? {} : { rootId: id });
}

// Each reader and writer is loaded by the first call that needs it (they bring Argdown, citation-js and mammoth).
export const importHandlers = {
  /** Adds the statements and arguments of an Argdown text, with their support and attack relations, as nodes. */
  'import-argdown': method(z.strictObject({ text, parentId }), async (context, input) => {
    const { argdownToDocument } = await import('../import/argdownToDocument');
    return addToCase(context, 'Import Argdown', 'Argdown', argdownToDocument(input.text), input.parentId);
  }),

  /** Adds the I-nodes of an AIF JSON document (AIFdb, OVA) as nodes, nested by its RA and CA nodes. */
  'import-aif': method(z.strictObject({ text, parentId }), async (context, input) => {
    const { aifToDocument } = await import('../import/aifToDocument');
    return addToCase(context, 'Import AIF', 'AIF', aifToDocument(input.text), input.parentId);
  }),

  /**
   * Adds the authorities of a Zotero export (CSL-JSON, BibTeX or RIS), keeping those whose key the
   * case has; records that cannot be read are skipped and listed, the rest added in one step.
   */
  'import-sources': method(z.strictObject({ format: z.enum(SOURCE_FORMATS), text }), async (context, input) => {
    const { sourcesToDocument } = await import('../import/sourcesToDocument');
    const imported = sourcesToDocument(input.format, input.text);
    return addToCase(context, 'Import sources', SOURCE_FORMAT_NAMES[input.format], imported);
  }),

  /**
   * Adds the headings of a Markdown text or a DOCX file (base64) as issues and claims, with the text
   * below them as bodies; a DOCX file's footnotes and endnotes are kept and counted (`notes`).
   */
  'import-outline': method(
    z.discriminatedUnion('format', [
      z.strictObject({ format: z.literal('md'), text, parentId }),
      z.strictObject({ format: z.literal('docx'), base64: z.string().max(70_000_000), parentId }),
    ]),
    async (context, input) => {
      if (input.format === 'md') {
        const { outlineFromMarkdown } = await import('../import/outlineFromMarkdown');
        const imported = outlineFromMarkdown(input.text);
        return { ...addToCase(context, 'Import outline', 'Markdown', imported, input.parentId), notes: null };
      }
      const [{ noteCitationResolver }, { outlineFromDocx }] = await Promise.all([
        import('../import/noteCitation'),
        import('../import/outlineFromDocx'),
      ]);
      const resolver = noteCitationResolver(requireSession(context).authorityList());
      const imported = await outlineFromDocx(input.base64, resolver);
      return { ...addToCase(context, 'Import outline', 'DOCX', imported, input.parentId), notes: imported.notes };
    },
  ),

  /** The case (or one subtree) as Argdown text. */
  'export-argdown': method(rootId, async (context, input) => {
    const { argdownFromDocument } = await import('../export/argdownFromDocument');
    return { text: argdownFromDocument(caseDocument(context, input.rootId)) };
  }),

  /** The case (or one subtree) as AIF JSON text. */
  'export-aif': method(rootId, async (context, input) => {
    const { aifFromDocument } = await import('../export/aifFromDocument');
    return { text: `${JSON.stringify(aifFromDocument(caseDocument(context, input.rootId)), null, 2)}\n` };
  }),
};
