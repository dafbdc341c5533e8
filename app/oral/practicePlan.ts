import { childrenByParent } from '../api/views';
import { invalidInput, notFound } from '../model/errors';
import type { Difficulty } from '../model/oral';
import { type PracticeRound, REPLY_POINTS, replyMinutes, replySide, roundLabel } from '../model/oral';
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
  round: PracticeRound;
  minutes: number;
  timeCards: number[];
  points: PracticePoint[];
}

const DIFFICULTY_ORDER: Record<Difficulty, number> = { hard: 0, medium: 1, easy: 2 };

/**
 * A speaker's points in reading order, each with its bench queue: the questions below it (those left unanswered the
 * last time they were drawn, then those never drawn or answered slowly last time, then the rest; the harder first
 * within each), then the other side's counters below it, strongest first. What lies under a later point of the
 * same speaker waits for that point. In a reply round (rebuttal, sur-rebuttal) the points are the other side's
 * strongest counters and responses, the round's minutes shared among them.
 */
export function practicePlan(session: CaseSession, speakerName: string, round: PracticeRound = 'speech'): PracticePlan {
  const { oral } = session.caseInfo();
  const speaker = oral.speakers.find((candidate) => candidate.name === speakerName);
  if (!speaker) throw notFound(`There is no speaker “${speakerName}” in the oral-argument settings.`);
  const minutes = round === 'speech' ? speaker.minutes : replyMinutes(oral, round);
  if (round !== 'speech') {
    const label = roundLabel(round).toLowerCase();
    if (speaker.side !== replySide(round)) {
      throw invalidInput(`The ${label} is the ${replySide(round)}’s: ${speaker.name} speaks for the ${speaker.side}.`);
    }
    if (minutes <= 0) throw invalidInput(`The oral-argument settings give no ${label}: set its minutes first.`);
  }
  const nodes = session.summaries();
  const ordered = readingOrder(nodes);
  const sides = effectiveSides(ordered);
  const children = childrenByParent(nodes);
  const { weights } = session.evaluate();
  const records = questionRecords(listPracticeRuns(session.database));
  const place = new Map(ordered.map((node, index) => [node.id, index]));
  const replyTo = (node: NodeSummary) =>
    (node.kind === 'counter' || node.kind === 'response') && sides.get(node.id) !== speaker.side;
  const pointNodes =
    round === 'speech'
      ? ordered.filter((node) => node.speaker === speaker.name)
      : ordered
          .filter(replyTo)
          .sort((left, right) => (weights.get(right.id) ?? 0) - (weights.get(left.id) ?? 0))
          .slice(0, REPLY_POINTS);
  const pointIds = new Set(pointNodes.map((node) => node.id));
  const isPoint = (node: NodeSummary) => pointIds.has(node.id);
  const share = Math.floor((minutes * 60) / Math.max(1, pointNodes.length)) / 60;

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
    round,
    minutes,
    timeCards: oral.timeCards,
    points: pointNodes.map((node) => ({
      id: node.id,
      title: round === 'speech' ? node.title : `In reply: ${node.title}`,
      minutes: round === 'speech' ? (node.minutes ?? 0) : share,
      bench: benchOf(node),
    })),
  };
}

function difficultyRank(node: NodeSummary): number {
  return node.difficulty ? DIFFICULTY_ORDER[node.difficulty] : 3;
}

function interruption(node: NodeSummary, kind: BenchInterruption['kind']): BenchInterruption {
  return { id: node.id, kind, title: node.title, difficulty: node.difficulty ?? null };
}
