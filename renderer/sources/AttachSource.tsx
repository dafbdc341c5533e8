import { useRef } from 'react';
import { HiddenFileInput, readBase64 } from '../shell/ChosenFile';
import type { CaseStore } from '../state/caseStore';

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** Attaches a file (PDF, HTML, DOCX or text) as the source of an authority, kept in the case file (replacing its source). */
export function AttachSource({
  store,
  authorityKey,
  onAttached,
  replacing = false,
}: {
  store: CaseStore;
  authorityKey: string;
  onAttached: () => void;
  /** For an authority that has a source: the button reads Replace…, and the file chosen takes the source's place. */
  replacing?: boolean;
}) {
  const input = useRef<HTMLInputElement>(null);
  const attach = async (file: File) => {
    const base64 = await readBase64(file).catch((error: Error) => {
      store.say(error.message, 'error');
      return undefined;
    });
    if (base64 === undefined) return;
    const attached = await store.run(() =>
      store.api['sources-attach']({ key: authorityKey, fileName: file.name, base64 }),
    );
    if (!attached) return;
    const { paragraph, article, page } = attached.units;
    store.say(
      `${replacing ? 'Replaced the source: attached' : 'Attached'} ${attached.fileName} to “${attached.key}”: ${plural(paragraph, 'paragraph')}, ${plural(article, 'article')}, ${plural(page, 'page')}.`,
    );
    onAttached();
  };
  return (
    <>
      <button type="button" onClick={() => input.current?.click()}>
        {replacing ? 'Replace…' : 'Attach a source…'}
      </button>
      <HiddenFileInput
        inputRef={input}
        label={`Source file of ${authorityKey}`}
        accept=".pdf,.html,.htm,.docx,.txt,.text"
        onFile={(file) => void attach(file)}
      />
    </>
  );
}
