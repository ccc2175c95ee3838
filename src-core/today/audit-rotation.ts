import type { Account, Activity } from '../model';
import { csmTimeZone, type Settings } from '../settings';
import { addDays, addMonths, dayIn, isWorkday, workCalendar, workdaysBetween } from '../time';
import { activeAccounts, live, type DayBook } from './book-slice';

/** The SOP: "Complete 3–5 audits per day" (seeds/000); the lower end is a setting. */
export interface AuditsPerDay {
  min: number;
  max: number;
}
export const DEFAULT_AUDITS_PER_DAY: AuditsPerDay = { min: 3, max: 5 };

/** The CSM's daily audit range: their target (settings) to at least the SOP's top of 5. */
export function auditsPerDayOf(settings: Settings): AuditsPerDay {
  const min = settings.targets.auditsPerDay;
  return { min, max: Math.max(min, DEFAULT_AUDITS_PER_DAY.max) };
}

/** How "audits done" is counted, for the line under the figure. */
export const AUDITS_DONE_DEFINITION =
  'Audits done today: accounts with a completed audit logged today (your time zone), whichever accounts they are. The target is the rotation for today.';

export interface AuditDue {
  accountId: string;
  accountName: string;
  /** Day of the last completed audit before today, null when never audited. */
  lastAuditedOn: string | null;
  /** Already audited today: stays on today's list, ticked. */
  doneToday: boolean;
}

export interface AuditPlan {
  date: string;
  /** Audited today (ticked, first) and still to audit to reach today's quota. */
  today: AuditDue[];
  /** Accounts with a completed audit today: the "done" figure, never fewer than those logged. */
  doneToday: number;
  /** Today's target: the month's remaining audits spread over its workdays, within 3–5. */
  quota: number;
  /** Active accounts still without this month's audit after today's list. */
  remainingAfterToday: number;
  /** Workdays left in the month after today. */
  workdaysLeft: number;
  /** False when even the top pace (max per day) cannot reach every account this month. */
  onPace: boolean;
}

/**
 * Which accounts get their monthly audit today. Every active account gets one audit a month:
 * the accounts not audited this month before today are spread evenly over the month's remaining
 * workdays (settings: business days and holidays), at least `min` and at most `max` a day,
 * longest-unaudited first, so the list is the same all day. Audits done today count whichever
 * account they were for, and are listed first.
 */
export function auditRotation(
  book: Pick<DayBook, 'accounts' | 'activities'>,
  date: string,
  settings: Settings,
  perDay: AuditsPerDay = auditsPerDayOf(settings),
): AuditPlan {
  const cal = workCalendar(settings);
  const zone = csmTimeZone(settings);
  const monthStart = `${date.slice(0, 7)}-01`;
  const monthEnd = addDays(addMonths(monthStart, 1), -1);
  const daysLeft = isWorkday(date, cal) ? workdaysBetween(date, monthEnd, cal).length : 0;
  const audits = live(book.activities).filter((a) => a.kind === 'audit' && a.status === 'completed');
  const lastBefore = lastAuditBefore(audits, date, zone);
  const auditedToday = new Set(audits.filter((a) => dayIn(a.at, zone) === date).map((a) => a.accountId));
  const accounts = activeAccounts(book);
  const pending = accounts
    .filter((a) => (lastBefore.get(a.id) ?? '') < monthStart)
    .sort((a, b) => compareForAudit(a, b, lastBefore));
  const quota = daysLeft === 0 ? 0 : Math.min(perDay.max, Math.max(perDay.min, Math.ceil(pending.length / daysLeft)));
  const due = (a: Account, doneToday: boolean): AuditDue => ({
    accountId: a.id,
    accountName: a.name,
    lastAuditedOn: lastBefore.get(a.id) ?? null,
    doneToday,
  });
  const done = accounts.filter((a) => auditedToday.has(a.id)).sort((a, b) => a.name.localeCompare(b.name));
  const toDo = pending.filter((a) => !auditedToday.has(a.id)).slice(0, Math.max(0, quota - done.length));
  const remainingAfterToday = pending.filter((a) => !auditedToday.has(a.id)).length - toDo.length;
  const workdaysLeft = Math.max(0, daysLeft - 1);
  return {
    date,
    today: [...done.map((a) => due(a, true)), ...toDo.map((a) => due(a, false))],
    doneToday: done.length,
    quota,
    remainingAfterToday,
    workdaysLeft,
    onPace: remainingAfterToday <= workdaysLeft * perDay.max,
  };
}

/** Each account's last completed audit day (CSM's calendar) before `date`. */
function lastAuditBefore(audits: readonly Activity[], date: string, zone: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const a of audits) {
    const day = dayIn(a.at, zone);
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
