import { useEffect, useRef, useState } from 'react';
import { NODE_KINDS, STATUSES, type Status } from '../../app/model/types';
import { KIND_MEANINGS, KindIcon, kindLabel, StatusBadge } from './kindIcons';
import './legend.css';

const STATUS_MEANINGS: Record<Status, string> = {
  established:
    'Its support holds: every element below it is established (or, for alternative grounds, one of them), it meets its proof standard, and no objection outweighs it. Evidence is established when it is accepted and cites a source; a rule, when it cites an authority.',
  contested:
    'It stands, but not firmly: evidence that is contested or cites no source, a rule marked disputed, an element below it that is not established, or a proof standard not met. It counts for half its weight.',
  unsupported:
    'Nothing holds it up yet: no claim, rule or evidence below it, a rule that cites no authority, or an element below it that is itself unsupported.',
  defeated: 'An objection outweighs it (a counter, or a response to a counter), or the evidence is rejected.',
};

const SIDES = [
  ['applicant', 'Applicant', 'The coloured edge of a row: the Applicant’s argument.'],
  [
    'respondent',
    'Respondent',
    'The Respondent’s argument. A counter or response without a side of its own opposes its parent.',
  ],
] as const;

/** The button below the outline that opens the legend of statuses, kind icons and side colours. */
export function LegendButton() {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    requestAnimationFrame(() => button.current?.focus());
  };
  return (
    <div className="outline-footer">
      <button ref={button} type="button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        Legend
      </button>
      <span className="outline-footer-hint">Hover a status to see why.</span>
      {open && <LegendDialog onClose={close} />}
    </div>
  );
}

function LegendDialog({ onClose }: { onClose: () => void }) {
  const closeButton = useRef<HTMLButtonElement>(null);
  useEffect(() => closeButton.current?.focus(), []);
  return (
    <div className="overlay" onMouseDown={(event) => event.target === event.currentTarget && onClose()}>
      <div
        role="dialog"
        aria-modal="true"
        aria-label="Legend"
        className="dialog legend"
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.stopPropagation();
            onClose();
          }
        }}
      >
        <h2>Legend</h2>
        <h3>Statuses</h3>
        <dl className="legend-list">
          {STATUSES.map((status) => (
            <div key={status}>
              <dt>
                <StatusBadge status={status} />
              </dt>
              <dd>{STATUS_MEANINGS[status]}</dd>
            </div>
          ))}
        </dl>
        <h3>Kinds</h3>
        <dl className="legend-list">
          {NODE_KINDS.map((kind) => (
            <div key={kind}>
              <dt>
                <KindIcon kind={kind} /> {kindLabel(kind)}
              </dt>
              <dd>{KIND_MEANINGS[kind]}</dd>
            </div>
          ))}
        </dl>
        <h3>Sides</h3>
        <dl className="legend-list">
          {SIDES.map(([side, label, meaning]) => (
            <div key={side}>
              <dt>
                <span className={`side-swatch side-${side}`} aria-hidden="true" /> {label}
              </dt>
              <dd>{meaning}</dd>
            </div>
          ))}
        </dl>
        <p className="legend-note">
          With one side chosen in the side switch, the outline shows that side’s argument and, in italics, the other
          side’s points it must answer.
        </p>
        <div className="form-buttons">
          <button ref={closeButton} type="button" onClick={onClose}>
            Close
          </button>
        </div>
      </div>
    </div>
  );
}
