import type { OralQuestion } from './oralPlan';
import type { PracticeRun } from './practiceRecord';

/** A point that ran over its budget in every run that reached it. */
export interface OverrunningPoint {
  nodeId: number;
  title: string;
  runs: number;
  budgetSeconds: number;
  averageSeconds: number;
}

/** What the practice runs so far teach: the points that always overrun, the questions never drawn or weak. */
export interface PracticeSummary {
  runs: number;
  overrunningPoints: OverrunningPoint[];
  questionsNeverDrawn: { id: number; title: string }[];
  /** Answered slowly or not at all the last time they were drawn (those not at all first), with that answer's seconds. */
  weakQuestions: { id: number; title: string; lastSeconds: number; leftUnanswered: boolean }[];
}

/** Summarises the runs against the case's current questions. */
export function summarisePractice(runs: readonly PracticeRun[], questions: readonly OralQuestion[]): PracticeSummary {
  const points = new Map<number, { title: string; runs: number; over: number; seconds: number; budget: number }>();
  for (const run of runs) {
    for (const point of run.points) {
      const entry = points.get(point.nodeId) ?? { title: point.title, runs: 0, over: 0, seconds: 0, budget: 0 };
      entry.runs++;
      entry.seconds += point.seconds;
      entry.budget = point.budgetSeconds;
      if (point.seconds > point.budgetSeconds) entry.over++;
      points.set(point.nodeId, entry);
    }
  }
  const overrunningPoints = [...points]
    .filter(([, entry]) => entry.over === entry.runs)
    .map(([nodeId, entry]) => ({
      nodeId,
      title: entry.title,
      runs: entry.runs,
      budgetSeconds: entry.budget,
      averageSeconds: Math.round(entry.seconds / entry.runs),
    }));
  return {
    runs: runs.length,
    overrunningPoints,
    questionsNeverDrawn: questions
      .filter((question) => question.record === null)
      .map((question) => ({ id: question.id, title: question.title })),
    weakQuestions: questions
      .filter((question) => question.state === 'weak')
      .map((question) => ({
        id: question.id,
        title: question.title,
        lastSeconds: question.record?.lastSeconds ?? 0,
        leftUnanswered: question.record?.leftUnanswered ?? false,
      }))
      .sort((left, right) => Number(right.leftUnanswered) - Number(left.leftUnanswered)),
  };
}
