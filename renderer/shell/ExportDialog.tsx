import { useState } from 'react';
import type { CaseState, CaseStore } from '../state/caseStore';

const FORMATS = [
  ['docx', 'Word (.docx)'],
  ['pdf', 'PDF'],
  ['html', 'Web page (.html)'],
  ['md', 'Markdown (.md)'],
] as const;
type Format = (typeof FORMATS)[number][0];
type Layout = 'memo' | 'memorial' | 'outline';

const TYPES: Record<Format, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  html: 'text/html',
  md: 'text/markdown',
};

/** Export: layout, format and side, with progress, then the file is saved. */
export function ExportDialog({ store, state, onClose }: { store: CaseStore; state: CaseState; onClose: () => void }) {
  const [format, setFormat] = useState<Format>('docx');
  const [layout, setLayout] = useState<Layout>('memorial');
  const [side, setSide] = useState<'applicant' | 'respondent'>(
    state.info?.side === 'respondent' ? 'respondent' : 'applicant',
  );
  const [progress, setProgress] = useState<{ fraction: number; stage: string } | undefined>();

  const run = async () => {
    setProgress({ fraction: 0, stage: 'Starting' });
    const timer = window.setInterval(() => {
      store.api['export-progress']({}).then(
        (current) => current && setProgress(current),
        () => undefined,
      );
    }, 150);
    try {
      const result = await store.api['export-document']({ format, layout, side });
      const bytes =
        'base64' in result
          ? Uint8Array.from(atob(result.base64), (char) => char.charCodeAt(0))
          : new TextEncoder().encode(result.text);
      const name = `${
        (state.info?.title || 'case')
          .replace(/[^\w\s-]+/g, '')
          .trim()
          .slice(0, 80) || 'case'
      } - ${layout}.${format}`;
      const url = URL.createObjectURL(new Blob([bytes], { type: TYPES[format] }));
      const link = document.createElement('a');
      link.href = url;
      link.download = name;
      link.click();
      URL.revokeObjectURL(url);
      store.say(`Exported ${name}.`);
      onClose();
    } catch (error) {
      store.say((error as Error).message, 'error');
      setProgress(undefined);
    } finally {
      window.clearInterval(timer);
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
