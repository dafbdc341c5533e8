import type { CasewrightDocument } from '../interchange/documentSchema';
import type { SkippedRecord } from './readCslItems';

/**
 * What an importer built: a `casewright/1` document to validate and add, what it could not keep,
 * and (for libraries of sources) the records it skipped, each with its number and the reason.
 */
export interface ImportedDocument {
  document: CasewrightDocument;
  warnings: string[];
  skipped?: SkippedRecord[];
}
