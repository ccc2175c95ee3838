import { useState, type FormEvent } from 'react';
import type { Note } from '../../../src-core/model';
import { NoteItem } from './NoteItem';
import { useAddNote } from './mutations';

/** Notes on the account, pinned first then newest, written offline. */
export function NotesTab({ accountId, notes }: { accountId: string; notes: Note[] }) {
  // Pinned notes stay on top; the rest newest first.
  const live = notes
    .filter((n) => !n.deleted)
    .sort((a, b) => Number(b.pinned) - Number(a.pinned) || b.createdAt.localeCompare(a.createdAt));
  return (
    <div className="notes">
      <NoteComposer accountId={accountId} />
      {live.length === 0 ? (
        <p className="empty">No notes yet. What should you remember about this account?</p>
      ) : (
        <ul className="notes__list" aria-label="Notes">
          {live.map((note) => (
            <NoteItem key={note.id} note={note} />
          ))}
        </ul>
      )}
    </div>
  );
}

function NoteComposer({ accountId }: { accountId: string }) {
  const addNote = useAddNote(accountId);
  const [body, setBody] = useState('');
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (!body.trim()) return;
    addNote.mutate(body, { onSuccess: () => setBody('') });
  };
  return (
    <form className="card note-composer" onSubmit={onSubmit}>
      <label htmlFor="new-note" className="visually-hidden">
        New note
      </label>
      <textarea
        id="new-note"
        rows={3}
        placeholder="Add a note…"
        value={body}
        onChange={(e) => setBody(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) e.currentTarget.form?.requestSubmit();
        }}
      />
      <div className="form-actions">
        <span className="hint">Saved on this laptop; Ctrl+Enter to save.</span>
        <button type="submit" className="button button--primary" disabled={!body.trim() || addNote.isPending}>
          {addNote.isPending ? 'Saving…' : 'Save note'}
        </button>
      </div>
    </form>
  );
}
