import { setImmediate as nextTurn } from 'node:timers/promises';
import { exportDocument } from '../interchange/exportDocument';
import type { CaseSession } from '../session/caseSession';
import { type Comparison, comparedSides } from '../versions/compareVersions';
import type { Compared } from '../versions/diffSnapshots';
import { snapshotDocument, viewSnapshot } from '../versions/snapshotDocument';
import { buildLayout } from './buildLayout';
import type { DocumentFormat } from './documentFormats';
import type { DocumentLayout, LayoutName } from './documentLayout';
import type { LayoutOptions } from './layoutContext';
import type { ProgressListener } from './progress';
import { redlineLayout } from './redline/redlineLayout';

/** A redline: the versions compared (see `comparedSides`) and the author its changes are marked with. */
export interface Redline {
  comparison: Comparison;
  author: string;
}

/**
 * The open case laid out for one side, with statuses from the current evaluation; or, for a redline,
 * the later version laid out with what changed since the earlier one marked.
 */
export function layoutCase(
  session: CaseSession,
  layout: LayoutName,
  options: LayoutOptions = {},
  redline?: Redline,
): DocumentLayout {
  if (redline) {
    const layoutOf = ({ snapshot }: Compared) => {
      const view = viewSnapshot(snapshot);
      return buildLayout(layout, snapshotDocument(snapshot, view), view.info, options);
    };
    const [from, to] = comparedSides(session.database, redline.comparison);
    const date = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
    return redlineLayout(layoutOf(from), layoutOf(to), { author: redline.author, date });
  }
  const document = exportDocument(session.database, { statuses: session.evaluate().statuses });
  const built = buildLayout(layout, document, session.caseInfo(), options);
  if (layout === 'memorial' && session.isCiteChecked()) {
    const open = session
      .citationChecks()
      .filter((check) => check.state !== 'verified' && check.checkedBy === null).length;
    if (open > 0) {
      built.warnings.push({
        code: 'citations-unverified',
        message: `${open} citation${open === 1 ? ' is' : 's are'} not verified against ${open === 1 ? 'its source' : 'their sources'} (see the Cite Check Report).`,
      });
    }
  }
  return built;
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
  redline?: Redline,
): Promise<{ layout: DocumentLayout; content: Buffer | string }> {
  onProgress(0.05, 'Reading the case');
  await nextTurn();
  const layout = layoutCase(session, layoutName, options, redline);
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
