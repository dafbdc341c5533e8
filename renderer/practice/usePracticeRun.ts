import { useCallback, useEffect, useRef, useState } from 'react';
import type { MethodInput, MethodOutput } from '../../app/api/handlers';
import type { CaseStore } from '../state/caseStore';

export type PracticePlan = MethodOutput<'practice-plan'>;
type Record = MethodInput<'practice-save'>['run'];
type Interruption = PracticePlan['points'][number]['bench'][number];

/** A bench interruption on screen: what was drawn, under which point, since when. */
export interface OpenInterruption {
  entry: Interruption;
  pointId: number;
  since: number;
}

export interface PracticeRunState {
  phase: 'running' | 'ended';
  pointIndex: number;
  now: number;
  startedAt: number;
  pointStartedAt: number;
  open: OpenInterruption | undefined;
  /** Seconds spent on each point passed so far. */
  pointSeconds: number[];
  questions: Record['questions'];
  runId: number | undefined;
  /** The bench had nothing left under the current point when B was pressed. */
  benchEmpty: boolean;
}

const seconds = (from: number, to: number) => Math.max(0, Math.round((to - from) / 100) / 10);

function closeInterruption(current: PracticeRunState, answered: boolean, now: number): Record['questions'] {
  if (!current.open) return current.questions;
  const { entry, pointId, since } = current.open;
  const drawn = { nodeId: entry.id, title: entry.title, kind: entry.kind, pointId, answered };
  return [...current.questions, { ...drawn, answerSeconds: seconds(since, now) }];
}

/**
 * One practice run of a speaker: the clock (ticking four times a second), the point on screen and the time spent on
 * each, bench interruptions drawn in the plan's order, and the record saved to the case when the run ends.
 */
export function usePracticeRun(store: CaseStore, plan: PracticePlan) {
  const [run, setRun] = useState<PracticeRunState>(() => {
    const now = Date.now();
    return {
      phase: 'running',
      pointIndex: 0,
      now,
      startedAt: now,
      pointStartedAt: now,
      open: undefined,
      pointSeconds: [],
      questions: [],
      runId: undefined,
      benchEmpty: false,
    };
  });
  const runRef = useRef(run);
  runRef.current = run;

  useEffect(() => {
    if (run.phase !== 'running') return;
    const timer = setInterval(() => setRun((current) => ({ ...current, now: Date.now() })), 250);
    return () => clearInterval(timer);
  }, [run.phase]);

  const end = useCallback(async () => {
    const current = runRef.current;
    if (current.phase !== 'running') return;
    const now = Date.now();
    const questions = closeInterruption(current, false, now);
    const pointSeconds = [...current.pointSeconds];
    if (current.pointIndex < plan.points.length) pointSeconds.push(seconds(current.pointStartedAt, now));
    const ended = { ...current, phase: 'ended' as const, now, open: undefined, questions, pointSeconds };
    setRun(ended);
    const record: Record = {
      startedAt: new Date(current.startedAt).toISOString(),
      speaker: plan.speaker,
      round: plan.round,
      totalSeconds: seconds(current.startedAt, now),
      points: pointSeconds.map((spent, index) => ({
        nodeId: plan.points[index]!.id,
        title: plan.points[index]!.title,
        budgetSeconds: plan.points[index]!.minutes * 60,
        seconds: spent,
      })),
      questions,
    };
    const saved = await store.run(() => store.api['practice-save']({ run: record }));
    if (saved) setRun((latest) => ({ ...latest, runId: saved.id }));
  }, [plan, store]);

  /** Space: the interruption on screen is answered, or the next point comes (the run ends after the last). */
  const next = useCallback(() => {
    const current = runRef.current;
    if (current.phase !== 'running') return;
    const now = Date.now();
    if (current.open) {
      setRun({ ...current, now, open: undefined, questions: closeInterruption(current, true, now) });
      return;
    }
    const pointSeconds = [...current.pointSeconds, seconds(current.pointStartedAt, now)];
    const pointIndex = current.pointIndex + 1;
    setRun({ ...current, now, pointSeconds, pointIndex, pointStartedAt: now, benchEmpty: false });
    if (pointIndex >= plan.points.length) {
      runRef.current = { ...current, pointSeconds, pointIndex };
      void end();
    }
  }, [plan, end]);

  /** B: the next interruption waiting under the current point. */
  const bench = useCallback(() => {
    const current = runRef.current;
    if (current.phase !== 'running' || current.open) return;
    const point = plan.points[current.pointIndex];
    if (!point) return;
    const drawn = new Set(current.questions.map((question) => question.nodeId));
    const entry = point.bench.find((candidate) => !drawn.has(candidate.id));
    const now = Date.now();
    if (!entry) setRun({ ...current, now, benchEmpty: true });
    else setRun({ ...current, now, benchEmpty: false, open: { entry, pointId: point.id, since: now } });
  }, [plan]);

  return { run, next, bench, end };
}
