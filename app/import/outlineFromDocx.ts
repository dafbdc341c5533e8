import mammoth from 'mammoth';
import { invalidInput } from '../model/errors';
import { checkZipArchive } from './checkZipArchive';
import { docxTableHeaders } from './docxTableHeaders';
import type { ImportedDocument } from './importedDocument';
import { outlineToNodes } from './outlineToNodes';
import { type CitationResolver, type DocxElement, type NoteCounts, readDocxOutline } from './readDocxOutline';

/** The largest DOCX file an outline is imported from. */
export const MAX_DOCX_BYTES = 50 * 1024 * 1024;

/**
 * Builds a document from the outline of a DOCX file (given as base64): "Heading n" paragraphs become
 * issues (the shallowest level) and claims (deeper, nested), the paragraphs below each its body.
 * Footnotes and endnotes are kept (as citations where `resolveCitation` finds the authority they
 * cite, else as text) and counted; a table's header row is kept in bold.
 */
export async function outlineFromDocx(
  base64: string,
  resolveCitation?: CitationResolver,
): Promise<ImportedDocument & { notes: NoteCounts }> {
  const compact = base64.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact) || compact.length % 4 !== 0) {
    throw invalidInput('DOCX: the data is not base64.');
  }
  const data = Buffer.from(compact, 'base64');
  if (data.length > MAX_DOCX_BYTES) throw invalidInput('DOCX: the file is larger than 50 MB.');
  checkZipArchive(data, 'DOCX');
  let document: DocxElement | undefined;
  try {
    await mammoth.convertToHtml(
      { buffer: data },
      {
        transformDocument: (element: DocxElement) => {
          document = element;
          return element;
        },
      },
    );
  } catch (error) {
    throw invalidInput(`DOCX: the file cannot be read: ${String((error as Error)?.message ?? error).split('\n')[0]}`);
  }
  if (!document) throw invalidInput('DOCX: the file has no document body.');
  const { entries, notes, noteBlocks } = readDocxOutline(document, resolveCitation, docxTableHeaders(data));
  const outline = outlineToNodes(entries, 'DOCX', noteBlocks);
  return { document: { format: 'casewright', version: 1, nodes: outline.nodes }, warnings: outline.warnings, notes };
}
