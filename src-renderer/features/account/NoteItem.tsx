import { useState } from 'react';
import type { Note } from '../../../src-core/model';
import { Badge } from '../shared/Badge';
import { useTimeZone } from '../shared/clock';
import { formatDateTime } from '../shared/format';
import { useDeleteNote, useEditNote } from './mutations';

/** One note: read, edit in place, or delete after a second click. */
export function NoteItem({ note }: { note: Note }) {
  const zone = useTimeZone();
  const edit = useEditNote(note.accountId);
  const remove = useDeleteNote(note.accountId);
  const [draft, setDraft] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const busy = edit.isPending || remove.isPending;

  return (
    <li className="card note">
      <header className="note__meta">
        <span>{note.authorName || 'You'}</span>
        <span>·</span>
        <time dateTime={note.createdAt}>{formatDateTime(note.createdAt, zone)}</time>
        {note.conflictOf && <Badge tone="warn">Conflict copy</Badge>}
        {note.pinned && <Badge tone="accent">Pinned</Badge>}
      </header>
      {draft === null ? (
        <p className="note__body prewrap">{note.body}</p>
      ) : (
        <textarea aria-label="Edit note" rows={4} value={draft} onChange={(e) => setDraft(e.target.value)} autoFocus />
      )}
      <div className="note__actions">
        {draft === null ? (
          confirming ? (
            <>
              <span className="hint">Delete this note?</span>
              <button
                type="button"
                className="button button--small"
                onClick={() => setConfirming(false)}
                disabled={busy}
              >
                Keep
              </button>
              <button
                type="button"
                className="button button--small button--danger"
                onClick={() => remove.mutate(note.id)}
                disabled={busy}
              >
                Delete
              </button>
            </>
          ) : (
            <>
              <button type="button" className="button button--small button--ghost" onClick={() => setDraft(note.body)}>
                Edit
              </button>
              <button type="button" className="button button--small button--ghost" onClick={() => setConfirming(true)}>
                Delete
              </button>
            </>
          )
        ) : (
          <>
            <button type="button" className="button button--small" onClick={() => setDraft(null)} disabled={busy}>
              Cancel
            </button>
            <button
              type="button"
              className="button button--small button--primary"
              disabled={busy || !draft.trim()}
              onClick={() => edit.mutate({ id: note.id, body: draft }, { onSuccess: () => setDraft(null) })}
            >
              Save
            </button>
          </>
        )}
      </div>
    </li>
  );
}
