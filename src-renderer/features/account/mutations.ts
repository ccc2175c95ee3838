import { useMutation } from '@tanstack/react-query';
import type { Audience, TaskStatus } from '../../../src-core/model';
import { useDb } from '../../app/book-session';
import { BROWSER_CLOCK } from '../../app/browser-clock';
import { usePreference } from '../../app/preferences';
import { createWriter, type ActivityInput, type ContactFields, type TaskInput, type Writer } from '../../store';

/**
 * Every write on an account screen: through the store's writer (row + outbox entry in one
 * transaction). What the screens re-read follows from the tables the write changed
 * (app/refresh-by-table.ts), not from here. Success and failure reach the CSM as a toast
 * (see query-client.ts).
 */
export function useAccountWrite<Vars, Result>(
  // Call sites name the account they write to; which queries re-read follows from the change itself.
  _accountId: string,
  write: (writer: Writer, vars: Vars) => Promise<Result>,
  meta: { action: string; successMessage: string },
) {
  const db = useDb();
  const author = usePreference('authorName') ?? '';
  return useMutation({
    mutationFn: (vars: Vars) => write(createWriter(db, BROWSER_CLOCK, author), vars),
    meta,
  });
}

export const useAddNote = (accountId: string) =>
  useAccountWrite(accountId, (w, body: string) => w.addNote(accountId, body), {
    action: 'saving the note',
    successMessage: 'Note saved.',
  });

export const useEditNote = (accountId: string) =>
  useAccountWrite(accountId, (w, { id, body }: { id: string; body: string }) => w.editNote(id, body), {
    action: 'saving the note',
    successMessage: 'Note updated.',
  });

export const useDeleteNote = (accountId: string) =>
  useAccountWrite(accountId, (w, id: string) => w.deleteNote(id), {
    action: 'deleting the note',
    successMessage: 'Note deleted.',
  });

export const useLogActivity = (accountId: string) =>
  useAccountWrite(accountId, (w, input: ActivityInput) => w.logActivity(input), {
    action: 'logging the activity',
    successMessage: 'Activity logged.',
  });

export const useAddTask = (accountId: string) =>
  useAccountWrite(accountId, (w, input: TaskInput) => w.addTask(input), {
    action: 'adding the task',
    successMessage: 'Task added.',
  });

export const useSetTaskStatus = (accountId: string) =>
  useAccountWrite(accountId, (w, { id, status }: { id: string; status: TaskStatus }) => w.setTaskStatus(id, status), {
    action: 'updating the task',
    successMessage: 'Task updated.',
  });

export const useSnoozeTask = (accountId: string) =>
  useAccountWrite(accountId, (w, { id, dueDate }: { id: string; dueDate: string }) => w.setTaskDue(id, dueDate), {
    action: 'snoozing the task',
    successMessage: 'Task snoozed.',
  });

export const useSetTaskAudience = (accountId: string) =>
  useAccountWrite(
    accountId,
    (w, { id, audience }: { id: string; audience: Audience }) => w.setTaskAudience(id, audience),
    {
      action: 'updating the task',
      successMessage: 'Task updated.',
    },
  );

export const useUpdateContact = (accountId: string) =>
  useAccountWrite(
    accountId,
    (w, { id, fields }: { id: string; fields: ContactFields }) => w.updateContact(id, fields),
    {
      action: 'saving the contact',
      successMessage: 'Contact saved.',
    },
  );

/** The ticket resolved: an escalation (high or urgent) resolved is a moment to ask for feedback. */
export const useResolveTicket = (accountId: string) =>
  useAccountWrite(
    accountId,
    (w, id: string) => w.patchRow('tickets', id, { status: 'resolved', resolvedAt: BROWSER_CLOCK.now() }),
    { action: 'resolving the ticket', successMessage: 'Ticket marked resolved.' },
  );
