import { useRef, useState } from 'react';
import { TITLE_MAX_LENGTH } from '../../app/model/limits';
import { splitTitle } from '../editor/splitTitle';

/** The title of a row, edited in place (F2): Enter keeps it, Escape gives it up; a title is cut at its limit. */
export function RenameField({
  title,
  onDone,
  onTooLong,
}: {
  title: string;
  onDone: (title: string | undefined) => void;
  onTooLong: (lost: number) => void;
}) {
  const [value, setValue] = useState(title);
  const done = useRef(false);
  const finish = (next: string | undefined) => {
    if (done.current) return;
    done.current = true;
    onDone(next);
  };
  return (
    <input
      className="row-rename"
      aria-label="Rename"
      // biome-ignore lint/a11y/noAutofocus: F2 asks for this field
      autoFocus
      value={value}
      onFocus={(event) => event.currentTarget.select()}
      onChange={(event) => {
        const { title: next, overflow } = splitTitle(event.target.value, TITLE_MAX_LENGTH);
        setValue(next);
        if (overflow !== '') onTooLong(event.target.value.length - next.length);
      }}
      onMouseDown={(event) => event.stopPropagation()}
      onKeyDown={(event) => {
        event.stopPropagation();
        if (event.key === 'Enter') {
          event.preventDefault();
          finish(value);
        } else if (event.key === 'Escape') {
          event.preventDefault();
          finish(undefined);
        }
      }}
      onBlur={() => finish(value)}
    />
  );
}
