import { useEffect, useState } from 'react';
import type { MethodOutput } from '../../app/api/handlers';
import { PRACTICE_ROUNDS, type PracticeRound, replyMinutes, replySide, roundLabel } from '../../app/model/oral';
import { saveExport } from '../api/exportFile';
import type { CaseState, CaseStore } from '../state/caseStore';
import { OralSettingsDialog } from './OralSettingsDialog';
import { PracticeStage } from './PracticeStage';
import { clockText } from './practiceClock';
import type { PracticePlan } from './usePracticeRun';
import './practice.css';

type Runs = MethodOutput<'practice-runs'>;

/** The practice view: choose a speaker and start a run; what the earlier runs teach; the speakers and their time. */
export function PracticeView({ store, state }: { store: CaseStore; state: CaseState }) {
  const oral = state.info?.oral;
  const [round, setRound] = useState<PracticeRound>('speech');
  const rounds = PRACTICE_ROUNDS.filter((option) => option === 'speech' || (oral && replyMinutes(oral, option) > 0));
  const chosenRound = rounds.includes(round) ? round : 'speech';
  const speakers = (oral?.speakers ?? []).filter(
    (candidate) => chosenRound === 'speech' || candidate.side === replySide(chosenRound),
  );
  const [speaker, setSpeaker] = useState<string>('');
  const [plan, setPlan] = useState<PracticePlan | undefined>();
  const [runs, setRuns] = useState<Runs | undefined>();
  const [editing, setEditing] = useState(false);
  const chosen = speakers.some((candidate) => candidate.name === speaker) ? speaker : (speakers[0]?.name ?? '');

  // biome-ignore lint/correctness/useExhaustiveDependencies: the summary changes with the case and after each run
  useEffect(() => {
    if (plan) return;
    store.api['practice-runs']({}).then(setRuns, (error: Error) => store.say(error.message, 'error'));
  }, [store, state.revision, plan]);

  if (plan) return <PracticeStage store={store} plan={plan} onDone={() => setPlan(undefined)} />;

  const start = async () => {
    const next = await store.run(() => store.api['practice-plan']({ speaker: chosen, round: chosenRound }));
    if (!next) return;
    if (next.points.length === 0) {
      store.say(
        chosenRound === 'speech'
          ? `${chosen} has no points yet: give issues or claims this speaker and their minutes in the editor.`
          : `The other side has no counter or response yet for the ${roundLabel(chosenRound).toLowerCase()} to answer.`,
      );
      return;
    }
    setPlan(next);
  };

  const exportLog = async () => {
    const log = await store.run(() => store.api['practice-log']({}));
    if (!log) return;
    const done = await store.run(() =>
      saveExport(log.fileName, new TextEncoder().encode(log.text), log.mediaType, window.casewright),
    );
    if (done) store.say(done);
  };

  return (
    <section className="practice-view" aria-label="Practice">
      <h2>Practice the oral argument</h2>
      {speakers.length === 0 ? (
        <p>No speakers yet. Set the speakers and their time, then give each issue or claim a speaker and minutes.</p>
      ) : (
        <div className="practice-start">
          <label className="select-field">
            <span className="field-label">Round</span>
            <select
              aria-label="Round"
              value={chosenRound}
              onChange={(event) => setRound(event.target.value as PracticeRound)}
            >
              {rounds.map((option) => (
                <option key={option} value={option}>
                  {option === 'speech'
                    ? 'Speech'
                    : `${roundLabel(option)} (${replyMinutes(oral!, option)} min, ${replySide(option)})`}
                </option>
              ))}
            </select>
          </label>
          <label className="select-field">
            <span className="field-label">Speaker</span>
            <select aria-label="Speaker" value={chosen} onChange={(event) => setSpeaker(event.target.value)}>
              {speakers.map((candidate) => (
                <option key={candidate.name} value={candidate.name}>
                  {chosenRound === 'speech' ? `${candidate.name} (${candidate.minutes} min)` : candidate.name}
                </option>
              ))}
            </select>
          </label>
          <button type="button" className="primary" onClick={() => void start()}>
            Start the run
          </button>
        </div>
      )}
      <p className="field-hint">
        Space: next point (or the question is answered). B: a question from the bench. Esc: end the run.
      </p>
      <div className="practice-actions">
        <button type="button" onClick={() => setEditing(true)}>
          Speakers and time…
        </button>
        {runs && runs.runs.length > 0 && (
          <button type="button" onClick={() => void exportLog()}>
            Export the log (CSV)
          </button>
        )}
      </div>
      {runs && runs.summary.runs > 0 && <PracticeSummary runs={runs} />}
      {editing && <OralSettingsDialog store={store} onClose={() => setEditing(false)} />}
    </section>
  );
}

function PracticeSummary({ runs }: { runs: Runs }) {
  const { summary } = runs;
  return (
    <section className="practice-summary" aria-label="What the runs show">
      <h3>
        After {summary.runs} run{summary.runs === 1 ? '' : 's'}
      </h3>
      <h4>Points that always overrun</h4>
      {summary.overrunningPoints.length === 0 ? (
        <p>None.</p>
      ) : (
        <ul>
          {summary.overrunningPoints.map((point) => (
            <li key={point.nodeId}>
              {point.title}: {clockText(point.averageSeconds)} on average for {clockText(point.budgetSeconds)}
            </li>
          ))}
        </ul>
      )}
      <h4>Questions to practise (drawn first next time)</h4>
      <ul>
        {summary.weakQuestions.map((question) => (
          <li key={question.id}>
            {question.title}:{' '}
            {question.leftUnanswered ? 'not answered' : `answered in ${clockText(question.lastSeconds)}`}
          </li>
        ))}
        {summary.questionsNeverDrawn.map((question) => (
          <li key={question.id}>{question.title}: never drawn</li>
        ))}
      </ul>
      <h4>Runs</h4>
      <ul>
        {runs.runs
          .slice(-5)
          .reverse()
          .map((run) => (
            <li key={run.id}>
              {new Date(run.startedAt).toLocaleString('en-GB')}, {run.speaker}
              {run.round === 'speech' ? '' : ` (${roundLabel(run.round).toLowerCase()})`}: {clockText(run.totalSeconds)}
              {run.rating ? `, rated ${run.rating} of 5` : ''}
            </li>
          ))}
      </ul>
    </section>
  );
}
