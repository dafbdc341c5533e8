import * as z from 'zod';
import { checkDraft } from '../citecheck/checkDraft';
import { citeCheckReport } from '../citecheck/report/citeCheckReport';
import { renderReportHtml } from '../citecheck/report/renderReportHtml';
import { invalidInput, notFound } from '../model/errors';
import { putHandCheck, removeHandCheck } from '../store/sourceStore';
import { requireSession } from './apiContext';
import { citecheckReportInput, isoDate } from './exportInputs';
import { method } from './method';

const draft = z.discriminatedUnion('format', [
  z.strictObject({ format: z.literal('md'), text: z.string().max(20_000_000, 'the file is larger than 20 MB') }),
  z.strictObject({ format: z.literal('docx'), base64: z.string().max(70_000_000, 'the file is larger than 50 MB') }),
]);

export const citecheckHandlers = {
  /** Every citation of the case in reading order, held against its source: its state, why, and the source's words. */
  'citecheck-get': method(z.strictObject({}), (context) => {
    const session = requireSession(context);
    return { citations: session.citationChecks() };
  }),

  /**
   * Checks a draft written elsewhere (a DOCX or Markdown memo): the citations of its footnotes are matched to the
   * case's authorities and held against their sources; `unmatched` lists those that match no authority, the likely
   * inventions. Nothing in the case changes.
   */
  'citecheck-draft': method(draft, async (context, input) => {
    const session = requireSession(context);
    // The draft's reader (mammoth for a DOCX) is loaded by the first check, not by every process that starts the service.
    const { docxNotes, markdownNotes } = await import('../citecheck/draftNotes');
    const notes = input.format === 'md' ? markdownNotes(input.text) : await docxNotes(input.base64);
    return checkDraft(notes, session.authorityList(), (authority) => session.sourceContent(authority.id));
  }),

  /**
   * The Cite Check Report: every citation of the case in document order with its authority, pinpoint, state, the
   * quoted words and the source's words at the pinpoint, and who checked it when; DOCX and PDF as base64, HTML as text.
   */
  'citecheck-report': method(citecheckReportInput, async (context, input) => {
    const session = requireSession(context);
    const info = session.caseInfo();
    const date = input.date ?? new Date().toISOString().slice(0, 10);
    const citations = session.citationChecks();
    const report = citeCheckReport(
      info.title || 'Untitled case',
      citations,
      session.summaries(),
      session.authorityList(),
      date,
    );
    const html = renderReportHtml(report);
    const base = `${
      (info.title || 'case')
        .replace(/[^\p{L}\p{N}]+/gu, '-')
        .replace(/^-|-$/g, '')
        .slice(0, 80) || 'case'
    } - Cite Check Report`;
    // Chromium's driver and the DOCX writer load only for the format that needs them.
    const bytes = async () =>
      input.format === 'pdf'
        ? (await import('../citecheck/report/printReportPdf')).printReportPdf(html)
        : (await import('../citecheck/report/renderReportDocx')).renderReportDocx(report);
    const payload = input.format === 'html' ? { text: html } : { base64: (await bytes()).toString('base64') };
    return {
      format: input.format,
      fileName: `${base}.${input.format}`,
      citations: citations.length,
      summary: report.summary,
      ...payload,
    };
  }),

  /** Marks a citation checked by hand (by whom, on what date: today unless given), or withdraws the mark. */
  'citecheck-mark': method(
    z.strictObject({
      nodeId: z.number().int().positive(),
      index: z.number().int().min(0),
      checked: z.boolean().default(true),
      by: z.string().trim().max(200).default(''),
      on: isoDate.optional(),
    }),
    (context, input) => {
      const session = requireSession(context);
      const citation = session
        .citationChecks()
        .find((check) => check.nodeId === input.nodeId && check.index === input.index);
      if (!citation) throw notFound(`Node ${input.nodeId} has no citation ${input.index + 1}.`);
      const { nodeId, key, pinpoint, quote } = citation;
      if (input.checked && input.by === '') {
        throw invalidInput('citecheck-mark: by: give the name of the person who checked the citation.', 'by');
      }
      session.changeSources(() => {
        if (!input.checked) return removeHandCheck(session.database, { nodeId, key, pinpoint, quote });
        const checkedOn = input.on ?? new Date().toISOString().slice(0, 10);
        putHandCheck(session.database, { nodeId, key, pinpoint, quote, checkedBy: input.by, checkedOn });
        return true;
      });
      return session.citationChecks().find((check) => check.nodeId === input.nodeId && check.index === input.index)!;
    },
  ),
};
