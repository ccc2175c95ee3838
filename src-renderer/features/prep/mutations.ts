import { useMutation } from '@tanstack/react-query';
import type { InsightDraft, MeetingLogInput } from '../../../src-core/prep';
import { useDb } from '../../app/book-session';
import { BROWSER_CLOCK } from '../../app/browser-clock';
import { usePreference } from '../../app/preferences';
import { createWriter, type FieldbookDb, type Writer } from '../../store';
import { writeMeetingLog } from './log-meeting-write';

/** The prep screen's writes, through the store's writer; the screens re-read by the tables they changed. */
function usePrepWrite<Vars, Result>(
  // Call sites name the account they write to; which queries re-read follows from the change itself.
  _accountId: string,
  write: (writer: Writer, vars: Vars, db: FieldbookDb) => Promise<Result>,
  meta: { action: string; successMessage: string },
) {
  const db = useDb();
  const author = usePreference('authorName') ?? '';
  return useMutation({
    // Local writes never wait for the network (react-query pauses 'online' mutations offline).
    networkMode: 'always',
    mutationFn: (vars: Vars) => write(createWriter(db, BROWSER_CLOCK, author), vars, db),
    meta,
  });
}

export const useLogPrepTime = (accountId: string) =>
  usePrepWrite(
    accountId,
    (w, { minutes, date, subject }: { minutes: number; date: string; subject: string }) =>
      w.upsertRow('timeEntries', { accountId, date, minutes, category: 'prep', note: `Prep for ${subject}` }),
    { action: 'logging prep time', successMessage: 'Prep time logged.' },
  );

export const useLogMeeting = (accountId: string) =>
  usePrepWrite(accountId, (w, input: MeetingLogInput, db) => writeMeetingLog(db, w, BROWSER_CLOCK, input), {
    action: 'logging the meeting',
    successMessage: 'Meeting logged; prep and meeting time are on your timesheet.',
  });

/** Sending the insight is the month's contact (seeds/000): logged as a completed `monthly_insight`. */
export const useMarkInsightSent = (accountId: string) =>
  usePrepWrite(
    accountId,
    (w, draft: InsightDraft) =>
      w.logActivity({
        accountId,
        kind: 'monthly_insight',
        status: 'completed',
        direction: 'outbound',
        at: BROWSER_CLOCK.now(),
        durationMinutes: 0,
        subject: draft.subject.slice(0, 300),
        outcome: '',
        attendeeIds: [],
        insight: draft.insight,
      }),
    { action: 'recording the monthly insight', successMessage: 'Monthly insight recorded as this month’s contact.' },
  );
