import { useState, type FormEvent } from 'react';
import { usePreference, writePreference } from '../../app/preferences';
import { showToast } from '../../app/toasts';

/** The CSM's name, written on the notes they add. */
export function AuthorNameForm() {
  const saved = usePreference('authorName') ?? '';
  const [name, setName] = useState(saved);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    writePreference('authorName', name.trim());
    showToast('success', 'Your name is saved.');
  };
  return (
    <form className="inline-form" onSubmit={onSubmit}>
      <label className="field">
        <span>Your name</span>
        <input value={name} maxLength={200} onChange={(e) => setName(e.target.value)} placeholder="Jordan Lee" />
      </label>
      <button type="submit" className="button" disabled={name.trim() === saved}>
        Save
      </button>
    </form>
  );
}
