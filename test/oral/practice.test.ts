import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MethodInput } from '../../app/api/handlers';
import { oralPreset } from '../../app/model/oral';
import { type TempService, tempService } from '../support/tempService';

let t: TempService;
beforeEach(() => {
  t = tempService();
});
afterEach(() => t.dispose());

const SPEAKER = 'Ukraine, first speaker';
const answer = (text: string) => ({
  type: 'doc' as const,
  content: [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text }] }],
});

async function practiceCase() {
  await t.api['case-create']({ path: t.path('practice.casewright') });
  await t.api['case-update']({
    applicant: 'Ukraine',
    respondent: 'Russia',
    oral: oralPreset('international', 'Ukraine', 'Russia'),
  });
  const issue = await t.api['nodes-add']({
    parentId: null,
    kind: 'issue',
    title: 'Breach',
    speaker: SPEAKER,
    minutes: 8,
  });
  const claim = await t.api['nodes-add']({ parentId: issue.id, kind: 'claim', title: 'Procurement' });
  const easy = await t.api['nodes-add']({
    parentId: claim.id,
    kind: 'question',
    title: 'Easy one',
    difficulty: 'easy',
    body: answer('Yes.'),
  });
  const hard = await t.api['nodes-add']({
    parentId: claim.id,
    kind: 'question',
    title: 'Hard one',
    difficulty: 'hard',
    body: answer('Art 25.'),
  });
  const weak = await t.api['nodes-add']({ parentId: claim.id, kind: 'counter', title: 'Weak counter' });
  const strong = await t.api['nodes-add']({ parentId: claim.id, kind: 'counter', title: 'Strong counter' });
  const fact = await t.api['nodes-add']({
    parentId: strong.id,
    kind: 'evidence',
    title: 'Fact',
    weight: 'strong',
    assessment: 'accepted',
    text: 'See [@x, para 1].',
  });
  await t.api['authorities-add']({ key: 'x', type: 'report', short: 'X', csl: { title: 'X' } });
  const second = await t.api['nodes-add']({
    parentId: null,
    kind: 'issue',
    title: 'Remedies',
    speaker: SPEAKER,
    minutes: 4,
  });
  return { issue, claim, easy, hard, weak, strong, fact, second };
}

function run(overrides: Partial<MethodInput<'practice-save'>['run']>): MethodInput<'practice-save'>['run'] {
  return {
    startedAt: '2026-12-02T05:00:00.000Z',
    speaker: SPEAKER,
    totalSeconds: 600,
    points: [],
    questions: [],
    ...overrides,
  };
}

describe('practice plan', () => {
  it('lists a speaker’s points with questions (harder first) and then the other side’s counters, strongest first', async () => {
    const { issue, second } = await practiceCase();
    const plan = await t.api['practice-plan']({ speaker: SPEAKER });
    expect(plan.minutes).toBe(20);
    expect(plan.timeCards).toEqual([10, 5, 3, 1]);
    expect(plan.points.map((point) => [point.id, point.minutes])).toEqual([
      [issue.id, 8],
      [second.id, 4],
    ]);
    expect(plan.points[0]!.bench.map((entry) => entry.title)).toEqual([
      'Hard one',
      'Easy one',
      'Strong counter',
      'Weak counter',
    ]);
    await expect(t.api['practice-plan']({ speaker: 'Nobody' })).rejects.toThrow(/no speaker “Nobody”/);
  });

  it('plans a reply round: the other side’s strongest points in the round’s own minutes, for that side’s speakers', async () => {
    const { strong, weak } = await practiceCase();
    const rebuttal = await t.api['practice-plan']({ speaker: SPEAKER, round: 'rebuttal' });
    expect(rebuttal.round).toBe('rebuttal');
    expect(rebuttal.minutes).toBe(5);
    expect(rebuttal.points.map((point) => [point.id, point.title, point.minutes * 60])).toEqual([
      [strong.id, 'In reply: Strong counter', 150],
      [weak.id, 'In reply: Weak counter', 150],
    ]);
    await expect(t.api['practice-plan']({ speaker: 'Russia, first speaker', round: 'rebuttal' })).rejects.toThrow(
      'The rebuttal is the applicant’s: Russia, first speaker speaks for the respondent.',
    );
    const surRebuttal = await t.api['practice-plan']({ speaker: 'Russia, first speaker', round: 'sur-rebuttal' });
    expect(surRebuttal.points).toEqual([]);

    const oral = (await t.api['case-get']({})).oral;
    await t.api['case-update']({ oral: { ...oral, rebuttalMinutes: 0 } });
    await expect(t.api['practice-plan']({ speaker: SPEAKER, round: 'rebuttal' })).rejects.toThrow(
      'The oral-argument settings give no rebuttal: set its minutes first.',
    );
    await t.api['practice-save']({ run: run({ round: 'rebuttal' }) });
    await t.api['practice-save']({ run: run({}) });
    expect((await t.api['practice-runs']({})).runs.map((entry) => entry.round)).toEqual(['rebuttal', 'speech']);
  });

  it('draws first, next time, what was left unanswered the last time, then what was never drawn or answered slowly', async () => {
    const { issue, claim, easy, hard } = await practiceCase();
    const drawn = (id: number, title: string, answerSeconds: number, answered: boolean) => ({
      nodeId: id,
      title,
      kind: 'question' as const,
      pointId: issue.id,
      answerSeconds,
      answered,
    });
    const draw = async () =>
      (await t.api['practice-plan']({ speaker: SPEAKER })).points[0]!.bench.filter(
        (entry) => entry.kind === 'question',
      ).map((entry) => entry.title);
    const states = async () =>
      (await t.api['oral-plan']({})).questions.map((question) => [question.title, question.state]);
    expect(await draw()).toEqual(['Hard one', 'Easy one']);

    await t.api['practice-save']({ run: run({ questions: [drawn(hard.id, 'Hard one', 20, true)] }) });
    expect(await draw()).toEqual(['Easy one', 'Hard one']);

    await t.api['practice-save']({ run: run({ questions: [drawn(easy.id, 'Easy one', 95, true)] }) });
    expect(await draw()).toEqual(['Easy one', 'Hard one']);
    expect(await states()).toEqual([
      ['Easy one', 'weak'],
      ['Hard one', 'practised'],
    ]);

    await t.api['practice-save']({
      run: run({ questions: [drawn(hard.id, 'Hard one', 30, false), drawn(easy.id, 'Easy one', 10, true)] }),
    });
    await t.api['nodes-add']({ parentId: claim.id, kind: 'question', title: 'Fresh one', difficulty: 'hard' });
    expect(await draw()).toEqual(['Hard one', 'Fresh one', 'Easy one']);
    expect(await states()).toEqual([
      ['Easy one', 'practised'],
      ['Hard one', 'weak'],
      ['Fresh one', 'unanswered'],
    ]);

    // Answered in good time at last: an earlier miss no longer puts it first.
    await t.api['practice-save']({ run: run({ questions: [drawn(hard.id, 'Hard one', 15, true)] }) });
    expect(await draw()).toEqual(['Fresh one', 'Hard one', 'Easy one']);
  });

  it('keeps runs in the case file and summarises them', async () => {
    const { issue, second, hard } = await practiceCase();
    const points = (first: number, next: number) => [
      { nodeId: issue.id, title: 'Breach', budgetSeconds: 480, seconds: first },
      { nodeId: second.id, title: 'Remedies', budgetSeconds: 240, seconds: next },
    ];
    const saved = await t.api['practice-save']({ run: run({ points: points(500, 200) }) });
    await t.api['practice-save']({
      run: run({
        points: points(490, 300),
        questions: [
          {
            nodeId: hard.id,
            title: 'Hard one',
            kind: 'question',
            pointId: issue.id,
            answerSeconds: 12,
            answered: false,
          },
        ],
      }),
    });
    await t.api['practice-rate']({ id: saved.id, rating: 4 });
    await t.api['case-close']({});
    await t.api['case-open']({ path: t.path('practice.casewright') });
    const { runs, summary } = await t.api['practice-runs']({});
    expect(runs.map((entry) => [entry.speaker, entry.rating])).toEqual([
      [SPEAKER, 4],
      [SPEAKER, null],
    ]);
    expect(summary.overrunningPoints.map((point) => [point.title, point.averageSeconds])).toEqual([['Breach', 495]]);
    expect(summary.questionsNeverDrawn.map((question) => question.title)).toEqual(['Easy one']);
    expect(summary.weakQuestions).toEqual([{ id: hard.id, title: 'Hard one', lastSeconds: 12, leftUnanswered: true }]);
  });

  it('refuses a run it cannot record, and records nothing', async () => {
    await practiceCase();
    await expect(t.api['practice-save']({ run: run({ startedAt: 'yesterday' }) })).rejects.toThrow();
    await expect(t.api['practice-save']({ run: run({ totalSeconds: -1 }) })).rejects.toThrow();
    await expect(t.api['practice-rate']({ id: 99, rating: 3 })).rejects.toThrow(/no practice run 99/);
    expect((await t.api['practice-runs']({})).runs).toEqual([]);
  });
});

describe('oral plan', () => {
  it('gives speakers their assigned minutes, the points and the questions with their state', async () => {
    const { easy } = await practiceCase();
    await t.api['nodes-add']({ parentId: easy.id - 1, kind: 'question', title: 'Not ready' });
    const plan = await t.api['oral-plan']({});
    expect(plan.speakers.find((speaker) => speaker.name === SPEAKER)?.assignedMinutes).toBe(12);
    expect(plan.points.map((point) => [point.title, point.speaker, point.minutes])).toEqual([
      ['Breach', SPEAKER, 8],
      ['Remedies', SPEAKER, 4],
    ]);
    expect(plan.questions.map((question) => [question.title, question.state, question.answer])).toEqual([
      ['Easy one', 'never drawn', 'Yes.'],
      ['Hard one', 'never drawn', 'Art 25.'],
      ['Not ready', 'unanswered', ''],
    ]);
  });
});
