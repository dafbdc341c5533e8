import { useEffect, useRef } from 'react';

/**
 * A question that needs an answer before something is destroyed. Cancel has the focus, so that Enter or Space
 * pressed by habit destroys nothing; the destructive button says what it does (`confirmLabel`).
 */
export function ConfirmDialog({
  message,
  confirmLabel = 'Delete',
  onAnswer,
}: {
  message: string;
  confirmLabel?: string;
  onAnswer: (yes: boolean) => void;
}) {
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => cancel.current?.focus(), []);
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
          <button type="button" className="danger" onClick={() => onAnswer(true)}>
            {confirmLabel}
          </button>
          <button ref={cancel} type="button" onClick={() => onAnswer(false)}>
            Cancel
          </button>
        </div>
      </div>
    </div>
  );
}
