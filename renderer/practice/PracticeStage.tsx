import { useEffect, useRef, useState } from 'react';
import { roundLabel, SLOW_ANSWER_SECONDS } from '../../app/model/oral';
import type { CaseStore } from '../state/caseStore';
import { clockFace, clockText } from './practiceClock';
import { type PracticePlan, usePracticeRun } from './usePracticeRun';

const RATINGS = [1, 2, 3, 4, 5] as const;

/**
 * A practice run on screen: the current point in large type with its time against its budget, the clock with its
 * time cards, and bench interruptions until they are answered. Space: next (or answered); B: a question; Esc: end.
 */
export function PracticeStage({ store, plan, onDone }: { store: CaseStore; plan: PracticePlan; onDone: () => void }) {
  const { run, next, bench, end } = usePracticeRun(store, plan);
  const stage = useRef<HTMLElement>(null);
  const [rated, setRated] = useState<number | undefined>();
  useEffect(() => stage.current?.focus(), []);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
      if (event.key === ' ') next();
      else if (event.key === 'b' || event.key === 'B') bench();
      else if (event.key === 'Escape') void end();
      else return;
      event.preventDefault();
      event.stopPropagation();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [next, bench, end]);

  const elapsed = (run.now - run.startedAt) / 1000;
  const face = clockFace(plan.minutes * 60 - elapsed, plan.timeCards);
  const point = plan.points[run.pointIndex];
  const pointSpent = (run.now - run.pointStartedAt) / 1000;

  if (run.phase === 'ended') {
    return (
      <section className="practice-stage practice-ended" ref={stage} tabIndex={-1} aria-label="Practice run ended">
        <h2>
          {plan.round === 'speech' ? 'Run' : roundLabel(plan.round)} ended: {clockText(elapsed)} of {plan.minutes}{' '}
          minutes
        </h2>
        <table className="practice-times">
          <caption>Time per point</caption>
          <thead>
            <tr>
              <th scope="col">Point</th>
              <th scope="col">Spent</th>
              <th scope="col">Budget</th>
            </tr>
          </thead>
          <tbody>
            {run.pointSeconds.map((spent, index) => {
              const entry = plan.points[index]!;
              const over = spent > entry.minutes * 60;
              return (
                <tr key={entry.id} className={over ? 'over' : undefined}>
                  <td>{entry.title}</td>
                  <td>{clockText(spent)}</td>
                  <td>
                    {clockText(entry.minutes * 60)}
                    {over ? ' (over)' : ''}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        {run.questions.length === 0 ? (
          <p>No bench interruptions in this run.</p>
        ) : (
          <table className="practice-times practice-answers">
            <caption>
              Bench interruptions: {run.questions.length}, answered{' '}
              {run.questions.filter((question) => question.answered).length}
            </caption>
            <thead>
              <tr>
                <th scope="col">Interruption</th>
                <th scope="col">Under the point</th>
                <th scope="col">Answer time</th>
              </tr>
            </thead>
            <tbody>
              {run.questions.map((question, index) => {
                const slow = question.answerSeconds > SLOW_ANSWER_SECONDS;
                const under = plan.points.find((entry) => entry.id === question.pointId);
                return (
                  <tr key={index} className={!question.answered || slow ? 'over' : undefined}>
                    <td>
                      {question.kind === 'question' ? 'The bench: ' : 'The other side: '}
                      {question.title}
                    </td>
                    <td>{under?.title ?? ''}</td>
                    <td>
                      {clockText(question.answerSeconds)}
                      {question.answered ? (slow ? ' (slow)' : '') : ' (not answered)'}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
        <fieldset className="practice-rating" disabled={run.runId === undefined}>
          <legend>How did it go?</legend>
          {RATINGS.map((rating) => (
            <button
              key={rating}
              type="button"
              aria-label={`Rate this run ${rating} of 5`}
              aria-pressed={rated === rating}
              onClick={() => {
                const id = run.runId;
                if (id === undefined) return;
                void store
                  .run(() => store.api['practice-rate']({ id, rating }))
                  .then((done) => {
                    if (!done) return;
                    setRated(rating);
                    store.say(`Run rated ${rating} of 5.`);
                  });
              }}
            >
              {rating}
            </button>
          ))}
        </fieldset>
        <button type="button" className="primary" onClick={onDone}>
          Back to the plan
        </button>
      </section>
    );
  }

  return (
    <section className="practice-stage" ref={stage} tabIndex={-1} aria-label="Practice run">
      <div className="practice-top">
        <span className="practice-speaker">
          {plan.round === 'speech' ? plan.speaker : `${roundLabel(plan.round)}: ${plan.speaker}`}
        </span>
        <div role="timer" aria-label="Time left" className={`practice-clock tone-${face.tone}`}>
          {face.text}
        </div>
        <div
          className={`practice-card tone-${face.tone}${face.tone === 'plain' ? ' practice-card-none' : ''}`}
          role="status"
          aria-label="Time card"
        >
          {face.tone === 'stop' ? (
            <span className="practice-card-number">Stop</span>
          ) : face.card !== null ? (
            <>
              <span className="practice-card-number">{face.card}</span>
              <span className="practice-card-unit">{face.card === 1 ? 'minute' : 'minutes'}</span>
            </>
          ) : null}
        </div>
      </div>
      {point && (
        <>
          <p className="practice-count">
            Point {run.pointIndex + 1} of {plan.points.length}
          </p>
          <p className="practice-point">{point.title}</p>
          <p className={`practice-budget${pointSpent > point.minutes * 60 ? ' over' : ''}`}>
            This point: {clockText(pointSpent)} of {clockText(point.minutes * 60)}
          </p>
        </>
      )}
      {run.open && (
        <section className={`practice-bench bench-${run.open.entry.kind}`} aria-label="Bench">
          <p className="practice-bench-label">
            {run.open.entry.kind === 'question' ? 'The bench asks' : 'The other side says'}
            {run.open.entry.difficulty ? ` (${run.open.entry.difficulty})` : ''}
          </p>
          <p className="practice-bench-text">{run.open.entry.title}</p>
          <p className="practice-budget">Answering: {clockText((run.now - run.open.since) / 1000)}</p>
        </section>
      )}
      {run.benchEmpty && !run.open && <p className="practice-hint">No bench question left under this point.</p>}
      <div className="practice-keys">
        <button type="button" onClick={next}>
          {run.open ? 'Answered' : run.pointIndex + 1 < plan.points.length ? 'Next point' : 'Finish'} (Space)
        </button>
        <button type="button" onClick={bench} disabled={run.open !== undefined}>
          Bench question (B)
        </button>
        <button type="button" onClick={() => void end()}>
          End run (Esc)
        </button>
      </div>
    </section>
  );
}
