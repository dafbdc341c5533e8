import { useState } from 'react';
import { type SharedCaseFields, sharedCaseProblems } from '../../app/model/sharedCaseAddress';
import { openSharedCase } from '../api/openSharedCase';
import type { SharingMode } from '../commands/commands';
import type { CaseStore } from '../state/caseStore';
import { DialogForm } from './DialogForm';

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

/** Where the browser mode keeps a shared case's local copy at first: beside the open case, under its name there. */
function localCopyBeside(casePath: string | undefined, name: string): string {
  const folder = casePath?.replace(/[\\/][^\\/]*$/, '') ?? '';
  const separator = casePath?.includes('\\') && !casePath.includes('/') ? '\\' : '/';
  return `${folder}${separator}${name || 'shared case'}.casewright`;
}

/** A case's name on a server made from its title: letters, digits and dashes. */
function nameFromTitle(title: string | undefined): string {
  return (title ?? '')
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase()
    .slice(0, 60);
}

/** Share case…, Open shared case…, or the member's token of the open shared case: checked here, then by the server. */
export function SharingDialog({ store, mode, onClose }: { store: CaseStore; mode: SharingMode; onClose: () => void }) {
  const { info, shared } = store.getState();
  const [fields, setFields] = useState<SharedCaseFields>({
    url: shared?.url ?? '',
    name: shared?.name ?? (mode === 'share' ? nameFromTitle(info?.title) : ''),
    token: '',
  });
  const [path, setPath] = useState<string | undefined>();
  const [shown, setShown] = useState<Partial<Record<keyof SharedCaseFields, string>>>({});
  const [failure, setFailure] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const desktop = window.casewright;
  const localCopy = path ?? localCopyBeside(info?.path, fields.name.trim());

  const submit = async () => {
    const trimmed = { url: fields.url.trim(), name: fields.name.trim(), token: fields.token.trim() };
    const all = sharedCaseProblems(trimmed);
    const problems = mode === 'token' ? (all.token ? { token: all.token } : {}) : all;
    setShown(problems);
    setFailure(undefined);
    if (Object.keys(problems).length > 0) return;
    setBusy(true);
    try {
      const done = await run(trimmed);
      if (done === undefined) return;
      store.say(done);
      onClose();
    } catch (error) {
      setFailure((error as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const run = async (trimmed: SharedCaseFields): Promise<string | undefined> => {
    if (mode === 'share') {
      await store.attempt(() => store.api['case-share'](trimmed));
      return `This case is now shared on ${trimmed.url} as “${trimmed.name}”.`;
    }
    if (mode === 'token') {
      await store.attempt(() => store.api['collab-connection']({ online: true, token: trimmed.token }));
      return `“${trimmed.name}” is online again.`;
    }
    return openSharedCase(store.api, trimmed, localCopy, desktop);
  };

  const field = (key: keyof SharedCaseFields, label: string, extra: { placeholder?: string; type?: string }) => (
    <label>
      <span className="field-label">{label}</span>
      <input
        aria-label={label}
        aria-invalid={shown[key] !== undefined}
        aria-describedby={shown[key] ? `sharing-${key}-problem` : undefined}
        value={fields[key]}
        autoComplete="off"
        spellCheck={false}
        disabled={busy}
        {...extra}
        onChange={(event) => setFields({ ...fields, [key]: event.target.value })}
      />
      {shown[key] && (
        <span id={`sharing-${key}-problem`} className="field-problem">
          {shown[key]}
        </span>
      )}
    </label>
  );

  const [idle, working] = SUBMIT[mode];
  return (
    <DialogForm label={HEADINGS[mode]} className="sharing-dialog" onSubmit={() => void submit()} onClose={onClose}>
      {mode === 'token' ? (
        <p className="export-note">
          {shared?.refused
            ? `The team server refused the token kept for “${fields.name}” on ${fields.url} (${shared.refused}). Give your token for it.`
            : `No token for “${fields.name}” on ${fields.url} is kept on this computer. Give yours to take the case online.`}
        </p>
      ) : (
        <>
          {field('url', 'Server address', { placeholder: 'ws://server:1234 or wss://…' })}
          {field('name', 'Name on the server', { placeholder: 'moot-2027' })}
        </>
      )}
      {field('token', 'Your token', { type: 'password', placeholder: 'cw1.…' })}
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
      <div className="form-buttons">
        <button type="submit" className="primary" disabled={busy}>
          {idle}
        </button>
        <button type="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </DialogForm>
  );
}
