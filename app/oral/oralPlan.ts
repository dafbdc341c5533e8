import type { Difficulty, Speaker } from '../model/oral';
import { KINDS_WITH_SPEAKER, type NodeKind, type Side } from '../model/types';
import type { CaseSession } from '../session/caseSession';
import { listPracticeRuns, loadQuestionAnswers } from '../store/practiceStore';
import { effectiveSides } from './effectiveSides';
import { isWeak, type QuestionRecord, questionRecords } from './questionRecord';
import { readingOrder } from './readingOrder';

/** A point of the oral argument: an issue, or a node a speaker argues. */
export interface OralPoint {
  id: number;
  kind: NodeKind;
  title: string;
  side: Side;
  depth: number;
  speaker: string | null;
  minutes: number | null;
}

/** A bench question with its prepared answer and how it has fared in practice. */
export interface OralQuestion {
  id: number;
  title: string;
  /** The node it tests. */
  parentId: number | null;
  parentTitle: string;
  difficulty: Difficulty | null;
  /** The side the question threatens (the side that must answer it). */
  side: Side;
  answer: string;
  state: 'unanswered' | 'never drawn' | 'weak' | 'practised';
  record: QuestionRecord | null;
}

/** The oral plan: the speakers with the minutes their points take, the points in reading order, and the questions. */
export interface OralPlan {
  speakers: (Speaker & { assignedMinutes: number })[];
  rebuttalMinutes: number;
  surRebuttalMinutes: number;
  points: OralPoint[];
  questions: OralQuestion[];
}

function questionState(answer: string, record: QuestionRecord | undefined): OralQuestion['state'] {
  if (answer.trim() === '') return 'unanswered';
  if (record === undefined) return 'never drawn';
  return isWeak(record) ? 'weak' : 'practised';
}

/** Builds the case's oral plan from its settings, its tree and its practice runs. */
export function buildOralPlan(session: CaseSession): OralPlan {
  const { oral } = session.caseInfo();
  const nodes = session.summaries();
  const ordered = readingOrder(nodes);
  const sides = effectiveSides(ordered);
  const depths = new Map<number, number>();
  const points: OralPoint[] = [];
  const assigned = new Map<string, number>();
  const answers = loadQuestionAnswers(session.database);
  const records = questionRecords(listPracticeRuns(session.database));
  const questions: OralQuestion[] = [];
  for (const node of ordered) {
    const depth = node.parentId === null ? 0 : (depths.get(node.parentId) ?? 0) + 1;
    depths.set(node.id, depth);
    const side = sides.get(node.id)!;
    if (node.kind === 'issue' || (node.speaker && KINDS_WITH_SPEAKER.includes(node.kind))) {
      const { speaker = null, minutes = null } = node;
      points.push({ id: node.id, kind: node.kind, title: node.title, side, depth, speaker, minutes });
      if (speaker && minutes) assigned.set(speaker, (assigned.get(speaker) ?? 0) + minutes);
    }
    if (node.kind === 'question') {
      const parent = node.parentId === null ? undefined : nodes.get(node.parentId);
      const answer = answers.get(node.id) ?? '';
      const record = records.get(node.id);
      questions.push({
        id: node.id,
        title: node.title,
        parentId: node.parentId,
        parentTitle: parent?.title ?? '',
        difficulty: node.difficulty ?? null,
        side,
        answer,
        state: questionState(answer, record),
        record: record ?? null,
      });
    }
  }
  return {
    speakers: oral.speakers.map((speaker) => ({ ...speaker, assignedMinutes: assigned.get(speaker.name) ?? 0 })),
    rebuttalMinutes: oral.rebuttalMinutes,
    surRebuttalMinutes: oral.surRebuttalMinutes,
    points,
    questions,
  };
}
