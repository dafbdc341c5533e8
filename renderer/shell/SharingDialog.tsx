import { type Ref, useEffect, useRef } from 'react';
import type { SharedCaseFields } from '../../app/model/sharedCaseAddress';
import type { SharingMode } from '../commands/commands';
import type { CaseStore } from '../state/caseStore';
import { DialogForm } from './DialogForm';
import { FormButtons } from './FormButtons';
import { useSharingForm } from './useSharingForm';

const HEADINGS: Record<SharingMode, string> = {
  share: 'Share case',
  open: 'Open shared case',
  token: 'Your token for this shared case',
};
const SUBMIT: Record<SharingMode, [idle: string, busy: string]> = {
  share: ['Share', 'Sharing…'],
  open: ['Open', 'Opening…'],
  token: ['Go online', 'Connecting…'],
};

/** Share case…, Open shared case…, or the member's token of the open shared case: checked here, then by the server. */
export function SharingDialog({ store, mode, onClose }: { store: CaseStore; mode: SharingMode; onClose: () => void }) {
  const { fields, setFields, localCopy, setPath, problems, failure, busy, submit, refused } = useSharingForm(
    store,
    mode,
    onClose,
  );
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);
  const desktop = window.casewright;

  const field = (
    key: keyof SharedCaseFields,
    label: string,
    extra: { placeholder?: string; type?: string; ref?: Ref<HTMLInputElement> },
  ) => (
    <label>
      <span className="field-label">{label}</span>
      <input
        aria-label={label}
        aria-invalid={problems[key] !== undefined}
        aria-describedby={problems[key] ? `sharing-${key}-problem` : undefined}
        value={fields[key]}
        autoComplete="off"
        spellCheck={false}
        disabled={busy}
        {...extra}
        onChange={(event) => setFields({ ...fields, [key]: event.target.value })}
      />
      {problems[key] && (
        <span id={`sharing-${key}-problem`} className="field-problem">
          {problems[key]}
        </span>
      )}
    </label>
  );

  const [idle, working] = SUBMIT[mode];
  return (
    <DialogForm label={HEADINGS[mode]} className="sharing-dialog" onSubmit={() => void submit()} onClose={onClose}>
      {mode === 'token' ? (
        <p className="export-note">
          {refused
            ? `The team server refused the token kept for “${fields.name}” on ${fields.url} (${refused}). Give your token for it.`
            : `No token for “${fields.name}” on ${fields.url} is kept on this computer. Give yours to take the case online.`}
        </p>
      ) : (
        <>
          {field('url', 'Server address', { placeholder: 'ws://server:1234 or wss://…', ref: first })}
          {field('name', 'Name on the server', { placeholder: 'moot-2027' })}
        </>
      )}
      {field('token', 'Your token', {
        type: 'password',
        placeholder: 'cw1.…',
        ...(mode === 'token' ? { ref: first } : {}),
      })}
      {mode === 'open' && !desktop && (
        <label>
          <span className="field-label">Keep the local copy at</span>
          <input
            aria-label="Keep the local copy at"
            value={localCopy}
            spellCheck={false}
            disabled={busy}
            onChange={(event) => setPath(event.target.value)}
          />
        </label>
      )}
      {mode === 'share' && (
        <p className="export-note">
          The server must not hold a case of this name yet. From now on the case is edited together; the token stays on
          this computer, not in the case file.
        </p>
      )}
      {failure && (
        <p role="alert" className="dialog-problem">
          {failure}
        </p>
      )}
      {busy && (
        <div className="progress" role="status">
          <progress aria-label={working} />
          <span>{working.replace('…', ` with ${fields.url.trim()}…`)}</span>
        </div>
      )}
      <FormButtons submit={idle} disabled={busy} onCancel={onClose} />
    </DialogForm>
  );
}
