import type { OnboardingStep, Ticket } from '../model';
import { activeAccounts, live, type DayBook } from './book-slice';
import { meetingsBetween, type MeetingPrep } from './meetings';
import {
  DEFAULT_WORKDAY,
  localDate,
  localDayRange,
  localInstant,
  previousWorkday,
  type WorkdayOptions,
} from './workday';

/** A warning as the start-of-day list shows it; the warnings inbox maps its rows to this. */
export interface DayWarning {
  accountId: string;
  title: string;
  raisedAt: string;
}

export interface NamedRow<T> {
  row: T;
  accountName: string;
}

/** The SOP's 8:30 list (seeds/000): help desk, keyword/risk alerts, onboarding pipeline, calendar. */
export interface StartOfDay {
  date: string;
  /** End of the previous workday: "overnight" starts here (Monday's starts Friday evening). */
  overnightSince: string;
  overnightTickets: NamedRow<Ticket>[];
  newWarnings: DayWarning[];
  onboarding: {
    completedOvernight: NamedRow<OnboardingStep>[];
    dueToday: NamedRow<OnboardingStep>[];
    overdue: NamedRow<OnboardingStep>[];
  };
  calendar: MeetingPrep[];
}

export type ChecklistKey = 'helpdesk' | 'alerts' | 'onboarding' | 'calendar';

export function startOfDay(
  book: DayBook,
  now: string,
  warnings: readonly DayWarning[] = [],
  options: WorkdayOptions = DEFAULT_WORKDAY,
): StartOfDay {
  const date = localDate(now, options.utcOffsetMinutes);
  const since = localInstant(previousWorkday(date), options.endOfDay, options.utcOffsetMinutes);
  const names = new Map(activeAccounts(book).map((a) => [a.id, a.name]));
  const named = <T extends { accountId: string }>(rows: T[]) =>
    rows.filter((r) => names.has(r.accountId)).map((row) => ({ row, accountName: names.get(row.accountId) ?? '' }));
  const overnightTickets = named(
    live(book.tickets)
      .filter((t) => t.openedAt >= since && t.openedAt <= now)
      .sort((a, b) => a.openedAt.localeCompare(b.openedAt)),
  );
  const steps = live(book.onboardingSteps).sort(
    (a, b) => a.dueDate.localeCompare(b.dueDate) || a.id.localeCompare(b.id),
  );
  const open = steps.filter((s) => s.completedAt === null);
  const range = localDayRange(date, options.utcOffsetMinutes);
  return {
    date,
    overnightSince: since,
    overnightTickets,
    newWarnings: warnings
      .filter((w) => names.has(w.accountId) && w.raisedAt >= since && w.raisedAt <= now)
      .sort((a, b) => a.raisedAt.localeCompare(b.raisedAt)),
    onboarding: {
      completedOvernight: named(
        steps.filter((s) => s.completedAt !== null && s.completedAt >= since && s.completedAt <= now),
      ),
      dueToday: named(open.filter((s) => s.dueDate === date)),
      overdue: named(open.filter((s) => s.dueDate < date)),
    },
    calendar: meetingsBetween(book, range.from, range.to),
  };
}

/** The SOP's end of day: every message answered before logging off. Oldest first. */
export function unansweredMessages(book: Pick<DayBook, 'accounts' | 'tickets'>, now: string): NamedRow<Ticket>[] {
  const names = new Map(live(book.accounts).map((a) => [a.id, a.name]));
  return live(book.tickets)
    .filter((t) => t.firstResponseAt === null && t.status !== 'resolved' && t.openedAt <= now && names.has(t.accountId))
    .sort((a, b) => a.openedAt.localeCompare(b.openedAt))
    .map((row) => ({ row, accountName: names.get(row.accountId) ?? '' }));
}
