import { useEffect, useRef } from 'react';

/** A question that needs an answer before something is destroyed. */
export function ConfirmDialog({ message, onAnswer }: { message: string; onAnswer: (yes: boolean) => void }) {
  const confirm = useRef<HTMLButtonElement>(null);
  useEffect(() => confirm.current?.focus(), []);
  return (
    <div className="overlay">
      <div
        role="alertdialog"
        aria-modal="true"
        aria-label="Confirm"
        className="dialog"
        onKeyDown={(event) => {
          if (event.key === 'Escape') onAnswer(false);
        }}
      >
        <p>{message}</p>
        <div className="form-buttons">
          <button ref={confirm} type="button" className="danger" onClick={() => onAnswer(true)}>
            Delete
          </button>
          <button type="button" onClick={() => onAnswer(false)}>
            Cancel
          </button>
        </div>
      </div>
    </div>
  );
}
