import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PracticeRecord } from '../../app/oral/practiceRecord';
import { type CaseInBrowser, openCaseInBrowser } from '../support/browser';
import { runCli } from '../support/caseFileReader';
import { parseCsv } from '../support/csvReader';
import { containsText, focused, visible } from '../support/pageExpect';

const SPEAKER = 'Ukraine, first speaker';
const EASY = 'Does paragraph 8(b) reach procurement by the State itself?';
const HARD = 'Is a report that was never published evidence before the Court?';
const COUNTER = 'The missiles were never transferred';
const SCREENSHOTS = resolve(import.meta.dirname, '../../out/testing/screenshots');
const SHOTS = process.env.CASEWRIGHT_SHOTS ?? SCREENSHOTS;

const fixture = {
  format: 'casewright',
  version: 1,
  nodes: [
    {
      kind: 'issue',
      title: 'Whether the Russian Federation breached resolution 1718',
      children: [
        {
          kind: 'claim',
          title: 'The Russian Federation procured ballistic missiles from the DPRK',
          children: [
            { kind: 'question', title: EASY, difficulty: 'easy', text: 'Yes: its officials are nationals.' },
            { kind: 'counter', title: COUNTER },
          ],
        },
      ],
    },
    { kind: 'issue', title: 'Whether remedies are due', children: [] },
  ],
};

let session: CaseInBrowser;
let page: Page;

beforeAll(async () => {
  session = await openCaseInBrowser('practice', ['--applicant', 'Ukraine', '--respondent', 'Russia'], {
    width: 1280,
    height: 720,
  });
  page = session.page;
  const input = join(session.folder, 'fixture.json');
  writeFileSync(input, JSON.stringify(fixture));
  runCli(session.folder, 'import', session.file, '--format', 'json', input);
  await page.reload();
  await visible(page.getByRole('treeitem', { name: /Whether remedies are due/ }));
}, 60_000);

afterAll(async () => {
  await session?.close();
});

const toolbar = (name: string) => page.getByRole('banner').getByRole('button', { name, exact: true });
const timer = () => page.getByRole('timer', { name: 'Time left' });
const storedRuns = () => {
  const database = new Database(session.file, { readonly: true });
  const rows = database.prepare('SELECT record FROM practice_runs ORDER BY id').pluck().all() as string[];
  database.close();
  return rows.map((row) => JSON.parse(row) as PracticeRecord);
};

async function giveSpeaker(title: RegExp, minutes: string) {
  await page.getByRole('treeitem', { name: title }).click();
  await page.getByLabel('Speaker', { exact: true }).selectOption(SPEAKER);
  await page.getByLabel('Minutes', { exact: true }).fill(minutes);
  await page.getByLabel('Minutes', { exact: true }).press('Enter');
}

describe('practice mode', () => {
  it('sets the speakers from a preset and gives the issues a speaker and minutes', async () => {
    await toolbar('Practice').click();
    await page.getByRole('button', { name: 'Speakers and time…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Speakers and time' });
    await dialog.getByLabel('Format').selectOption('international');
    expect(await dialog.getByLabel('Speaker 1 name').inputValue()).toBe(SPEAKER);
    const departures = dialog.getByRole('region', { name: 'Departures from the format' });
    expect(await departures.count()).toBe(0);
    await dialog.getByLabel('Speaker 1 minutes').fill('30');
    await containsText(departures, `${SPEAKER} has 30 minutes; an international moot allows 15 to 25.`);
    await containsText(departures, 'The applicant has 55 minutes in all; an international moot gives 45 a side.');
    await page.screenshot({ path: join(SHOTS, 'oral-speakers-dialog-departures-light.png') });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: join(SHOTS, 'oral-speakers-dialog-departures-dark.png') });
    await page.emulateMedia({ colorScheme: 'light' });
    await dialog.getByLabel('Speaker 1 minutes').fill('20');
    await expect.poll(() => departures.count()).toBe(0);
    await page.screenshot({ path: join(SHOTS, 'oral-speakers-dialog-light.png') });
    await dialog.getByRole('button', { name: 'Save speakers and time' }).click();
    await expect.poll(() => dialog.count()).toBe(0);

    await toolbar('Outline').click();
    await giveSpeaker(/Whether the Russian Federation breached/, '1');
    await giveSpeaker(/Whether remedies are due/, '1');
    const plan = JSON.parse(runCli(session.folder, 'show', session.file, '--json')) as {
      case: { oral: { speakers: { name: string }[] } };
      nodes: { speaker?: string; minutes?: number }[];
    };
    expect(plan.case.oral.speakers).toHaveLength(4);
    expect(plan.nodes.map((node) => [node.speaker, node.minutes])).toEqual([
      [SPEAKER, 1],
      [SPEAKER, 1],
    ]);
  });

  it('adds a bench question with its difficulty and prepared answer in the editor', async () => {
    await page.getByRole('treeitem', { name: /procured ballistic missiles/ }).click();
    await toolbar('Add child').click();
    const title = page.getByLabel('Title', { exact: true });
    await focused(title);
    await expect.poll(() => title.inputValue()).toBe('');
    await title.fill(HARD);
    await page.getByLabel('Kind', { exact: true }).selectOption('question');
    await page.getByLabel('Difficulty', { exact: true }).selectOption('hard');
    await page.getByRole('textbox', { name: 'Body' }).click();
    await page.keyboard.type('Yes, as corroboration of the public reporting.');
    await page.getByRole('treeitem', { name: /Whether remedies are due/ }).click();
    await expect
      .poll(() => runCli(session.folder, 'show', session.file, '--json'), { timeout: 10_000 })
      .toMatch(/"difficulty": "hard"/);
    const questions = runCli(session.folder, 'search', session.file, 'published', '--json');
    expect(
      JSON.parse(questions).results.map((result: { kind: string; title: string }) => [result.kind, result.title]),
    ).toEqual([['question', HARD]]);
  });

  it('runs a round under a fake clock, records it in the case file, and draws the unanswered question first next time', async () => {
    await toolbar('Practice').click();
    await page.clock.install({ time: new Date('2026-12-02T04:59:00Z') });
    await page.clock.pauseAt(new Date('2026-12-02T05:00:00Z'));
    await page.getByRole('button', { name: 'Start the run' }).click();
    await containsText(timer(), '20:00');
    await containsText(page.locator('.practice-point'), 'Whether the Russian Federation breached');
    // The stage holds the focus for its keys, without a frame drawn round it on the projector.
    const stage = page.getByRole('region', { name: 'Practice run' });
    expect(await stage.evaluate((element) => element === element.ownerDocument.activeElement)).toBe(true);
    expect(
      await stage.evaluate((element) => element.ownerDocument.defaultView!.getComputedStyle(element).outlineStyle),
    ).toBe('none');

    await page.clock.runFor(50_000);
    await containsText(timer(), '19:10');
    await page.keyboard.press('b');
    await containsText(page.getByRole('region', { name: 'Bench' }), HARD);
    // On a desktop screen as on the projector, light and dark.
    await page.setViewportSize({ width: 1600, height: 1000 });
    await page.screenshot({ path: join(SHOTS, 'practice-bench-light-1600x1000.png') });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: join(SHOTS, 'practice-bench-dark-1600x1000.png') });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.clock.runFor(10_000);
    await page.keyboard.press(' ');
    await page.keyboard.press('b');
    await containsText(page.getByRole('region', { name: 'Bench' }), EASY);
    await page.clock.runFor(5_000);
    await page.keyboard.press('Escape');
    await visible(page.getByRole('region', { name: 'Practice run ended' }));
    await containsText(page.locator('.practice-times').first(), '(over)');
    const answers = page.getByRole('table', { name: /Bench interruptions: 2, answered 1/ });
    const breach = 'Whether the Russian Federation breached resolution 1718';
    const rows = await answers.getByRole('row').allInnerTexts();
    expect(rows.map((row) => row.split('\t'))).toEqual([
      ['Interruption', 'Under the point', 'Answer time'],
      [`The bench: ${HARD}`, breach, '0:10'],
      [`The bench: ${EASY}`, breach, '0:05 (not answered)'],
    ]);
    await page.getByRole('button', { name: 'Rate this run 3 of 5' }).click();

    await expect.poll(() => storedRuns()[0]?.rating ?? null).toBe(3);
    const rating = page.getByRole('button', { name: 'Rate this run 3 of 5' });
    await expect.poll(() => rating.getAttribute('aria-pressed')).toBe('true');
    const [run] = storedRuns();
    expect(run!.speaker).toBe(SPEAKER);
    expect(run!.startedAt).toBe('2026-12-02T05:00:00.000Z');
    expect(run!.points.map((point) => [point.seconds, point.budgetSeconds])).toEqual([[65, 60]]);
    expect(run!.questions.map((question) => [question.title, question.answerSeconds, question.answered])).toEqual([
      [HARD, 10, true],
      [EASY, 5, false],
    ]);

    await page.getByRole('button', { name: 'Back to the plan' }).click();
    await containsText(page.getByRole('region', { name: 'What the runs show' }), `${EASY}: not answered`);
    await page.getByRole('button', { name: 'Start the run' }).click();
    await containsText(timer(), '20:00');
    await page.keyboard.press('b');
    await containsText(page.getByRole('region', { name: 'Bench' }), EASY);
  });

  it('shows the time cards in amber, red and stop, in light and dark, at 1280×720', async () => {
    mkdirSync(SHOTS, { recursive: true });
    await page.keyboard.press(' ');
    await page.clock.fastForward(10 * 60_000);
    await page.clock.runFor(500);
    await expect.poll(() => timer().getAttribute('class')).toContain('tone-card');
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: join(SHOTS, 'practice-card-dark-1280x720.png') });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.clock.fastForward(7 * 60_000 - 500);
    await page.clock.runFor(500);
    await expect.poll(() => timer().getAttribute('class')).toContain('tone-amber');
    const card = page.getByRole('status', { name: 'Time card' });
    expect(await card.locator('span').allTextContents()).toEqual(['3', 'minutes']);
    expect(
      await card.evaluate((element) => element.ownerDocument.defaultView!.getComputedStyle(element).backgroundColor),
    ).toBe('rgb(242, 169, 0)');
    // At a projector's 1280 pixels the toolbar stays on one row.
    const tops = await page
      .getByRole('banner')
      .getByRole('button')
      .evaluateAll((buttons) => buttons.map((button) => Math.round(button.getBoundingClientRect().top)));
    expect(Math.max(...tops) - Math.min(...tops), 'toolbar rows').toBeLessThan(10);
    await page.screenshot({ path: join(SHOTS, 'practice-light-1280x720.png') });
    await page.clock.fastForward(150_000);
    await page.clock.runFor(500);
    await expect.poll(() => timer().getAttribute('class')).toContain('tone-red');
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.keyboard.press('b');
    await page.screenshot({ path: join(SHOTS, 'practice-dark-1280x720.png') });
    await page.clock.fastForward(60_000);
    await page.clock.runFor(500);
    await expect.poll(() => timer().getAttribute('class')).toContain('tone-stop');
    await containsText(page.getByRole('status', { name: 'Time card' }), 'Stop');
    await page.emulateMedia({ colorScheme: 'light' });
    await page.keyboard.press('Escape');
    await visible(page.getByRole('region', { name: 'Practice run ended' }));
    await expect.poll(() => storedRuns().length).toBe(2);
    await page.screenshot({ path: join(SHOTS, 'practice-ended-light-1280x720.png') });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: join(SHOTS, 'practice-ended-dark-1280x720.png') });
    await page.emulateMedia({ colorScheme: 'light' });
    expect(session.pageErrors).toEqual([]);
  });

  it('practises the rebuttal in its own minutes, replying to the other side’s counter, and records the round', async () => {
    await page.getByRole('button', { name: 'Back to the plan' }).click();
    await page.getByLabel('Round', { exact: true }).selectOption('rebuttal');
    const speakers = await page.getByLabel('Speaker', { exact: true }).locator('option').allTextContents();
    expect(speakers.every((name) => name.startsWith('Ukraine'))).toBe(true);
    await page.clock.pauseAt(new Date('2026-12-02T06:00:00Z'));
    await page.getByRole('button', { name: 'Start the run' }).click();
    await containsText(timer(), '5:00');
    await containsText(page.locator('.practice-speaker'), `Rebuttal: ${SPEAKER}`);
    await containsText(page.locator('.practice-point'), `In reply: ${COUNTER}`);
    await page.clock.runFor(100_000);
    await containsText(timer(), '3:20');
    await page.screenshot({ path: join(SHOTS, 'oral-rebuttal-stage-light.png') });
    await page.keyboard.press(' ');
    await visible(page.getByRole('region', { name: 'Practice run ended' }));
    await containsText(page.getByRole('region', { name: 'Practice run ended' }), 'Rebuttal ended');

    await expect.poll(() => storedRuns().length).toBe(3);
    const rebuttal = storedRuns()[2]!;
    expect(rebuttal.round).toBe('rebuttal');
    expect(rebuttal.speaker).toBe(SPEAKER);
    expect(rebuttal.points.map((point) => [point.title, point.seconds, point.budgetSeconds])).toEqual([
      [`In reply: ${COUNTER}`, 100, 300],
    ]);
    expect(session.pageErrors).toEqual([]);
  });

  it('exports the practice log as CSV from the Practice view: a row per point, planned against actual', async () => {
    await page.getByRole('button', { name: 'Back to the plan' }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export the log (CSV)' }).click();
    const saved = join(session.folder, 'log.csv');
    await (await download).saveAs(saved);
    const [header, ...rows] = parseCsv(readFileSync(saved, 'utf8'));
    expect(header!.slice(0, 8)).toEqual([
      'Run',
      'Date',
      'Speaker',
      'Round',
      'Rating',
      'Section',
      'Planned (s)',
      'Actual (s)',
    ]);
    expect(rows.map((row) => [row[3], row[5], row[6], row[7]])).toEqual([
      ['Speech', 'Whether the Russian Federation breached resolution 1718', '60', '65'],
      ['Speech', 'Whether the Russian Federation breached resolution 1718', '60', expect.any(String)],
      ['Rebuttal', `In reply: ${COUNTER}`, '300', '100'],
    ]);
    expect(rows[0]![9]).toBe(`${HARD}; ${EASY}`);
    await page.screenshot({ path: join(SHOTS, 'oral-practice-view-light.png') });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: join(SHOTS, 'oral-practice-view-dark.png') });
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('renames a speaker in Speakers and time, and the points they argue follow the new name', async () => {
    await page.getByRole('button', { name: 'Speakers and time…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Speakers and time' });
    await dialog.getByLabel('Speaker 1 name').fill('Ms Kovalenko');
    await dialog.getByRole('button', { name: 'Save speakers and time' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    const shown = JSON.parse(runCli(session.folder, 'show', session.file, '--json')) as {
      case: { oral: { speakers: { name: string }[] } };
      nodes: { speaker?: string }[];
    };
    expect(shown.case.oral.speakers[0]!.name).toBe('Ms Kovalenko');
    expect(shown.nodes.map((node) => node.speaker)).toEqual(['Ms Kovalenko', 'Ms Kovalenko']);
    expect(session.pageErrors).toEqual([]);
  });

  it('exports the bench-question cards from the Export dialog', async () => {
    await toolbar('Export…').click();
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await dialog.getByLabel('Layout').selectOption('cards');
    await dialog.getByLabel('Format').selectOption('md');
    await dialog.getByLabel('Export side').selectOption('applicant');
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    const saved = join(session.folder, 'cards.md');
    await (await download).saveAs(saved);
    const cards = readFileSync(saved, 'utf8');
    expect(cards).toContain(`## 1. ${EASY}`);
    expect(cards).toContain('**Tests:** Claim: The Russian Federation procured ballistic missiles from the DPRK');
    expect(cards).toContain('Answer:** Yes, as corroboration of the public reporting.');
    expect(cards).toContain(`## 2. ${HARD}`);
    expect(session.pageErrors).toEqual([]);
  });
});
