import { useRef, useState } from 'react';
import type { CaseStore } from '../state/caseStore';
import { useCaseFileChooser } from './CaseFileChooser';
import type { OtherCaseFile } from './useComparison';
import { useVersionActions } from './useVersionActions';
import { useVersionList, type VersionEntry, versionDate } from './useVersionList';
import './versions.css';
import { FormButtons } from '../shell/FormButtons';

/**
 * The named versions of the case, newest first: save one, open one read-only, compare one with now, restore or delete
 * it; or compare the case with another case file.
 */
export function VersionsPanel({
  store,
  revision,
  confirm,
  naming,
  onNaming,
  onCompare,
  onCompareFile,
  onOpen,
}: {
  store: CaseStore;
  revision: number;
  confirm: (message: string, confirmLabel?: string) => Promise<boolean>;
  /** The name of a new version is being asked for (here, or by the Save version… command). */
  naming: boolean;
  onNaming: (naming: boolean) => void;
  onCompare: (version: VersionEntry) => void;
  onCompareFile: (file: OtherCaseFile) => void;
  onOpen: (version: VersionEntry) => void;
}) {
  const { versions, reload } = useVersionList(store, revision);
  const actions = useVersionActions(store, confirm, reload);
  const chooser = useCaseFileChooser(store, onCompareFile);
  return (
    <section className="panel" aria-label="Versions">
      <h2>Versions</h2>
      {naming ? (
        <SaveVersionForm save={actions.save} onDone={() => onNaming(false)} />
      ) : (
        <div className="panel-actions">
          <button type="button" onClick={() => onNaming(true)}>
            Save version…
          </button>
          <button type="button" onClick={chooser.choose}>
            Compare with a case file…
          </button>
        </div>
      )}
      {chooser.input}
      {versions?.length === 0 && (
        <p className="panel-empty">
          No versions yet. Save one before you send a draft out; later you can compare the case with it, export the
          changes as a Word redline, or go back to it.
        </p>
      )}
      {versions && versions.length > 0 && (
        <ul className="version-list" aria-label="Saved versions">
          {versions.map((version) => (
            <li key={version.id} className="version-item" aria-label={version.name}>
              <div className="version-heading">
                <span className="version-name">{version.name}</span>
                {version.automatic && <span className="version-automatic">automatic</span>}
              </div>
              <time className="version-date" dateTime={version.createdAt}>
                {versionDate(version)}
              </time>
              <div className="version-buttons">
                <button type="button" aria-label={`Open “${version.name}” (read-only)`} onClick={() => onOpen(version)}>
                  Open
                </button>
                <button
                  type="button"
                  aria-label={`Compare “${version.name}” with now`}
                  onClick={() => onCompare(version)}
                >
                  Compare
                </button>
                <button
                  type="button"
                  aria-label={`Restore “${version.name}”…`}
                  onClick={() => void actions.restore(version)}
                >
                  Restore…
                </button>
                <button
                  type="button"
                  aria-label={`Delete version “${version.name}”…`}
                  onClick={() => void actions.remove(version)}
                >
                  Delete…
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The name of a new version, asked in the panel; Escape leaves it. */
function SaveVersionForm({
  save,
  onDone,
}: {
  save: (name: string) => Promise<string | undefined>;
  onDone: () => void;
}) {
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  return (
    <form
      className="version-form"
      aria-label="Save version"
      onSubmit={(event) => {
        event.preventDefault();
        setSaving(true);
        void save(name).then((failed) => {
          setSaving(false);
          if (!failed) return onDone();
          setProblem(failed);
          input.current?.focus();
        });
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onDone();
      }}
    >
      <label>
        <span className="field-label">Version name</span>
        <input
          // biome-ignore lint/a11y/noAutofocus: the user asked to name a version; the name is what comes next
          autoFocus
          ref={input}
          aria-label="Version name"
          placeholder="Draft sent to coach"
          value={name}
          maxLength={200}
          onChange={(event) => {
            setName(event.target.value);
            setProblem(undefined);
          }}
        />
      </label>
      {problem && (
        <p role="alert" className="dialog-problem">
          {problem}
        </p>
      )}
      <FormButtons submit="Save version" disabled={saving || name.trim() === ''} onCancel={onDone} />
    </form>
  );
}
