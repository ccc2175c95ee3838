import type { Activity } from '../model';
import { csmTimeZone, type Settings } from '../settings';
import { dayIn, instantMs } from '../time';
import { activeAccounts, live, type DayBook } from './book-slice';

export interface MonthlyContactDue {
  accountId: string;
  accountName: string;
  /** Last time the account got its monthly insight (email or call), null when never. */
  lastInsightAt: string | null;
}

/**
 * The SOP: contact every client at least once a month with an actionable insight in three parts.
 * An account is due until a completed `monthly_insight` touchpoint (or a completed meeting or
 * QBR that carried an insight) falls in the calendar month of `date` on the CSM's calendar (an
 * insight sent at 20:30 on 30 September in Chicago is September's for a Chicago CSM). Most
 * overdue first.
 */
export function monthlyContactDue(
  book: Pick<DayBook, 'accounts' | 'activities'>,
  date: string,
  settings: Pick<Settings, 'timeZone'>,
): MonthlyContactDue[] {
  const month = date.slice(0, 7);
  const zone = csmTimeZone(settings);
  const last = new Map<string, string>();
  for (const a of live(book.activities)) {
    if (!countsAsInsight(a)) continue;
    const prev = last.get(a.accountId);
    if (prev === undefined || instantMs(a.at) > instantMs(prev)) last.set(a.accountId, a.at);
  }
  return activeAccounts(book)
    .filter((a) => {
      const at = last.get(a.id);
      return at === undefined || dayIn(at, zone).slice(0, 7) !== month;
    })
    .map((a) => ({ accountId: a.id, accountName: a.name, lastInsightAt: last.get(a.id) ?? null }))
    .sort(
      (a, b) =>
        (a.lastInsightAt ?? '').localeCompare(b.lastInsightAt ?? '') || a.accountName.localeCompare(b.accountName),
    );
}

/** What counts as the month's contact: a completed monthly insight, or a meeting or QBR that carried one. */
export function countsAsInsight(a: Activity): boolean {
  if (a.status !== 'completed') return false;
  return a.kind === 'monthly_insight' || a.insight !== null;
}
