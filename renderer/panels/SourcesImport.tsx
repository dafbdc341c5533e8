import { useRef, useState } from 'react';
import type { MethodOutput } from '../../app/api/handlers';
import { HiddenFileInput } from '../shell/ChosenFile';
import type { CaseStore } from '../state/caseStore';

const FORMATS: Record<string, 'csl' | 'bibtex' | 'ris'> = { json: 'csl', bib: 'bibtex', ris: 'ris' };

type Skipped = MethodOutput<'import-sources'>['skipped'];

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/**
 * Imports authorities from a Zotero export (CSL-JSON, BibTeX or RIS), merging by key. The records
 * that could not be read are listed after the import, each with its number, place and reason.
 */
export function SourcesImport({ store }: { store: CaseStore }) {
  const input = useRef<HTMLInputElement>(null);
  const [skipped, setSkipped] = useState<{ file: string; records: Skipped } | undefined>();
  const importFile = async (file: File) => {
    setSkipped(undefined);
    const format = FORMATS[file.name.split('.').pop()?.toLowerCase() ?? ''];
    if (!format) {
      store.say(`${file.name}: choose a CSL-JSON (.json), BibTeX (.bib) or RIS (.ris) file.`, 'error');
      return;
    }
    const text = await file.text();
    const result = await store.run(() => store.api['import-sources']({ format, text }));
    if (!result) return;
    const present = result.presentKeys.length > 0 ? `, ${result.presentKeys.length} already in the case` : '';
    const left = result.skipped.length > 0 ? `; ${plural(result.skipped.length, 'record', 'records')} skipped` : '';
    store.say(
      `Imported ${plural(result.authoritiesAdded, 'new authority', 'new authorities')} from ${file.name}${present}${left}.`,
    );
    if (result.skipped.length > 0) setSkipped({ file: file.name, records: result.skipped });
  };
  return (
    <>
      <button type="button" onClick={() => input.current?.click()}>
        Import from Zotero…
      </button>
      <HiddenFileInput
        inputRef={input}
        label="Zotero export file"
        accept=".json,.bib,.ris"
        onFile={(file) => void importFile(file)}
      />
      {skipped && (
        <section className="import-skipped" aria-label="Records not imported">
          <p>
            {plural(skipped.records.length, 'record', 'records')} of {skipped.file} could not be read and{' '}
            {skipped.records.length === 1 ? 'was' : 'were'} not imported:
          </p>
          <ul>
            {skipped.records.map((record) => (
              <li key={record.number}>
                <strong>{record.where}</strong>: {record.reason}
              </li>
            ))}
          </ul>
          <button type="button" onClick={() => setSkipped(undefined)}>
            Dismiss
          </button>
        </section>
      )}
    </>
  );
}
