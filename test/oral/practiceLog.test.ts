import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MethodInput } from '../../app/api/handlers';
import { oralPreset } from '../../app/model/oral';
import { runCli } from '../support/caseFileReader';
import { parseCsv } from '../support/csvReader';
import { type TempService, tempService } from '../support/tempService';

let t: TempService;
beforeEach(() => {
  t = tempService();
});
afterEach(() => t.dispose());

const SPEAKER = 'Ukraine, first speaker';
const BREACH = 'Whether the Russian Federation breached resolution 1718, paragraph 8';
const QUESTION = 'Is the "Panel of Experts" report evidence?';

type Run = MethodInput<'practice-save'>['run'];

async function loggedCase() {
  await t.api['case-create']({ path: t.path('log.casewright') });
  await t.api['case-update']({ oral: oralPreset('international', 'Ukraine', 'Russia') });
  const breach = await t.api['nodes-add']({
    parentId: null,
    kind: 'issue',
    title: BREACH,
    speaker: SPEAKER,
    minutes: 8,
  });
  const remedies = await t.api['nodes-add']({
    parentId: null,
    kind: 'issue',
    title: '=HYPERLINK("x")',
    speaker: SPEAKER,
    minutes: 4,
  });
  const question = await t.api['nodes-add']({ parentId: breach.id, kind: 'question', title: QUESTION });
  const speech: Run = {
    startedAt: '2026-12-02T05:00:00.000Z',
    speaker: SPEAKER,
    round: 'speech',
    rating: null,
    totalSeconds: 800,
    points: [
      { nodeId: breach.id, title: BREACH, budgetSeconds: 480, seconds: 530.5 },
      { nodeId: remedies.id, title: '=HYPERLINK("x")', budgetSeconds: 240, seconds: 200 },
    ],
    questions: [
      { nodeId: question.id, title: QUESTION, kind: 'question', pointId: breach.id, answerSeconds: 40, answered: true },
    ],
  };
  const saved = await t.api['practice-save']({ run: speech });
  await t.api['practice-rate']({ id: saved.id, rating: 4 });
  await t.api['practice-save']({
    run: {
      ...speech,
      startedAt: '2026-12-02T06:00:00.000Z',
      round: 'rebuttal',
      totalSeconds: 0,
      points: [],
      questions: [],
    },
  });
}

describe('the practice log as CSV', () => {
  it('has a row per point of each run: planned against actual time and the questions asked', async () => {
    await loggedCase();
    const log = await t.api['practice-log']({});
    expect(log.runs).toBe(2);
    expect(log.fileName).toMatch(/-practice-log\.csv$/);
    expect(log.mediaType).toBe('text/csv; charset=utf-8');
    const [header, ...rows] = parseCsv(log.text);
    expect(header).toEqual([
      'Run',
      'Date',
      'Speaker',
      'Round',
      'Rating',
      'Section',
      'Planned (s)',
      'Actual (s)',
      'Over (s)',
      'Questions asked',
      'Questions answered',
    ]);
    expect(rows).toEqual([
      ['1', '2026-12-02T05:00:00.000Z', SPEAKER, 'Speech', '4', BREACH, '480', '530.5', '50.5', QUESTION, '1'],
      ['1', '2026-12-02T05:00:00.000Z', SPEAKER, 'Speech', '4', `'=HYPERLINK("x")`, '240', '200', '-40', '', '0'],
      ['2', '2026-12-02T06:00:00.000Z', SPEAKER, 'Rebuttal', '', '', '', '', '', '', ''],
    ]);
  });

  it('is written by the CLI to stdout or to a file, and is a header alone before any run', async () => {
    await loggedCase();
    const file = t.path('log.casewright');
    expect(parseCsv(runCli(t.folder, 'practice-log', file))).toHaveLength(4);
    const out = t.path('log.csv');
    expect(runCli(t.folder, 'practice-log', file, '--out', out)).toContain('Wrote 2 practice runs to');
    expect(parseCsv(readFileSync(out, 'utf8'))[1]![5]).toBe(BREACH);

    await t.api['case-create']({ path: t.path('empty.casewright') });
    expect(parseCsv((await t.api['practice-log']({})).text)).toHaveLength(1);
  });
});
