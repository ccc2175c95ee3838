import type { Activity, Audience, Contact, RowOf, Task, TaskStatus } from '../../src-core/model';
import type { FieldbookDb } from './db';
import { createRowWriter, type RowDraft, type RowPatch, type RowWriter } from './row-writes';
import type { StoreClock } from './types';

/**
 * What the screens call to change the book. Each method validates, writes the row and its
 * outbox entry in one transaction, and returns the saved row; it throws a `StoreError` whose
 * message can be shown to the CSM as is.
 */

export type ActivityInput = Pick<
  Activity,
  | 'accountId'
  | 'kind'
  | 'status'
  | 'direction'
  | 'at'
  | 'durationMinutes'
  | 'subject'
  | 'outcome'
  | 'attendeeIds'
  | 'insight'
>;

export interface TaskInput {
  accountId: string;
  title: string;
  detail?: string;
  dueDate?: string | null;
  source?: Task['source'];
  playbookId?: string | null;
  /** 'client' puts it in the client plan; a task is internal unless the CSM says so. */
  audience?: Audience;
}

/** The personal and role details a CSM edits on a contact. */
export type ContactFields = RowPatch<'contacts'>;

export interface Writer extends RowWriter {
  addNote(accountId: string, body: string): Promise<RowOf<'notes'>>;
  editNote(id: string, body: string): Promise<RowOf<'notes'>>;
  deleteNote(id: string): Promise<RowOf<'notes'>>;
  logActivity(input: ActivityInput): Promise<Activity>;
  addTask(input: TaskInput): Promise<Task>;
  setTaskStatus(id: string, status: TaskStatus): Promise<Task>;
  setTaskAudience(id: string, audience: Audience): Promise<Task>;
  /** Snooze: move an open task's due date (an ISO day). */
  setTaskDue(id: string, dueDate: string): Promise<Task>;
  updateContact(id: string, fields: ContactFields): Promise<Contact>;
}

/** `author` is the CSM's name, written on the notes they add. */
export function createWriter(db: FieldbookDb, clock: StoreClock, author: string): Writer {
  const rows = createRowWriter(db, clock);
  return {
    ...rows,
    addNote: (accountId, body) => {
      const draft: RowDraft<'notes'> = {
        accountId,
        body,
        createdAt: clock.now(),
        authorName: author,
        pinned: false,
        conflictOf: null,
      };
      return rows.upsertRow('notes', draft);
    },
    editNote: (id, body) => rows.patchRow('notes', id, { body }),
    deleteNote: (id) => rows.deleteRow('notes', id),
    logActivity: (input) => rows.upsertRow('activities', { ...input }),
    addTask: (input) =>
      rows.upsertRow('tasks', {
        accountId: input.accountId,
        title: input.title,
        detail: input.detail ?? '',
        dueDate: input.dueDate ?? null,
        status: 'open',
        source: input.source ?? 'manual',
        playbookId: input.playbookId ?? null,
        completedAt: null,
        audience: input.audience ?? 'internal',
      }),
    // Marking a done task done again keeps when it was first completed.
    setTaskStatus: (id, status) =>
      rows.patchRow('tasks', id, (task) => ({
        status,
        completedAt: status !== 'done' ? null : (task.completedAt ?? clock.now()),
      })),
    setTaskAudience: (id, audience) => rows.patchRow('tasks', id, { audience }),
    setTaskDue: (id, dueDate) => rows.patchRow('tasks', id, { dueDate }),
    updateContact: (id, fields) => rows.patchRow('contacts', id, fields),
  };
}
