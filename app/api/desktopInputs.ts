import * as z from 'zod';
import { sharedCaseAddress } from './collabInputs';
import { citecheckReportInput, exportDocumentInput } from './exportInputs';
import type { DesktopMethodName } from './methodList';

/** Largest export the desktop app saves for the renderer: 128 MiB of base64 (about 96 MB of file). */
const MAX_BASE64_LENGTH = 128 * 1024 * 1024;

/** A file name offered in a save dialog: one name, not a path; no control characters. */
export const offeredFileName = z
  .string()
  .trim()
  .min(1)
  .max(255)
  .refine(
    (name) => !/[\\/:*?"<>|\p{Cc}\p{Cf}]/u.test(name),
    'a file name cannot contain / \\ : * ? " < > | or control characters',
  )
  .refine((name) => name !== '.' && name !== '..', 'a file name cannot be . or ..');

/** The schema of each desktop call's input; the PDFs take their export's fields, less the format. */
export const desktopInputs = {
  'desktop-save-export': z.strictObject({
    fileName: offeredFileName,
    base64: z.base64().max(MAX_BASE64_LENGTH, 'the export is larger than 96 MB'),
  }),
  'desktop-export-pdf': exportDocumentInput.omit({ format: true, paged: true }),
  'desktop-citecheck-pdf': citecheckReportInput.omit({ format: true }),
  'desktop-open-shared': z.strictObject(sharedCaseAddress),
} satisfies Record<DesktopMethodName, z.ZodType>;
