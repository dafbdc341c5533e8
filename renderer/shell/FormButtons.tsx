/** A form's buttons: the primary one submits it, Cancel leaves it. `focus` puts the keyboard on the submit button. */
export function FormButtons({
  submit,
  disabled = false,
  focus = false,
  onCancel,
}: {
  submit: string;
  disabled?: boolean;
  focus?: boolean;
  onCancel: () => void;
}) {
  return (
    <div className="form-buttons">
      <button
        type="submit"
        className="primary"
        disabled={disabled}
        ref={focus ? (element) => element?.focus() : undefined}
      >
        {submit}
      </button>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
