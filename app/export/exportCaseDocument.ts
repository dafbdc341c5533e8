import { setImmediate as nextTurn } from 'node:timers/promises';
import { exportDocument } from '../interchange/exportDocument';
import type { CaseSession } from '../session/caseSession';
import { buildLayout } from './buildLayout';
import type { DocumentFormat } from './documentFormats';
import type { DocumentLayout, LayoutName } from './documentLayout';
import type { LayoutOptions } from './layoutContext';
import type { ProgressListener } from './progress';

/** The open case laid out for one side, with statuses from the current evaluation. */
export function layoutCase(session: CaseSession, layout: LayoutName, options: LayoutOptions = {}): DocumentLayout {
  const document = exportDocument(session.database, { statuses: session.evaluate().statuses });
  return buildLayout(layout, document, session.caseInfo(), options);
}

/**
 * Exports the open case as a DOCX, PDF (bytes), HTML, paged HTML (what the PDF prints) or Markdown (text) document,
 * telling `onProgress` how far it has got.
 */
export async function exportCaseDocument(
  session: CaseSession,
  format: DocumentFormat | 'paged-html',
  layoutName: LayoutName,
  options: LayoutOptions = {},
  onProgress: ProgressListener = () => {},
): Promise<{ layout: DocumentLayout; content: Buffer | string }> {
  onProgress(0.05, 'Reading the case');
  await nextTurn();
  const layout = layoutCase(session, layoutName, options);
  onProgress(0.3, `Laying out the ${layoutName}`);
  await nextTurn();
  // Each format's renderer is loaded when it is asked for, so that one export does not load every library.
  switch (format) {
    case 'docx': {
      const { renderDocx } = await import('./renderDocx');
      return { layout, content: await renderDocx(layout, onProgress) };
    }
    case 'html': {
      const { renderHtml } = await import('./renderHtml');
      onProgress(1, 'Done');
      return { layout, content: renderHtml(layout) };
    }
    case 'paged-html': {
      const { renderPagedHtml } = await import('./paged/renderPagedHtml');
      onProgress(1, 'Done');
      return { layout, content: renderPagedHtml(layout) };
    }
    case 'md': {
      const { renderMarkdown } = await import('./renderMarkdown');
      onProgress(1, 'Done');
      return { layout, content: renderMarkdown(layout) };
    }
    case 'pdf': {
      const [{ renderPagedHtml }, { printPdf }] = await Promise.all([
        import('./paged/renderPagedHtml'),
        import('./printPdf'),
      ]);
      const html = renderPagedHtml(layout);
      onProgress(0.5, 'Paginating and printing with Chromium');
      const content = await printPdf(html);
      onProgress(1, 'Done');
      return { layout, content };
    }
  }
}
