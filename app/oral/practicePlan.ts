import { childrenByParent } from '../api/views';
import { notFound } from '../model/errors';
import type { Difficulty } from '../model/oral';
import type { NodeSummary } from '../model/types';
import type { CaseSession } from '../session/caseSession';
import { listPracticeRuns } from '../store/practiceStore';
import { effectiveSides } from './effectiveSides';
import { drawRank, questionRecords } from './questionRecord';
import { readingOrder } from './readingOrder';

/** A bench interruption: a question of the bench, or the other side's counter put as a question. */
export interface BenchInterruption {
  id: number;
  kind: 'question' | 'counter';
  title: string;
  difficulty: Difficulty | null;
}

/** One point of a practice run: what the speaker argues, for how long, and the interruptions waiting under it. */
export interface PracticePoint {
  id: number;
  title: string;
  minutes: number;
  bench: BenchInterruption[];
}

export interface PracticePlan {
  speaker: string;
  minutes: number;
  timeCards: number[];
  points: PracticePoint[];
}

const DIFFICULTY_ORDER: Record<Difficulty, number> = { hard: 0, medium: 1, easy: 2 };

/**
 * A speaker's points in reading order, each with its bench queue: the questions below it (those never drawn, then
 * those answered slowly or not at all in earlier runs, then the rest; the harder first), then the other side's
 * counters below it, strongest first. What lies under a later point of the same speaker waits for that point.
 */
export function practicePlan(session: CaseSession, speakerName: string): PracticePlan {
  const { oral } = session.caseInfo();
  const speaker = oral.speakers.find((candidate) => candidate.name === speakerName);
  if (!speaker) throw notFound(`There is no speaker “${speakerName}” in the oral-argument settings.`);
  const nodes = session.summaries();
  const ordered = readingOrder(nodes);
  const sides = effectiveSides(ordered);
  const children = childrenByParent(nodes);
  const { weights } = session.evaluate();
  const records = questionRecords(listPracticeRuns(session.database));
  const place = new Map(ordered.map((node, index) => [node.id, index]));
  const isPoint = (node: NodeSummary) => node.speaker === speaker.name;

  const benchOf = (point: NodeSummary): BenchInterruption[] => {
    const questions: NodeSummary[] = [];
    const counters: NodeSummary[] = [];
    const stack = [...(children.get(point.id) ?? [])];
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (isPoint(node)) continue;
      if (node.kind === 'question') questions.push(node);
      if (node.kind === 'counter' && sides.get(node.id) !== speaker.side) counters.push(node);
      stack.push(...(children.get(node.id) ?? []));
    }
    questions.sort(
      (left, right) =>
        drawRank(records.get(left.id)) - drawRank(records.get(right.id)) ||
        difficultyRank(left) - difficultyRank(right) ||
        place.get(left.id)! - place.get(right.id)!,
    );
    counters.sort(
      (left, right) =>
        (weights.get(right.id) ?? 0) - (weights.get(left.id) ?? 0) || place.get(left.id)! - place.get(right.id)!,
    );
    return [
      ...questions.map((node) => interruption(node, 'question')),
      ...counters.map((node) => interruption(node, 'counter')),
    ];
  };

  return {
    speaker: speaker.name,
    minutes: speaker.minutes,
    timeCards: oral.timeCards,
    points: ordered
      .filter(isPoint)
      .map((node) => ({ id: node.id, title: node.title, minutes: node.minutes ?? 0, bench: benchOf(node) })),
  };
}

function difficultyRank(node: NodeSummary): number {
  return node.difficulty ? DIFFICULTY_ORDER[node.difficulty] : 3;
}

function interruption(node: NodeSummary, kind: BenchInterruption['kind']): BenchInterruption {
  return { id: node.id, kind, title: node.title, difficulty: node.difficulty ?? null };
}
