import { useRef } from 'react';
import type { CaseStore } from '../state/caseStore';

const FORMATS: Record<string, 'csl' | 'bibtex' | 'ris'> = { json: 'csl', bib: 'bibtex', ris: 'ris' };

/** Imports authorities from a Zotero export (CSL-JSON, BibTeX or RIS), merging by key. */
export function SourcesImport({ store }: { store: CaseStore }) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" onClick={() => input.current?.click()}>
        Import from Zotero…
      </button>
      <input
        ref={input}
        type="file"
        hidden
        aria-label="Zotero export file"
        accept=".json,.bib,.ris"
        onChange={async (event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (!file) return;
          const format = FORMATS[file.name.split('.').pop()?.toLowerCase() ?? ''];
          if (!format) {
            store.say(`${file.name}: choose a CSL-JSON (.json), BibTeX (.bib) or RIS (.ris) file.`, 'error');
            return;
          }
          const text = await file.text();
          const result = await store.run(() => store.api['import-sources']({ format, text }));
          if (result) store.say(`Imported ${result.authoritiesAdded} new authorities from ${file.name}.`);
        }}
      />
    </>
  );
}
