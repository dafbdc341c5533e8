import type { PracticeRun } from './practiceRecord';

/** An answer that takes longer than this is slow: a bench expects the short answer at once. */
export const SLOW_ANSWER_SECONDS = 60;

/** How a bench question (or counter) has fared in the practice runs so far. */
export interface QuestionRecord {
  timesDrawn: number;
  /** The longest answer, in seconds; null when never drawn. */
  slowestSeconds: number | null;
  /** Drawn at least once and not marked answered. */
  leftUnanswered: boolean;
}

/** Each drawn node's record over the runs, by node id. */
export function questionRecords(runs: readonly PracticeRun[]): Map<number, QuestionRecord> {
  const records = new Map<number, QuestionRecord>();
  for (const run of runs) {
    for (const question of run.questions) {
      const record = records.get(question.nodeId) ?? { timesDrawn: 0, slowestSeconds: null, leftUnanswered: false };
      record.timesDrawn++;
      record.slowestSeconds = Math.max(record.slowestSeconds ?? 0, question.answerSeconds);
      if (!question.answered) record.leftUnanswered = true;
      records.set(question.nodeId, record);
    }
  }
  return records;
}

/** Whether a question needs more practice: drawn, and answered slowly or not at all. */
export function isWeak(record: QuestionRecord | undefined): boolean {
  return record !== undefined && (record.leftUnanswered || (record.slowestSeconds ?? 0) > SLOW_ANSWER_SECONDS);
}

/** 0: never drawn; 1: weak; 2: answered well before. Lower is drawn first. */
export function drawRank(record: QuestionRecord | undefined): number {
  if (record === undefined) return 0;
  return isWeak(record) ? 1 : 2;
}
