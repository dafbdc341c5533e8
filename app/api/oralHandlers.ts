import * as z from 'zod';
import { notFound } from '../model/errors';
import { PRACTICE_ROUNDS } from '../model/oral';
import { buildOralPlan } from '../oral/oralPlan';
import { practiceLogCsv } from '../oral/practiceLogCsv';
import { practicePlan } from '../oral/practicePlan';
import { practiceRecordSchema } from '../oral/practiceRecord';
import { summarisePractice } from '../oral/practiceSummary';
import { insertPracticeRun, listPracticeRuns, ratePracticeRun } from '../store/practiceStore';
import { requireSession } from './apiContext';
import { fileName } from './exportHandlers';
import { method } from './method';

export const oralHandlers = {
  /** The oral plan: speakers with their assigned minutes, the points in reading order, the questions and their state. */
  'oral-plan': method(z.strictObject({}), (context) => buildOralPlan(requireSession(context))),

  /**
   * One speaker's points for a practice run of their speech or a reply round, each with its bench queue (weak and
   * never-drawn questions first).
   */
  'practice-plan': method(
    z.strictObject({ speaker: z.string().min(1).max(200), round: z.enum(PRACTICE_ROUNDS).default('speech') }),
    (context, input) => practicePlan(requireSession(context), input.speaker, input.round),
  ),

  /** Records a finished practice run in the case file. */
  'practice-save': method(z.strictObject({ run: practiceRecordSchema }), (context, input) => {
    const session = requireSession(context);
    return { id: insertPracticeRun(session.database, input.run) };
  }),

  /** Gives a recorded run its self-rating, 1 to 5. */
  'practice-rate': method(
    z.strictObject({ id: z.number().int().positive(), rating: z.number().int().min(1).max(5) }),
    (context, input) => {
      const session = requireSession(context);
      if (!ratePracticeRun(session.database, input.id, input.rating)) {
        throw notFound(`There is no practice run ${input.id} in this case.`);
      }
      return { id: input.id, rating: input.rating };
    },
  ),

  /** The practice log as CSV: a row per point of each run, planned against actual, with the questions asked. */
  'practice-log': method(z.strictObject({}), (context) => {
    const session = requireSession(context);
    const runs = listPracticeRuns(session.database);
    return {
      runs: runs.length,
      fileName: fileName(session.caseInfo().title, 'practice', 'log', 'csv'),
      mediaType: 'text/csv; charset=utf-8',
      text: practiceLogCsv(runs),
    };
  }),

  /** Every recorded run, oldest first, and what they teach. */
  'practice-runs': method(z.strictObject({}), (context) => {
    const session = requireSession(context);
    const runs = listPracticeRuns(session.database);
    return { runs, summary: summarisePractice(runs, buildOralPlan(session).questions) };
  }),
};
