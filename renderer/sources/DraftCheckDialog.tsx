import { useRef, useState } from 'react';
import type { MethodOutput } from '../../app/api/handlers';
import { DialogForm } from '../shell/DialogForm';
import { FormButtons } from '../shell/FormButtons';
import type { CaseStore } from '../state/caseStore';
import { STATE_LABELS } from './CitationCheckState';
import './draftCheck.css';
import { HiddenFileInput, readBase64 } from '../shell/ChosenFile';

type DraftCheck = MethodOutput<'citecheck-draft'>;
type DraftCitation = DraftCheck['citations'][number];

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/**
 * Check a draft…: a DOCX or Markdown draft written elsewhere is read, the citations of its notes matched to the case's
 * authorities and held against their sources; the ones that match nothing (the likely inventions) are listed first.
 */
export function DraftCheckDialog({ store, onClose }: { store: CaseStore; onClose: () => void }) {
  const file = useRef<HTMLInputElement>(null);
  const [checked, setChecked] = useState<{ name: string; result: DraftCheck } | undefined>();
  const [busy, setBusy] = useState(false);

  const [problem, setProblem] = useState<string | undefined>();

  const check = async (chosen: File) => {
    setBusy(true);
    try {
      const result = /\.docx$/i.test(chosen.name)
        ? await store.api['citecheck-draft']({ format: 'docx', base64: await readBase64(chosen) })
        : await store.api['citecheck-draft']({ format: 'md', text: await chosen.text() });
      setChecked({ name: chosen.name, result });
      setProblem(undefined);
    } catch (error) {
      setChecked(undefined);
      setProblem(`${chosen.name}: ${(error as Error).message}`);
    } finally {
      setBusy(false);
    }
  };

  const matched = checked?.result.citations.filter((citation) => citation.key !== null) ?? [];
  return (
    <DialogForm label="Check a draft" className="draft-check" onSubmit={() => file.current?.click()} onClose={onClose}>
      <p className="draft-intro">
        A memo or brief written elsewhere (DOCX or Markdown): the citations in its footnotes are matched to this case’s
        authorities and held against their sources. Nothing in the case changes.
      </p>
      <HiddenFileInput
        inputRef={file}
        label="Draft file"
        accept=".docx,.md,.markdown,.txt"
        onFile={(chosen) => void check(chosen)}
      />
      {problem && (
        <p role="alert" className="dialog-problem">
          {problem}
        </p>
      )}
      {checked && <DraftResult name={checked.name} result={checked.result} matched={matched} />}
      <FormButtons submit={checked ? 'Check another draft…' : 'Choose a draft…'} disabled={busy} onCancel={onClose} />
    </DialogForm>
  );
}

function DraftResult({ name, result, matched }: { name: string; result: DraftCheck; matched: DraftCitation[] }) {
  return (
    <div className="draft-result">
      <p role="status" className="draft-summary">
        {`${name}: ${plural(result.notes, 'note')}, ${plural(result.citations.length, 'citation')}; ${
          result.unmatched.length === 0
            ? 'every citation matches an authority of the case.'
            : `${result.unmatched.length} match${result.unmatched.length === 1 ? 'es' : ''} no authority of the case.`
        }`}
      </p>
      {result.unmatched.length > 0 && (
        <section aria-label="Citations that match nothing">
          <h3>Matching nothing: likely inventions</h3>
          <ul className="draft-list draft-unmatched">
            {result.unmatched.map((citation, index) => (
              <li key={`${citation.note} ${index}`}>
                <span className="draft-note">Note {citation.note}</span> <span>{citation.text}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {matched.length > 0 && (
        <section aria-label="Citations matched to the case">
          <h3>Matched to the case</h3>
          <ul className="draft-list">
            {matched.map((citation, index) => (
              <li key={`${citation.note} ${index}`}>
                <span className="draft-note">Note {citation.note}</span>{' '}
                <span>
                  <span className="draft-cite">
                    [@{citation.key}
                    {citation.pinpoint ? `, ${citation.pinpoint}` : ''}]
                  </span>{' '}
                  <strong className={`check-${citation.state}`}>
                    {citation.state === 'unmatched' ? '' : STATE_LABELS[citation.state]}.
                  </strong>{' '}
                  {citation.reason}
                  {citation.quote !== '' && <span className="draft-quote"> Quoted: “{citation.quote}”</span>}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
