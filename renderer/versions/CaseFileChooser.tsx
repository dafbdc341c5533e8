import { useRef } from 'react';
import type { CaseStore } from '../state/caseStore';
import { type OtherCaseFile, readAsBase64 } from './useComparison';

/**
 * Another case file chosen to compare with: `choose` opens the file dialog, `input` is its (hidden) field to put in
 * the page; a file that cannot be read is said in the message bar.
 */
export function useCaseFileChooser(store: CaseStore, onChosen: (file: OtherCaseFile) => void) {
  const field = useRef<HTMLInputElement>(null);
  const input = (
    <input
      ref={field}
      type="file"
      hidden
      aria-label="Case file to compare with"
      accept=".casewright"
      onChange={(event) => {
        const file = event.target.files?.[0];
        event.target.value = '';
        if (!file) return;
        readAsBase64(file).then(
          (base64) => onChosen({ name: file.name, base64 }),
          (error: Error) => store.say(error.message, 'error'),
        );
      }}
    />
  );
  return { choose: () => field.current?.click(), input };
}
