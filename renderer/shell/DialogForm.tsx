import type { ReactNode } from 'react';

/** A modal dialog that is a form, named by its heading: Enter submits it, Escape closes it. */
export function DialogForm({
  label,
  className,
  onSubmit,
  onClose,
  children,
}: {
  label: string;
  className: string;
  onSubmit: () => void;
  onClose: () => void;
  children: ReactNode;
}) {
  return (
    <div className="overlay">
      <form
        role="dialog"
        aria-modal="true"
        aria-label={label}
        className={`dialog ${className}`}
        onSubmit={(event) => {
          event.preventDefault();
          onSubmit();
        }}
        onKeyDown={(event) => event.key === 'Escape' && onClose()}
      >
        <h2>{label}</h2>
        {children}
      </form>
    </div>
  );
}
