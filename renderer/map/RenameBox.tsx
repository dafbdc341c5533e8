import { useState } from 'react';
import { FormButtons } from '../shell/FormButtons';

/** Asks for a node's new title; Escape or Cancel changes nothing. */
export function RenameBox({ title, onDone }: { title: string; onDone: (title: string | undefined) => void }) {
  const [value, setValue] = useState(title);
  return (
    <div className="overlay">
      <form
        className="dialog"
        role="dialog"
        aria-label="Rename"
        onSubmit={(event) => {
          event.preventDefault();
          onDone(value);
        }}
      >
        <label>
          <span className="field-label">Title</span>
          <input
            ref={(element) => element?.focus()}
            aria-label="New title"
            value={value}
            onChange={(event) => setValue(event.target.value)}
            onKeyDown={(event) => event.key === 'Escape' && onDone(undefined)}
          />
        </label>
        <FormButtons submit="Rename" onCancel={() => onDone(undefined)} />
      </form>
    </div>
  );
}
