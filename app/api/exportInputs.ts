import * as z from 'zod';
import { MAX_CSL_STYLE_LENGTH } from '../cite/maxCslStyleLength';
import { LAYOUTS, PART_IDS } from '../export/documentLayout';
import { SIDES } from '../model/types';
import { versionReference } from './versionReference';

// The inputs of the exports, apart from their handlers: the desktop's PDF calls take them too, and Electron's main
// process must validate them without loading the exporters.

export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');

export const layoutFields = {
  layout: z.enum(LAYOUTS).default('memo'),
  side: z.enum(SIDES).optional(),
  includeNotes: z.boolean().default(false),
  /** Limits for this export only; without them, the case's own (its settings). */
  wordLimits: z.partialRecord(z.enum(PART_IDS), z.number().int().positive().max(10_000_000)).optional(),
  minutes: z.number().int().min(1).max(600).default(15),
  memoTo: z.string().max(500).optional(),
  memoFrom: z.string().max(500).optional(),
  date: z.iso.date().optional(),
  /** The text of a CSL style file (.csl) to write the citations in, instead of the case's OSCOLA or Bluebook. */
  cslStyle: z.string().min(1).max(MAX_CSL_STYLE_LENGTH, 'the CSL style is larger than 1 MB').optional(),
  /** The text of the independent style that a dependent `cslStyle` names as its parent. */
  cslParentStyle: z.string().min(1).max(MAX_CSL_STYLE_LENGTH, 'the parent CSL style is larger than 1 MB').optional(),
  /** A memorial only: end with an annex of the argument map (SVG in HTML and PDF, PNG in DOCX), one figure per issue. */
  mapAnnex: z.boolean().default(false),
};
export const layoutSchema = z.strictObject(layoutFields);

/** The input of `export-document`. */
export const exportDocumentInput = z.strictObject({
  format: z.enum(['docx', 'pdf', 'html', 'md']),
  /** HTML only: the document as it prints, paginating itself (what the PDF is printed from and the preview shows). */
  paged: z.boolean().default(false),
  /** A redline: the changes since this version (id or name) marked as Word tracked changes, or in colour. */
  changesSince: versionReference.optional(),
  /** With `changesSince`: the changes up to this version, instead of up to now. */
  changesTo: versionReference.optional(),
  /** The author the changes of a redline are marked with. */
  revisionAuthor: z.string().trim().min(1).max(200).default('Casewright'),
  ...layoutFields,
});

/** The input of `citecheck-report`. */
export const citecheckReportInput = z.strictObject({
  format: z.enum(['docx', 'pdf', 'html']),
  date: isoDate.optional(),
});
