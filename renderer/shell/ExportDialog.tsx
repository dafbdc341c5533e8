import { useEffect, useRef, useState } from 'react';
import { exportFile } from '../api/exportFile';
import type { CaseState, CaseStore, DocumentLayoutName } from '../state/caseStore';
import { useVersionList, versionChoice } from '../versions/useVersionList';
import { HiddenFileInput } from './ChosenFile';
import { DialogForm } from './DialogForm';
import { FormButtons } from './FormButtons';
import { saveName, storedName } from './readerName';
import { ChoiceField } from './SettingsForm';
import { type ChosenCslStyle, useCslStyleChoice } from './useCslStyleChoice';
import { useExportWarnings } from './useExportWarnings';

const FORMATS = [
  ['docx', 'Word (.docx)'],
  ['pdf', 'PDF'],
  ['html', 'Web page (.html)'],
  ['md', 'Markdown (.md)'],
] as const;
type Format = (typeof FORMATS)[number][0];
/** The formats a redline is written in: Word's tracked changes, or the changes in colour. */
const REDLINE_FORMATS: readonly Format[] = ['docx', 'pdf', 'html'];
type Layout = DocumentLayoutName;
const LAYOUTS: [Layout, string][] = [
  ['memorial', 'Memorial'],
  ['memo', 'Memo'],
  ['outline', 'Oral-argument outline'],
  ['cards', 'Bench-question cards'],
];

/** Export: layout, format, side and the changes since a version (a redline), with progress, then the file is saved. */
export function ExportDialog({ store, state, onClose }: { store: CaseStore; state: CaseState; onClose: () => void }) {
  const [format, setFormat] = useState<Format>('docx');
  const [layout, setLayout] = useState<Layout>(state.documentLayout);
  const [side, setSide] = useState<'applicant' | 'respondent'>(
    state.info?.side === 'respondent' ? 'respondent' : 'applicant',
  );
  const { versions = [] } = useVersionList(store, state.revision);
  const [changesSince, setChangesSince] = useState<number | undefined>();
  const [author, setAuthor] = useState(storedName);
  const formats = changesSince === undefined ? FORMATS : FORMATS.filter(([value]) => REDLINE_FORMATS.includes(value));
  const [mapAnnex, setMapAnnex] = useState(false);
  const warnings = useExportWarnings(store, layout, side, state.revision);
  const [progress, setProgress] = useState<{ fraction: number; stage: string } | undefined>();
  // The engine pushes the progress of the export on the change stream; the dialog shows it once it has started one.
  const pushed = state.exportProgress;
  useEffect(() => {
    if (pushed?.active) setProgress((shown) => (shown ? pushed : shown));
  }, [pushed]);
  const {
    style: csl,
    dependent,
    problem,
    chooseStyle,
    chooseParent,
    clearStyle,
  } = useCslStyleChoice(store.api, layout);
  const styleFile = useRef<HTMLInputElement>(null);
  const parentFile = useRef<HTMLInputElement>(null);
  const caseStyle = state.info?.citationStyle === 'bluebook' ? 'Bluebook' : 'OSCOLA';

  const run = async () => {
    setProgress({ fraction: 0, stage: 'Starting' });
    if (changesSince !== undefined && author.trim() !== '') saveName(author.trim());
    try {
      const request = {
        format,
        layout,
        side,
        ...(changesSince !== undefined ? { changesSince } : {}),
        ...(changesSince !== undefined && author.trim() !== '' ? { revisionAuthor: author.trim() } : {}),
        ...(csl ? { cslStyle: csl.text } : {}),
        ...(csl?.parent ? { cslParentStyle: csl.parent.text } : {}),
        ...(layout === 'memorial' && mapAnnex ? { mapAnnex: true } : {}),
      };
      const done = await exportFile(store.api, request, window.casewright);
      if (done) {
        store.say(done);
        onClose();
      } else setProgress(undefined);
    } catch (error) {
      store.say((error as Error).message, 'error');
      setProgress(undefined);
    }
  };

  return (
    <DialogForm label="Export" className="export-dialog" onSubmit={() => void run()} onClose={onClose}>
      <ChoiceField label="Layout" value={layout} choices={LAYOUTS} onChange={setLayout} />
      <ChoiceField label="Format" value={format} choices={formats} onChange={setFormat} />
      <label>
        <span className="field-label">Side</span>
        <select aria-label="Export side" value={side} onChange={(event) => setSide(event.target.value as 'applicant')}>
          <option value="applicant">Applicant</option>
          <option value="respondent">Respondent</option>
        </select>
      </label>
      <label>
        <span className="field-label">Changes since</span>
        <select
          aria-label="Changes since"
          value={changesSince ?? ''}
          disabled={versions.length === 0}
          title={versions.length === 0 ? 'Save a version in the Versions panel to export the changes since it' : ''}
          onChange={(event) => {
            const chosen = event.target.value === '' ? undefined : Number(event.target.value);
            setChangesSince(chosen);
            if (chosen !== undefined && !REDLINE_FORMATS.includes(format)) setFormat('docx');
          }}
        >
          <option value="">{versions.length === 0 ? 'No versions saved' : 'None: the case as it is'}</option>
          {versions.map((version) => (
            <option key={version.id} value={version.id}>
              {versionChoice(version)}
            </option>
          ))}
        </select>
        {changesSince !== undefined && (
          <span className="export-note">
            {format === 'docx'
              ? 'The changes are Word tracked changes: accept or reject each one in Word’s Review pane.'
              : 'Insertions and deletions are marked in colour.'}
          </span>
        )}
      </label>
      {changesSince !== undefined && format === 'docx' && (
        <label>
          <span className="field-label">Changes by</span>
          <input
            aria-label="Changes by"
            placeholder="Casewright"
            value={author}
            maxLength={200}
            onChange={(event) => setAuthor(event.target.value)}
          />
        </label>
      )}
      {layout === 'memorial' && (
        <label className="check-field">
          <input type="checkbox" checked={mapAnnex} onChange={(event) => setMapAnnex(event.target.checked)} />
          Annex: the argument map, one figure per issue
        </label>
      )}
      <div className="style-field">
        <span className="field-label">Citations</span>
        <div className="style-choice">
          <span className="style-name" title={csl ? styleFiles(csl) : "The case's citation style"}>
            {csl ? csl.title : `${caseStyle} (the case's style)`}
          </span>
          <button type="button" onClick={() => styleFile.current?.click()}>
            {csl ? 'Other CSL style…' : 'CSL style file…'}
          </button>
          {dependent && (
            <button type="button" onClick={() => parentFile.current?.click()}>
              Choose its parent style…
            </button>
          )}
          {csl && (
            <button type="button" onClick={clearStyle}>
              Use {caseStyle}
            </button>
          )}
        </div>
        {csl?.parent && <span className="style-parent">with its parent style, {csl.parent.name}</span>}
        <HiddenFileInput
          inputRef={styleFile}
          label="CSL style file"
          accept=".csl,.xml"
          onFile={(file) => void chooseStyle(file)}
        />
        <HiddenFileInput
          inputRef={parentFile}
          label="Parent CSL style file"
          accept=".csl,.xml"
          onFile={(file) => void chooseParent(file)}
        />
      </div>
      {problem && (
        <p role="alert" className="dialog-problem">
          {problem}
        </p>
      )}
      {warnings.length > 0 && (
        <div className="export-warnings" role="note" aria-label="Before you export">
          <ul>
            {warnings.map((warning) => (
              <li key={`${warning.code} ${warning.message}`} className={`warning-${warning.code}`}>
                {warning.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {progress && (
        <div className="progress">
          <progress aria-label="Export progress" max={1} value={progress.fraction} />
          <span>{progress.stage}</span>
        </div>
      )}
      <FormButtons submit="Export" disabled={progress !== undefined} onCancel={onClose} />
    </DialogForm>
  );
}

function styleFiles(style: ChosenCslStyle): string {
  return style.parent ? `${style.name}, with its parent style ${style.parent.name}` : style.name;
}
