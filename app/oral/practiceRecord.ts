import * as z from 'zod';
import { PRACTICE_ROUNDS } from '../model/oral';

const seconds = z
  .number()
  .min(0)
  .max(24 * 3600);
const title = z.string().max(2000);
const nodeId = z.number().int().positive();

/** What a practice run records: who spoke, when, each point's time against its budget, and each bench interruption. */
export const practiceRecordSchema = z.strictObject({
  startedAt: z.iso.datetime({ offset: true }),
  speaker: z.string().trim().min(1).max(200),
  round: z.enum(PRACTICE_ROUNDS).default('speech'),
  rating: z.number().int().min(1).max(5).nullable().default(null),
  totalSeconds: seconds,
  points: z.array(z.strictObject({ nodeId, title, budgetSeconds: seconds, seconds })).max(1000),
  questions: z
    .array(
      z.strictObject({
        nodeId,
        title,
        kind: z.enum(['question', 'counter']),
        pointId: nodeId,
        answerSeconds: seconds,
        answered: z.boolean(),
      }),
    )
    .max(1000),
});

export type PracticeRecord = z.output<typeof practiceRecordSchema>;
export type PracticeRun = PracticeRecord & { id: number };
