import { z } from 'zod';
import { invalidInput, notFound } from '../model/errors';
import { putHandCheck, removeHandCheck } from '../store/sourceStore';
import { requireSession } from './apiContext';
import { method } from './method';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');

export const citecheckHandlers = {
  /** Every citation of the case in reading order, held against its source: its state, why, and the source's words. */
  'citecheck-get': method(z.strictObject({}), (context) => {
    const session = requireSession(context);
    return { citations: session.citationChecks() };
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
