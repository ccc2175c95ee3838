/**
 * A dialog form's footer: Cancel, and the submit button that says "Saving…" while the write is in
 * flight (both disabled meanwhile). One footer, so every form behaves the same.
 */
export function FormActions({
  pending,
  submit,
  onCancel,
  ready = true,
}: {
  pending: boolean;
  submit: string;
  onCancel: () => void;
  /** False while the form lacks what it needs to be saved. */
  ready?: boolean;
}) {
  return (
    <div className="form-actions">
      <button type="button" className="button" onClick={onCancel} disabled={pending}>
        Cancel
      </button>
      <button type="submit" className="button button--primary" disabled={pending || !ready}>
        {pending ? 'Saving…' : submit}
      </button>
    </div>
  );
}
