import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { oralPreset } from '../../app/model/oral';
import initial from '../../app/store/migrations/001-initial.sql';
import { type TempService, tempService } from '../support/tempService';

let t: TempService;
beforeEach(async () => {
  t = tempService();
});
afterEach(() => t.dispose());

const findings = async (rule: string) =>
  (await t.api['evaluation-get']({})).findings.filter((finding) => finding.rule === rule);

async function twoIssues() {
  await t.api['case-create']({ path: t.path('oral.casewright') });
  await t.api['case-update']({ applicant: 'Ukraine', respondent: 'Russia' });
  const jurisdiction = await t.api['nodes-add']({ parentId: null, kind: 'issue', title: 'Jurisdiction' });
  const merits = await t.api['nodes-add']({ parentId: null, kind: 'issue', title: 'Merits' });
  const claim = await t.api['nodes-add']({ parentId: merits.id, kind: 'claim', title: 'Breach of 8(b)' });
  return { jurisdiction, merits, claim };
}

describe('oral-argument settings', () => {
  it('keeps a preset with the case, speakers named after the parties', async () => {
    await twoIssues();
    const oral = oralPreset('international', 'Ukraine', 'Russia');
    const info = await t.api['case-update']({ oral });
    expect(info.oral.speakers.map((speaker) => `${speaker.name} ${speaker.minutes}`)).toEqual([
      'Ukraine, first speaker 20',
      'Ukraine, second speaker 20',
      'Russia, first speaker 20',
      'Russia, second speaker 20',
    ]);
    expect(info.oral.rebuttalMinutes).toBe(5);
    await t.api['case-close']({});
    await t.api['case-open']({ path: t.path('oral.casewright') });
    expect((await t.api['case-get']({})).oral).toEqual(oral);
  });

  it('refuses two speakers of one name and cards out of order, and changes nothing', async () => {
    await twoIssues();
    const speaker = { name: 'Ana', side: 'applicant' as const, minutes: 20 };
    const oral = { ...oralPreset('custom', '', ''), speakers: [speaker, speaker] };
    await expect(t.api['case-update']({ oral })).rejects.toThrow(/two speakers have the same name/);
    await expect(t.api['case-update']({ oral: { ...oral, speakers: [speaker], timeCards: [1, 5] } })).rejects.toThrow(
      /time cards go from the most minutes left/,
    );
    expect((await t.api['case-get']({})).oral.speakers).toEqual([]);
  });

  it('gives issues and claims a speaker and minutes, undoably, and refuses them on evidence', async () => {
    const { claim } = await twoIssues();
    await t.api['nodes-update']({ id: claim.id, speaker: 'Ana', minutes: 6 });
    expect((await t.api['nodes-get']({ id: claim.id })).speaker).toBe('Ana');
    await t.api['history-undo']({});
    expect((await t.api['nodes-get']({ id: claim.id })).speaker ?? null).toBeNull();
    const fact = await t.api['nodes-add']({ parentId: claim.id, kind: 'evidence', title: 'Containers' });
    await expect(t.api['nodes-update']({ id: fact.id, speaker: 'Ana' })).rejects.toThrow(/evidence has no speaker/);
  });
});

describe('oral gap rules', () => {
  it('are silent while the case has no speakers', async () => {
    await twoIssues();
    expect(await findings('issue-without-speaker')).toEqual([]);
    expect(await findings('speaker-over-time')).toEqual([]);
  });

  it('issue-without-speaker: an issue no speaker of the case side argues, itself or below', async () => {
    const { jurisdiction, claim } = await twoIssues();
    await t.api['case-update']({ oral: oralPreset('international', 'Ukraine', 'Russia') });
    await t.api['nodes-update']({ id: claim.id, speaker: 'Ukraine, first speaker', minutes: 10 });
    const found = await findings('issue-without-speaker');
    expect(found.map((finding) => [finding.nodeId, finding.message])).toEqual([
      [jurisdiction.id, 'Issue “Jurisdiction” has no speaker of the applicant.'],
    ]);
    await t.api['case-update']({ side: 'both' });
    expect((await findings('issue-without-speaker')).length).toBe(3);
  });

  it('speaker-over-time: at the point that takes a speaker past their minutes, and not before', async () => {
    const { jurisdiction, merits, claim } = await twoIssues();
    await t.api['case-update']({ oral: oralPreset('appellate', 'Ukraine', 'Russia') });
    const counsel = 'Counsel for Ukraine';
    await t.api['nodes-update']({ id: jurisdiction.id, speaker: counsel, minutes: 10 });
    await t.api['nodes-update']({ id: merits.id, speaker: counsel, minutes: 7 });
    expect(await findings('speaker-over-time')).toEqual([]);
    await t.api['nodes-update']({ id: claim.id, speaker: counsel, minutes: 0.5 });
    const found = await findings('speaker-over-time');
    expect(found.map((finding) => [finding.nodeId, finding.message])).toEqual([
      [claim.id, 'Counsel for Ukraine has 17.5 minutes of points for 17 minutes.'],
    ]);
  });
});

describe('bench questions', () => {
  it('are not evaluated; question-unanswered until the answer is written', async () => {
    const { claim } = await twoIssues();
    const question = await t.api['nodes-add']({
      parentId: claim.id,
      kind: 'question',
      title: 'Does 8(b) reach procurement by the State itself?',
      difficulty: 'hard',
      side: 'applicant',
    });
    const evaluation = await t.api['evaluation-get']({});
    expect(evaluation.statuses[question.id]).toBeUndefined();
    expect((await findings('question-unanswered')).map((finding) => finding.nodeId)).toEqual([question.id]);
    await t.api['nodes-update']({
      id: question.id,
      body: {
        type: 'doc',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Yes: officials are nationals.' }] }],
      },
    });
    expect(await findings('question-unanswered')).toEqual([]);
    const claimFindings = evaluation.findings.filter((finding) => finding.nodeId === claim.id);
    expect(claimFindings.map((finding) => finding.rule)).toEqual(['claim-unsupported']);
  });

  it('travel in casewright/1 with their difficulty, and the points with their speakers', async () => {
    const { claim } = await twoIssues();
    await t.api['case-update']({ oral: oralPreset('appellate', 'Ukraine', 'Russia') });
    await t.api['nodes-update']({ id: claim.id, speaker: 'Counsel for Ukraine', minutes: 4 });
    await t.api['nodes-add']({
      parentId: claim.id,
      kind: 'question',
      title: 'Why?',
      difficulty: 'easy',
      text: 'Because [@res1718, para 8].',
    });
    const exported = await t.api['interchange-export']({});
    await t.api['case-create']({ path: t.path('copy.casewright') });
    await t.api['interchange-import']({ document: exported });
    const again = await t.api['interchange-export']({});
    const strip = (value: unknown) => JSON.stringify(value, (key, field) => (key === 'id' ? undefined : field));
    expect(strip(again.nodes)).toBe(strip(exported.nodes));
    expect(again.case?.oral).toEqual(exported.case?.oral);
    expect(strip(again.nodes)).toContain('"difficulty":"easy"');
    expect(strip(again.nodes)).toContain('"speaker":"Counsel for Ukraine","minutes":4');
  });
});

describe('a case file of the first schema', () => {
  it('opens with its nodes, citations and search intact, and takes questions', async () => {
    const path = t.path('old.casewright');
    const old = new Database(path);
    old.pragma('journal_mode = WAL');
    old.pragma('foreign_keys = OFF');
    old.pragma(`application_id = ${(await import('../../app/store/fileHeader')).CASEWRIGHT_APPLICATION_ID}`);
    old.exec(initial);
    old.pragma('user_version = 1');
    old
      .prepare(
        "INSERT INTO nodes (id, parent_id, position, kind, title, text) VALUES (1, 2, 0, 'claim', 'Transfer of shells', 'shells shipped')",
      )
      .run();
    old
      .prepare("INSERT INTO nodes (id, parent_id, position, kind, title) VALUES (2, NULL, 0, 'issue', 'Sanctions')")
      .run();
    old
      .prepare("INSERT INTO citations (node_id, seq, authority_key, pinpoint) VALUES (1, 0, 'res1718', 'para 8')")
      .run();
    old.close();
    await t.api['case-open']({ path });
    const outline = await t.api['outline-get']({});
    expect(outline.map((row) => row.title)).toEqual(['Sanctions', 'Transfer of shells']);
    const search = await t.api.search({ query: 'shells' });
    expect(search.results.map((result) => result.nodeId)).toEqual([1]);
    expect((await t.api.search({ query: '@res1718' })).results.map((result) => result.nodeId)).toEqual([1]);
    const question = await t.api['nodes-add']({ parentId: 1, kind: 'question', title: 'What was in them?' });
    expect(question.kind).toBe('question');
  });
});
