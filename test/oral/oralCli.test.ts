import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { oralPreset } from '../../app/model/oral';

const BIN = resolve(import.meta.dirname, '../../bin/casewright');

let folder: string;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'casewright-oral-'));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: folder,
    encoding: 'utf8',
    env: { ...process.env, CASEWRIGHT_HOME: join(folder, 'home') },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const COUNSEL = 'Counsel for Ukraine';
const document = {
  format: 'casewright',
  version: 1,
  case: { applicant: 'Ukraine', respondent: 'Russia', oral: oralPreset('appellate', 'Ukraine', 'Russia') },
  nodes: [
    {
      kind: 'issue',
      title: 'Jurisdiction',
      speaker: COUNSEL,
      minutes: 12,
      children: [
        {
          kind: 'question',
          title: 'Where is the consent?',
          difficulty: 'hard',
          text: 'Art 38(5) [@rules, art 38(5)].',
        },
        { kind: 'question', title: 'And the Optional Clause?' },
      ],
    },
    { kind: 'issue', title: 'Merits', speaker: COUNSEL, minutes: 8 },
  ],
};

describe('casewright oral and questions', () => {
  it('print the plan and the questions, as text and as JSON', () => {
    writeFileSync(join(folder, 'plan.json'), JSON.stringify(document));
    expect(cli('new', 'case.casewright').code).toBe(0);
    expect(cli('import', 'case.casewright', '--format', 'json', 'plan.json').code).toBe(0);

    const text = cli('oral', 'case.casewright');
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(`${COUNSEL} (applicant): 20 min of 17 min  OVER TIME`);
    expect(text.stdout).toMatch(/#\d+ issue: Jurisdiction {2}\[Counsel for Ukraine, 12 min\]/);

    const plan = JSON.parse(cli('oral', 'case.casewright', '--json').stdout);
    expect(Object.keys(plan)).toEqual(['speakers', 'points', 'questions']);
    expect(plan.points.map((point: { title: string; minutes: number }) => [point.title, point.minutes])).toEqual([
      ['Jurisdiction', 12],
      ['Merits', 8],
    ]);

    const { questions } = JSON.parse(cli('questions', 'case.casewright', '--json').stdout);
    expect(questions.map((question: { title: string; state: string }) => [question.title, question.state])).toEqual([
      ['Where is the consent?', 'never drawn'],
      ['And the Optional Clause?', 'unanswered'],
    ]);
    expect(cli('questions', 'case.casewright').stdout).toContain('answer: (no answer yet)');
    expect(cli('check', 'case.casewright', '--json').stdout).toContain('"rule": "speaker-over-time"');
  });

  it('print JSON with exactly the keys documented: the plan’s speakers and points, each question and its record', () => {
    writeFileSync(join(folder, 'plan.json'), JSON.stringify(document));
    expect(cli('new', 'case.casewright').code).toBe(0);
    expect(cli('import', 'case.casewright', '--format', 'json', 'plan.json').code).toBe(0);
    const database = new Database(join(folder, 'case.casewright'));
    const consent = database.prepare("SELECT id FROM nodes WHERE title = 'Where is the consent?'").pluck().get();
    const run = {
      startedAt: '2026-12-02T05:00:00.000Z',
      speaker: COUNSEL,
      round: 'speech',
      rating: null,
      totalSeconds: 300,
      points: [],
      questions: [
        {
          nodeId: consent,
          title: 'Where is the consent?',
          kind: 'question',
          pointId: 1,
          answerSeconds: 75,
          answered: true,
        },
      ],
    };
    database
      .prepare('INSERT INTO practice_runs (started_at, speaker, record) VALUES (?, ?, ?)')
      .run(run.startedAt, COUNSEL, JSON.stringify(run));
    database.close();

    const plan = JSON.parse(cli('oral', 'case.casewright', '--json').stdout);
    expect(Object.keys(plan)).toEqual(['speakers', 'points', 'questions']);
    expect(plan.speakers[0]).toEqual({ name: COUNSEL, side: 'applicant', minutes: 17, assignedMinutes: 20 });
    expect(Object.keys(plan.points[0])).toEqual(['id', 'kind', 'title', 'side', 'depth', 'speaker', 'minutes']);
    expect(plan.points[0]).toMatchObject({ kind: 'issue', side: 'applicant', depth: 0, speaker: COUNSEL, minutes: 12 });

    const listed = JSON.parse(cli('questions', 'case.casewright', '--json').stdout);
    expect(Object.keys(listed)).toEqual(['questions']);
    const [asked, unasked] = listed.questions;
    expect(Object.keys(asked)).toEqual([
      'id',
      'title',
      'parentId',
      'parentTitle',
      'difficulty',
      'side',
      'answer',
      'state',
      'record',
    ]);
    expect(asked).toMatchObject({
      id: consent,
      parentTitle: 'Jurisdiction',
      difficulty: 'hard',
      side: 'applicant',
      answer: 'Art 38(5) [@rules, art 38(5)].',
      state: 'weak',
      record: { timesDrawn: 1, slowestSeconds: 75, lastSeconds: 75, leftUnanswered: false },
    });
    expect(Object.keys(asked.record)).toEqual(['timesDrawn', 'slowestSeconds', 'lastSeconds', 'leftUnanswered']);
    expect(unasked).toMatchObject({ title: 'And the Optional Clause?', answer: '', state: 'unanswered', record: null });
    expect(plan.questions).toEqual(listed.questions);
  });

  it('refuse a missing file with a message and exit code 1', () => {
    const result = cli('oral', 'missing.casewright');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/missing\.casewright/);
  });
});
