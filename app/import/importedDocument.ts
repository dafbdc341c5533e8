import type { CasewrightDocument } from '../interchange/documentSchema';

/** What an importer built: a `casewright/1` document to validate and add, and what it could not keep. */
export interface ImportedDocument {
  document: CasewrightDocument;
  warnings: string[];
}
