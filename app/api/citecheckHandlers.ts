import * as z from 'zod';
import { checkDraft } from '../citecheck/checkDraft';
import { docxNotes, markdownNotes } from '../citecheck/draftNotes';
import { invalidInput, notFound } from '../model/errors';
import { putHandCheck, removeHandCheck } from '../store/sourceStore';
import { requireSession } from './apiContext';
import { method } from './method';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');

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
    const notes = input.format === 'md' ? markdownNotes(input.text) : await docxNotes(input.base64);
    return checkDraft(notes, session.authorityList(), (authority) => session.sourceContent(authority.id));
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
