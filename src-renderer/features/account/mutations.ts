import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Audience, TaskStatus } from '../../../src-core/model';
import { useDb } from '../../app/book-session';
import { BROWSER_CLOCK } from '../../app/browser-clock';
import { usePreference } from '../../app/preferences';
import { createWriter, type ActivityInput, type ContactFields, type TaskInput, type Writer } from '../../store';
import { bookKeys } from '../book/queries';
import { sessionKeys } from '../session/queries';
import { todayKeys } from '../today/queries';
import { accountKeys } from './queries';

/**
 * Every write on an account screen: through the store's writer (row + outbox entry in one
 * transaction), then the account, the Book's counters and the pending count are re-read (and Today
 * for activities and tasks).
 * Success and failure reach the CSM as a toast (see query-client.ts).
 */
export function useAccountWrite<Vars, Result>(
  accountId: string,
  write: (writer: Writer, vars: Vars) => Promise<Result>,
  meta: { action: string; successMessage: string },
  /** Writes to activities or tasks also refresh Today and the task inbox (refresh by table, STYLE 16). */
  touchesDay = false,
) {
  const db = useDb();
  const author = usePreference('authorName') ?? '';
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (vars: Vars) => write(createWriter(db, BROWSER_CLOCK, author), vars),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: accountKeys.detail(accountId) }),
        queryClient.invalidateQueries({ queryKey: bookKeys.all }),
        queryClient.invalidateQueries({ queryKey: sessionKeys.pending() }),
        // Today reads the same activities and tasks: a call booked or a task done here shows there.
        touchesDay ? queryClient.invalidateQueries({ queryKey: todayKeys.all }) : undefined,
      ]),
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
  useAccountWrite(
    accountId,
    (w, input: ActivityInput) => w.logActivity(input),
    {
      action: 'logging the activity',
      successMessage: 'Activity logged.',
    },
    true,
  );

export const useAddTask = (accountId: string) =>
  useAccountWrite(
    accountId,
    (w, input: TaskInput) => w.addTask(input),
    {
      action: 'adding the task',
      successMessage: 'Task added.',
    },
    true,
  );

export const useSetTaskStatus = (accountId: string) =>
  useAccountWrite(
    accountId,
    (w, { id, status }: { id: string; status: TaskStatus }) => w.setTaskStatus(id, status),
    {
      action: 'updating the task',
      successMessage: 'Task updated.',
    },
    true,
  );

export const useSnoozeTask = (accountId: string) =>
  useAccountWrite(
    accountId,
    (w, { id, dueDate }: { id: string; dueDate: string }) => w.setTaskDue(id, dueDate),
    {
      action: 'snoozing the task',
      successMessage: 'Task snoozed.',
    },
    true,
  );

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
