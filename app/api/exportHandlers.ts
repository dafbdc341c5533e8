import * as z from 'zod';
import { DOCUMENT_FORMATS } from '../export/documentFormats';
import type { Redline } from '../export/exportCaseDocument';
import type { LayoutOptions } from '../export/layoutContext';
import { invalidInput } from '../model/errors';
import type { ApiContext } from './apiContext';
import { requireSession } from './apiContext';
import { exportDocumentInput, layoutSchema } from './exportInputs';
import { method } from './method';

/** How far the latest export of each service has got; `export-progress` reads it while `export-document` runs. */
export interface ExportProgress {
  active: boolean;
  fraction: number;
  stage: string;
}

const progress = new WeakMap<ApiContext, ExportProgress>();

async function layoutOptions(input: z.output<typeof layoutSchema>): Promise<LayoutOptions> {
  if (input.mapAnnex && input.layout !== 'memorial')
    throw invalidInput('The map annex is part of a memorial: export the memorial layout with it.');
  const csl = input.cslStyle === undefined ? undefined : await loadStyle(input.cslStyle, input.cslParentStyle);
  return {
    ...(csl !== undefined ? { csl } : {}),
    includeNotes: input.includeNotes,
    ...(input.wordLimits ? { wordLimits: input.wordLimits } : {}),
    minutes: input.minutes,
    ...(input.side ? { side: input.side } : {}),
    ...(input.memoTo !== undefined ? { memoTo: input.memoTo } : {}),
    ...(input.memoFrom !== undefined ? { memoFrom: input.memoFrom } : {}),
    ...(input.date ? { date: new Date(`${input.date}T00:00:00Z`) } : {}),
    ...(input.mapAnnex ? { mapAnnex: true } : {}),
  };
}

/** The redline an export asks for, if any. */
function redline(input: {
  format: string;
  changesSince?: number | string | undefined;
  changesTo?: number | string | undefined;
  revisionAuthor: string;
}): Redline | undefined {
  if (input.changesSince === undefined) {
    if (input.changesTo !== undefined)
      throw invalidInput('changesTo needs changesSince: the changes since which version?');
    return undefined;
  }
  if (input.format === 'md') {
    throw invalidInput('A redline is written as DOCX, PDF or HTML: Markdown cannot mark what was deleted.');
  }
  const comparison = { from: input.changesSince, ...(input.changesTo !== undefined ? { to: input.changesTo } : {}) };
  return { comparison, author: input.revisionAuthor };
}

async function loadStyle(style: string, parent: string | undefined) {
  const { loadCslStyle } = await import('../cite/cslStyle');
  return loadCslStyle(style, parent);
}

/** The layout and rendering code, loaded by the first export rather than by every process that starts the service. */
const documentExport = () => import('../export/exportCaseDocument');

/** A file name for an export: the case title's words, cut at a word to at most 60 characters, then layout and side. */
export function fileName(title: string, layout: string, side: string, extension: string): string {
  const words = title
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase();
  let stem = words;
  if (stem.length > 60) {
    const cut = stem.lastIndexOf('-', 60);
    stem = cut > 0 ? stem.slice(0, cut) : stem.slice(0, 60);
  }
  return `${stem || 'case'}-${layout}-${side}.${extension}`;
}

/** The name of the style the citations were written in: the CSL style's title, or the case's own style. */
function citationStyleName(options: LayoutOptions, caseStyle: 'oscola' | 'bluebook'): string {
  return options.csl?.title ?? (caseStyle === 'bluebook' ? 'Bluebook' : 'OSCOLA');
}

function setProgress(context: ApiContext, value: ExportProgress): void {
  progress.set(context, value);
  context.onProgress?.(value);
}

export const exportHandlers = {
  /** Word counts per part against the limits, and the warnings to show before exporting (nothing is rendered). */
  'export-check': method(layoutSchema, async (context, input) => {
    const session = requireSession(context);
    const options = await layoutOptions(input);
    const { layoutCase } = await documentExport();
    const layout = layoutCase(session, input.layout, options);
    return {
      side: layout.side,
      citationStyle: citationStyleName(options, session.caseInfo().citationStyle),
      wordCounts: layout.wordCounts,
      warnings: layout.warnings,
      footnotes: layout.footnotes.length,
    };
  }),

  /**
   * The case as a memo, memorial or oral-argument outline for one side: DOCX and PDF as `base64`, HTML and Markdown
   * as `text`, with each part's word count and the warnings (word limits, missing authorities).
   */
  'export-document': method(exportDocumentInput, async (context, input) => {
    const session = requireSession(context);
    const report = (fraction: number, stage: string) => setProgress(context, { active: fraction < 1, fraction, stage });
    report(0, 'Starting');
    try {
      const options = await layoutOptions(input);
      const { exportCaseDocument } = await documentExport();
      const { layout, content } = await exportCaseDocument(
        session,
        input.format === 'html' && input.paged ? 'paged-html' : input.format,
        input.layout,
        options,
        report,
        redline(input),
      );
      const { mediaType, extension } = DOCUMENT_FORMATS[input.format];
      const payload: { text?: string; base64?: string } =
        typeof content === 'string' ? { text: content } : { base64: content.toString('base64') };
      return {
        format: input.format,
        layout: input.layout,
        side: layout.side,
        mediaType,
        fileName: fileName(session.caseInfo().title, input.layout, layout.side, extension),
        ...payload,
        footnotes: layout.footnotes.length,
        citationStyle: citationStyleName(options, session.caseInfo().citationStyle),
        wordCounts: layout.wordCounts,
        warnings: layout.warnings,
      };
    } catch (error) {
      setProgress(context, { active: false, fraction: 0, stage: 'Failed' });
      throw error;
    }
  }),

  /** How far the running (or latest) document export has got: a fraction from 0 to 1 and what it is doing. */
  'export-progress': method(
    z.strictObject({}),
    (context): ExportProgress => progress.get(context) ?? { active: false, fraction: 0, stage: 'Idle' },
  ),
};
