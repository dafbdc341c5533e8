import { readFileSync } from 'node:fs';
import type { ApiClient } from '../api/handlers';
import { CasewrightError } from '../model/errors';

/** The formats `casewright import` reads. */
export const IMPORT_FORMATS = ['json', 'argdown', 'aif', 'csl', 'bibtex', 'ris', 'md', 'docx'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** Whether `format` is one `casewright import` reads. */
export function isImportFormat(format: string): format is ImportFormat {
  return (IMPORT_FORMATS as readonly string[]).includes(format);
}

/** What an import did, as the CLI reports it: one summary line, the warnings and the records skipped. */
export interface ImportReport {
  summary: string;
  warnings: string[];
  skipped: string[];
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** Reads `input` and adds it to the open case through the service API, in one step. */
export async function importFile(api: ApiClient, input: string, format: ImportFormat): Promise<ImportReport> {
  let data: Buffer;
  try {
    data = readFileSync(input);
  } catch (error) {
    throw new CasewrightError(
      'io',
      `${input} cannot be read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}.`,
    );
  }
  const text = () => data.toString('utf8');
  if (format === 'json') {
    const summary = await api['interchange-import']({ document: text(), source: input });
    const merged = summary.authoritiesMerged ? ` (${summary.authoritiesMerged} already in the case)` : '';
    return {
      summary: `Imported ${plural(summary.nodes, 'node', 'nodes')}, ${plural(summary.authoritiesAdded, 'new authority', 'new authorities')}${merged}.`,
      warnings: [],
      skipped: [],
    };
  }
  if (format === 'csl' || format === 'bibtex' || format === 'ris') {
    const summary = await api['import-sources']({ format, text: text() });
    const skipped =
      summary.skipped.length > 0 ? `; ${plural(summary.skipped.length, 'record', 'records')} skipped` : '';
    return {
      summary: `Imported ${plural(summary.addedKeys.length + summary.presentKeys.length, 'source', 'sources')}: ${summary.addedKeys.length} new, ${summary.presentKeys.length} already in the case${skipped}.`,
      warnings: summary.warnings,
      skipped: summary.skipped.map((record) => `skipped ${record.where}: ${record.reason}`),
    };
  }
  if (format === 'docx') {
    const summary = await api['import-outline']({ format: 'docx', base64: data.toString('base64') });
    const notes = summary.notes;
    const kept =
      notes && notes.footnotes + notes.endnotes > 0
        ? `; kept ${plural(notes.footnotes, 'footnote', 'footnotes')} and ${plural(notes.endnotes, 'endnote', 'endnotes')}, ${notes.citations} of them as citations`
        : '';
    return {
      summary: `Imported ${plural(summary.nodes, 'node', 'nodes')}${kept}.`,
      warnings: summary.warnings,
      skipped: [],
    };
  }
  const summary =
    format === 'argdown'
      ? await api['import-argdown']({ text: text() })
      : format === 'aif'
        ? await api['import-aif']({ text: text() })
        : await api['import-outline']({ format: 'md', text: text() });
  return { summary: `Imported ${plural(summary.nodes, 'node', 'nodes')}.`, warnings: summary.warnings, skipped: [] };
}
