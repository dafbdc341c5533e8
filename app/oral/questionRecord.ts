import { SLOW_ANSWER_SECONDS } from '../model/oral';
import type { PracticeRun } from './practiceRecord';

/** How a bench question (or counter) has fared in the practice runs so far. */
export interface QuestionRecord {
  timesDrawn: number;
  /** The longest answer, in seconds, over every run that drew it. */
  slowestSeconds: number;
  /** How long the answer took the last time it was drawn, in seconds. */
  lastSeconds: number;
  /** The last time it was drawn, it was not marked answered. */
  leftUnanswered: boolean;
}

/** Each drawn node's record over the runs (taken in the order they were saved), by node id. */
export function questionRecords(runs: readonly PracticeRun[]): Map<number, QuestionRecord> {
  const records = new Map<number, QuestionRecord>();
  for (const run of runs) {
    for (const question of run.questions) {
      const earlier = records.get(question.nodeId);
      records.set(question.nodeId, {
        timesDrawn: (earlier?.timesDrawn ?? 0) + 1,
        slowestSeconds: Math.max(earlier?.slowestSeconds ?? 0, question.answerSeconds),
        lastSeconds: question.answerSeconds,
        leftUnanswered: !question.answered,
      });
    }
  }
  return records;
}

/** Whether a question needs more practice: the last time it was drawn, it was answered slowly or not at all. */
export function isWeak(record: QuestionRecord | undefined): boolean {
  return record !== undefined && (record.leftUnanswered || record.lastSeconds > SLOW_ANSWER_SECONDS);
}

/**
 * Where a question stands in the next run's draw, lower first: 0, left unanswered the last time it was drawn;
 * 1, never drawn, or answered slowly the last time; 2, answered in good time the last time.
 */
export function drawRank(record: QuestionRecord | undefined): number {
  if (record === undefined) return 1;
  if (record.leftUnanswered) return 0;
  return record.lastSeconds > SLOW_ANSWER_SECONDS ? 1 : 2;
}
