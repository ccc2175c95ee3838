import type { Account, Activity } from '../model';
import { addDays, addMonths } from '../time';
import { activeAccounts, live, type DayBook } from './book-slice';
import { isWorkday, workdaysBetween } from './workday';

/** The SOP: "Complete 3–5 audits per day" (seeds/000). */
export interface AuditsPerDay {
  min: number;
  max: number;
}
export const DEFAULT_AUDITS_PER_DAY: AuditsPerDay = { min: 3, max: 5 };

export interface AuditDue {
  accountId: string;
  accountName: string;
  /** Day of the last completed audit, null when never audited. */
  lastAuditedOn: string | null;
  /** Already audited today: stays on today's list, ticked. */
  doneToday: boolean;
}

export interface AuditPlan {
  date: string;
  today: AuditDue[];
  /** Active accounts still without this month's audit after today's list. */
  remainingAfterToday: number;
  /** Workdays left in the month after today. */
  workdaysLeft: number;
  /** False when even the top pace (max per day) cannot reach every account this month. */
  onPace: boolean;
}

/**
 * Which accounts get their monthly audit today. Every active account gets one audit a month:
 * the accounts not yet audited this month (as of this morning) are spread evenly over the
 * month's remaining workdays, at least `min` and at most `max` a day, longest-unaudited first
 * (never-audited first, then by name), so the list is the same all day and through the month.
 * Weekends get no audits.
 */
export function auditRotation(
  book: Pick<DayBook, 'accounts' | 'activities'>,
  date: string,
  perDay: AuditsPerDay = DEFAULT_AUDITS_PER_DAY,
): AuditPlan {
  const monthStart = `${date.slice(0, 7)}-01`;
  const monthEnd = addDays(addMonths(monthStart, 1), -1);
  const daysLeft = isWorkday(date) ? workdaysBetween(date, monthEnd).length : 0;
  const audits = live(book.activities).filter((a) => a.kind === 'audit' && a.status === 'completed');
  const lastBefore = lastAuditBefore(audits, date);
  const auditedToday = new Set(audits.filter((a) => a.at.slice(0, 10) === date).map((a) => a.accountId));
  const pending = activeAccounts(book)
    .filter((a) => {
      const last = lastBefore.get(a.id);
      return last === undefined || last < monthStart;
    })
    .sort((a, b) => compareForAudit(a, b, lastBefore));
  const quota = daysLeft === 0 ? 0 : Math.min(perDay.max, Math.max(perDay.min, Math.ceil(pending.length / daysLeft)));
  const today = pending.slice(0, quota).map((a) => ({
    accountId: a.id,
    accountName: a.name,
    lastAuditedOn: lastBefore.get(a.id) ?? null,
    doneToday: auditedToday.has(a.id),
  }));
  const remainingAfterToday = pending.length - today.length;
  const workdaysLeft = Math.max(0, daysLeft - 1);
  return { date, today, remainingAfterToday, workdaysLeft, onPace: remainingAfterToday <= workdaysLeft * perDay.max };
}

/** Each account's last completed audit day before `date`. */
function lastAuditBefore(audits: readonly Activity[], date: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const a of audits) {
    const day = a.at.slice(0, 10);
    if (day >= date) continue;
    const prev = out.get(a.accountId);
    if (prev === undefined || day > prev) out.set(a.accountId, day);
  }
  return out;
}

function compareForAudit(a: Account, b: Account, last: Map<string, string>): number {
  const la = last.get(a.id) ?? '';
  const lb = last.get(b.id) ?? '';
  return la.localeCompare(lb) || a.name.localeCompare(b.name) || a.id.localeCompare(b.id);
}
