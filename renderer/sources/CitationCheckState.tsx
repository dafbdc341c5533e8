import { useRef, useState } from 'react';
import { saveName, storedName } from '../shell/readerName';
import type { CaseStore } from '../state/caseStore';
import type { CitationCheckView } from './useSourcePane';

/** How each state of a check reads. */
export const STATE_LABELS: Record<CitationCheckView['state'], string> = {
  verified: 'Verified',
  'pinpoint-not-in-source': 'Pinpoint not in the source',
  'quote-not-in-source': 'Quotation not in the source',
  'no-source': 'No source',
  'authority-missing': 'Authority missing',
};

/** The check of a citation, as the source has it, and the mark of a person who checked it by hand. */
export function CitationCheckState({
  store,
  check,
  onChanged,
}: {
  store: CaseStore;
  check: CitationCheckView;
  onChanged: () => void;
}) {
  const [name, setName] = useState(storedName);
  const nameField = useRef<HTMLInputElement>(null);
  const mark = async (checked: boolean) => {
    if (checked && name.trim() === '') {
      store.say('Give your name in “Checked by” first: a check by hand says who made it.', 'error');
      nameField.current?.focus();
      return;
    }
    const marked = await store.run(() =>
      store.api['citecheck-mark']({ nodeId: check.nodeId, index: check.index, checked, by: name.trim() }),
    );
    if (!marked) return;
    if (checked) saveName(name.trim());
    onChanged();
  };
  const checkedByHand = check.checkedBy !== null;
  return (
    <div className="source-check" role="group" aria-label="Check of the citation">
      <p className={`check-state check-${check.state}`}>
        <strong>{STATE_LABELS[check.state]}.</strong> {check.reason}
      </p>
      {check.quote !== '' && <p className="check-quote">Quoted: “{check.quote}”</p>}
      <div className="hand-check">
        <label>
          <input type="checkbox" checked={checkedByHand} onChange={(event) => void mark(event.target.checked)} />
          Checked by hand
        </label>
        {checkedByHand ? (
          <span className="hand-check-by">
            by {check.checkedBy} on {check.checkedOn}
          </span>
        ) : (
          <label className="hand-check-name">
            <span>by</span>
            <input
              ref={nameField}
              aria-label="Checked by"
              placeholder="your name"
              maxLength={200}
              value={name}
              onChange={(event) => setName(event.target.value)}
            />
          </label>
        )}
      </div>
    </div>
  );
}
