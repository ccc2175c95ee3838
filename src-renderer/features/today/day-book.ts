import type { DayBook } from '../../../src-core/today';
import { addDays } from '../../../src-core/time';
import type { FieldbookDb } from '../../store';

/**
 * The slice of the book Today reads, without the KPI series (the heaviest table). Activities and
 * time entries come through their date indexes, in a window wide enough for the rules that read
 * them: last month's audits and insights, the last QBR (90 days), the coming weeks' meetings.
 */
export const ACTIVITY_WINDOW = { pastDays: 200, futureDays: 60 };

export async function loadDayBook(db: FieldbookDb, today: string): Promise<DayBook> {
  const from = addDays(today, -ACTIVITY_WINDOW.pastDays);
  const to = addDays(today, ACTIVITY_WINDOW.futureDays);
  return db.transaction(
    'r',
    [db.accounts, db.activities, db.tickets, db.timeEntries, db.onboardingSteps, db.contracts, db.decks],
    async () => {
      const [accounts, activities, tickets, timeEntries, onboardingSteps, contracts, decks] = await Promise.all([
        db.accounts.toArray(),
        db.activities.where('at').between(from, `${to}\uffff`, true, true).toArray(),
        db.tickets.toArray(),
        db.timeEntries.where('date').between(from, to, true, true).toArray(),
        db.onboardingSteps.toArray(),
        db.contracts.toArray(),
        db.decks.toArray(),
      ]);
      return { accounts, activities, tickets, timeEntries, onboardingSteps, contracts, decks };
    },
  );
}

/** Local edits waiting to sync (outbox and couldn't-sync list), per account: what a trip needs pushed. */
export async function pendingByAccount(db: FieldbookDb): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  const count = (e: { accountId: string }) => {
    out[e.accountId] = (out[e.accountId] ?? 0) + 1;
  };
  await db.outbox.each(count);
  await db.rejected.each(count);
  return out;
}
