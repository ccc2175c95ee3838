import type { OnboardingStep, Ticket } from '../model';
import type { Settings } from '../settings';
import { dayRangeIn, instantMs, previousWorkday, todayIn, workCalendar, workdayEnd } from '../time';
import { activeAccounts, live, type DayBook } from './book-slice';
import { meetingsBetween, type MeetingPrep } from './meetings';

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
  /**
   * End of the previous workday on the CSM's calendar (settings: zone, hours, workdays, holidays):
   * "overnight" starts here (Monday's starts Friday evening).
   */
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
  settings: Settings,
  warnings: readonly DayWarning[] = [],
): StartOfDay {
  const cal = workCalendar(settings);
  const date = todayIn(now, cal.zone);
  const since = workdayEnd(previousWorkday(date, cal), cal);
  const within = (at: string) => instantMs(at) >= instantMs(since) && instantMs(at) <= instantMs(now);
  const names = new Map(activeAccounts(book).map((a) => [a.id, a.name]));
  const named = <T extends { accountId: string }>(rows: T[]) =>
    rows.filter((r) => names.has(r.accountId)).map((row) => ({ row, accountName: names.get(row.accountId) ?? '' }));
  const overnightTickets = named(
    live(book.tickets)
      .filter((t) => within(t.openedAt))
      .sort((a, b) => instantMs(a.openedAt) - instantMs(b.openedAt)),
  );
  const steps = live(book.onboardingSteps).sort(
    (a, b) => a.dueDate.localeCompare(b.dueDate) || a.id.localeCompare(b.id),
  );
  const open = steps.filter((s) => s.completedAt === null);
  const range = dayRangeIn(date, cal.zone);
  return {
    date,
    overnightSince: since,
    overnightTickets,
    newWarnings: warnings
      .filter((w) => names.has(w.accountId) && within(w.raisedAt))
      .sort((a, b) => instantMs(a.raisedAt) - instantMs(b.raisedAt)),
    onboarding: {
      completedOvernight: named(steps.filter((s) => s.completedAt !== null && within(s.completedAt))),
      dueToday: named(open.filter((s) => s.dueDate === date)),
      overdue: named(open.filter((s) => s.dueDate < date)),
    },
    calendar: meetingsBetween(book, range.from, range.to, cal.zone),
  };
}

/** The SOP's end of day: every message answered before logging off. Oldest first. */
export function unansweredMessages(book: Pick<DayBook, 'accounts' | 'tickets'>, now: string): NamedRow<Ticket>[] {
  const names = new Map(live(book.accounts).map((a) => [a.id, a.name]));
  const until = instantMs(now);
  return live(book.tickets)
    .filter(
      (t) =>
        t.firstResponseAt === null &&
        t.status !== 'resolved' &&
        instantMs(t.openedAt) <= until &&
        names.has(t.accountId),
    )
    .sort((a, b) => instantMs(a.openedAt) - instantMs(b.openedAt))
    .map((row) => ({ row, accountName: names.get(row.accountId) ?? '' }));
}
