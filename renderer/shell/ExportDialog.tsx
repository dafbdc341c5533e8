import { useEffect, useRef, useState } from 'react';
import { exportFile } from '../api/exportFile';
import type { CaseState, CaseStore, DocumentLayoutName } from '../state/caseStore';

const FORMATS = [
  ['docx', 'Word (.docx)'],
  ['pdf', 'PDF'],
  ['html', 'Web page (.html)'],
  ['md', 'Markdown (.md)'],
] as const;
type Format = (typeof FORMATS)[number][0];
type Layout = DocumentLayoutName;

/** Export: layout, format and side, with progress, then the file is saved. */
export function ExportDialog({ store, state, onClose }: { store: CaseStore; state: CaseState; onClose: () => void }) {
  const [format, setFormat] = useState<Format>('docx');
  const [layout, setLayout] = useState<Layout>(state.documentLayout);
  const [side, setSide] = useState<'applicant' | 'respondent'>(
    state.info?.side === 'respondent' ? 'respondent' : 'applicant',
  );
  const [progress, setProgress] = useState<{ fraction: number; stage: string } | undefined>();
  const pushed = state.exportProgress;
  useEffect(() => {
    if (pushed?.active) setProgress((shown) => (shown ? pushed : shown));
  }, [pushed]);
  const [csl, setCsl] = useState<{ name: string; title: string; text: string } | undefined>();
  const [problem, setProblem] = useState<string | undefined>();
  const styleFile = useRef<HTMLInputElement>(null);
  const caseStyle = state.info?.citationStyle === 'bluebook' ? 'Bluebook' : 'OSCOLA';

  /** Tries the chosen CSL style on the case before keeping it, so that a file it cannot use is refused now. */
  const chooseStyle = async (file: File) => {
    const text = await file.text();
    try {
      const check = await store.api['export-check']({ layout, cslStyle: text });
      setCsl({ name: file.name, title: check.citationStyle, text });
      setProblem(undefined);
    } catch (error) {
      setProblem(`${file.name}: ${(error as Error).message}`);
    }
  };

  const run = async () => {
    setProgress({ fraction: 0, stage: 'Starting' });
    // With a change stream the progress is pushed (see the effect below); without one it is asked for.
    const timer = store.clientId
      ? undefined
      : window.setInterval(() => {
          store.api['export-progress']({}).then(
            (current) => current && setProgress(current),
            () => undefined,
          );
        }, 150);
    try {
      const request = { format, layout, side, ...(csl ? { cslStyle: csl.text } : {}) };
      const done = await exportFile(store.api, request, window.casewright);
      if (done) {
        store.say(done);
        onClose();
      } else setProgress(undefined);
    } catch (error) {
      store.say((error as Error).message, 'error');
      setProgress(undefined);
    } finally {
      if (timer !== undefined) window.clearInterval(timer);
    }
  };

  return (
    <div className="overlay">
      <form
        role="dialog"
        aria-modal="true"
        aria-label="Export"
        className="dialog export-dialog"
        onSubmit={(event) => {
          event.preventDefault();
          void run();
        }}
        onKeyDown={(event) => event.key === 'Escape' && onClose()}
      >
        <h2>Export</h2>
        <label>
          <span className="field-label">Layout</span>
          <select aria-label="Layout" value={layout} onChange={(event) => setLayout(event.target.value as Layout)}>
            <option value="memorial">Memorial</option>
            <option value="memo">Memo</option>
            <option value="outline">Oral-argument outline</option>
          </select>
        </label>
        <label>
          <span className="field-label">Format</span>
          <select aria-label="Format" value={format} onChange={(event) => setFormat(event.target.value as Format)}>
            {FORMATS.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span className="field-label">Side</span>
          <select
            aria-label="Export side"
            value={side}
            onChange={(event) => setSide(event.target.value as 'applicant')}
          >
            <option value="applicant">Applicant</option>
            <option value="respondent">Respondent</option>
          </select>
        </label>
        <div className="style-field">
          <span className="field-label">Citations</span>
          <div className="style-choice">
            <span className="style-name" title={csl ? csl.name : "The case's citation style"}>
              {csl ? csl.title : `${caseStyle} (the case's style)`}
            </span>
            <button type="button" onClick={() => styleFile.current?.click()}>
              {csl ? 'Other CSL style…' : 'CSL style file…'}
            </button>
            {csl && (
              <button type="button" onClick={() => setCsl(undefined)}>
                Use {caseStyle}
              </button>
            )}
          </div>
          <input
            ref={styleFile}
            type="file"
            hidden
            aria-label="CSL style file"
            accept=".csl,.xml"
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) void chooseStyle(file);
            }}
          />
        </div>
        {problem && (
          <p role="alert" className="dialog-problem">
            {problem}
          </p>
        )}
        {progress && (
          <div className="progress">
            <progress aria-label="Export progress" max={1} value={progress.fraction} />
            <span>{progress.stage}</span>
          </div>
        )}
        <div className="form-buttons">
          <button type="submit" className="primary" disabled={progress !== undefined}>
            Export
          </button>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </div>
  );
}
