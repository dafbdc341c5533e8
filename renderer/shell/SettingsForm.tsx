import type { FormEvent, InputHTMLAttributes, ReactNode, Ref } from 'react';
import { FormButtons } from './FormButtons';

/**
 * A settings dialog: a modal form under its heading, the reason a save was refused, and Save and Cancel. Escape
 * cancels. The fields are its children, in fieldsets and `SettingsRow`s.
 */
export function SettingsForm({
  label,
  saveLabel,
  saving = false,
  problem,
  onSave,
  onClose,
  children,
}: {
  label: string;
  saveLabel: string;
  saving?: boolean;
  problem: string | undefined;
  onSave: (event: FormEvent) => void;
  onClose: () => void;
  children: ReactNode;
}) {
  return (
    <div className="overlay">
      <form
        role="dialog"
        aria-modal="true"
        aria-label={label}
        className="dialog settings-dialog"
        noValidate
        onSubmit={onSave}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.stopPropagation();
            onClose();
          }
        }}
      >
        <h2>{label}</h2>
        {children}
        {problem && (
          <p role="alert" className="dialog-problem">
            {problem}
          </p>
        )}
        <FormButtons submit={saveLabel} disabled={saving} onCancel={onClose} />
      </form>
    </div>
  );
}

/** Fields side by side, two to a row (or as many as `className` lays out). */
export function SettingsRow({ className, children }: { className?: string; children: ReactNode }) {
  return <div className={className ? `settings-row ${className}` : 'settings-row'}>{children}</div>;
}

/** A labelled field: the label above, the control (named by the same words) below. */
export function SettingsField({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noLabelWithoutControl: the control is the child, inside the label
    <label>
      <span className="field-label">{label}</span>
      {children}
    </label>
  );
}

/** What a labelled input takes: its label (its accessible name too), its text, and what to do with new text. */
interface InputFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
  inputRef?: Ref<HTMLInputElement>;
}

/** A labelled input with the attributes of its kind (`type`, limits). */
function InputField({
  label,
  value,
  onChange,
  placeholder,
  inputRef,
  attributes,
}: InputFieldProps & { attributes: InputHTMLAttributes<HTMLInputElement> }) {
  return (
    <SettingsField label={label}>
      <input
        aria-label={label}
        ref={inputRef}
        placeholder={placeholder}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        {...attributes}
      />
    </SettingsField>
  );
}

/** A labelled number input. */
export function NumberField({
  min,
  max,
  step,
  whole = false,
  ...field
}: InputFieldProps & {
  min: number;
  max: number;
  step: number;
  /** Whole numbers only (the numeric keyboard, not the decimal one). */
  whole?: boolean;
}) {
  return (
    <InputField {...field} attributes={{ type: 'number', inputMode: whole ? 'numeric' : 'decimal', min, max, step }} />
  );
}

/** A labelled text input. */
export function TextField({ maxLength, ...field }: InputFieldProps & { maxLength: number }) {
  return <InputField {...field} attributes={{ maxLength }} />;
}

/** A labelled choice of one of a few values, each shown in words. */
export function ChoiceField<Value extends string>({
  label,
  value,
  choices,
  onChange,
}: {
  label: string;
  value: Value;
  choices: readonly (readonly [Value, string])[];
  onChange: (value: Value) => void;
}) {
  return (
    <SettingsField label={label}>
      <select aria-label={label} value={value} onChange={(event) => onChange(event.target.value as Value)}>
        {choices.map(([choice, words]) => (
          <option key={choice} value={choice}>
            {words}
          </option>
        ))}
      </select>
    </SettingsField>
  );
}
