import type { Ref } from 'react';

/** A file chosen by the user, read as base64. */
export function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error(`${file.name} could not be read.`));
    reader.readAsDataURL(file);
  });
}

/**
 * The hidden field behind a "Choose a file…" button (which calls `inputRef.current.click()`): `onFile` is given the
 * file chosen, and the field is emptied so that the same file can be chosen again.
 */
export function HiddenFileInput({
  inputRef,
  label,
  accept,
  onFile,
}: {
  inputRef: Ref<HTMLInputElement>;
  label: string;
  accept: string;
  onFile: (file: File) => void;
}) {
  return (
    <input
      ref={inputRef}
      type="file"
      hidden
      aria-label={label}
      accept={accept}
      onChange={(event) => {
        const file = event.target.files?.[0];
        event.target.value = '';
        if (file) onFile(file);
      }}
    />
  );
}
