import { useRef } from 'react';
import { HiddenFileInput, readBase64 } from '../shell/ChosenFile';
import type { CaseStore } from '../state/caseStore';
import type { OtherCaseFile } from './useComparison';

/**
 * Another case file chosen to compare with: `choose` opens the file dialog, `input` is its (hidden) field to put in
 * the page; a file that cannot be read is said in the message bar.
 */
export function useCaseFileChooser(store: CaseStore, onChosen: (file: OtherCaseFile) => void) {
  const field = useRef<HTMLInputElement>(null);
  const input = (
    <HiddenFileInput
      inputRef={field}
      label="Case file to compare with"
      accept=".casewright"
      onFile={(file) =>
        readBase64(file).then(
          (base64) => onChosen({ name: file.name, base64 }),
          (error: Error) => store.say(error.message, 'error'),
        )
      }
    />
  );
  return { choose: () => field.current?.click(), input };
}
