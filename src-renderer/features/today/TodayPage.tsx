import { useMemo, useState } from 'react';
import { csmTimeZone, type Settings } from '../../../src-core/settings';
import { addDays, addMinutes, dayRangeIn, formatMeetingTimeIn, formatTimeIn, isTimeZone } from '../../../src-core/time';
import {
  activeAccounts,
  auditRotation,
  auditsPerDayOf,
  meetingsBetween,
  monthlyContactDue,
  startOfDay,
  unansweredMessages,
  type DayBook,
} from '../../../src-core/today';
import { WARNING_LABELS } from '../../../src-core/warnings';
import { StandingFacts } from '../health/StandingFacts';
import { useBookStanding } from '../health/useHealthByAccount';
import { useNow, useToday } from '../shared/clock';
import { formatDate } from '../shared/format';
import { TimesheetView } from '../timesheet/TimesheetView';
import { TripView } from '../timesheet/TripView';
import { WorkplanView } from '../timesheet/WorkplanView';
import { useWarningsInbox } from '../warnings/queries';
import { AuditsCard, EndOfDayCard, MeetingsCard, MonthlyContactCard } from './DayLists';
import { prepHref } from './MeetingRow';
import { useEffectiveSettings } from '../settings/queries';
import { useDayBook } from './queries';
import { StartOfDayCard } from './StartOfDayCard';
import { TasksDueCard } from '../tasks/TasksDueCard';
import './today.css';

type View = 'day' | 'timesheet' | 'workplan' | 'trip';
const VIEWS: { key: View; label: string }[] = [
  { key: 'day', label: 'Today' },
  { key: 'timesheet', label: 'Timesheet' },
  { key: 'workplan', label: 'Week plan' },
  { key: 'trip', label: 'Trip' },
];

/** `#/today`, the home screen: the SOP's day from 8:30 to the end-of-day inbox check. */
export function TodayPage() {
  const today = useToday();
  const book = useDayBook(today);
  const settings = useEffectiveSettings().data?.settings;
  const [view, setView] = useState<View>('day');
  return (
    <div className="page today">
      <header className="page-header">
        <div>
          <h1>Today</h1>
          <p className="page-header__sub">
            {formatDate(today)}
            {settings ? ` · ${dayWords(settings)}` : ''}
          </p>
        </div>
      </header>
      <div className="tabs" role="tablist" aria-label="Today views">
        {VIEWS.map((v) => (
          <button
            key={v.key}
            type="button"
            role="tab"
            className="tab"
            aria-selected={view === v.key}
            onClick={() => setView(v.key)}
          >
            {v.label}
          </button>
        ))}
      </div>
      {book.isPending || !settings ? (
        <p className="loading" role="status">
          Reading your day…
        </p>
      ) : view === 'day' ? (
        <DayView book={book.data!} today={today} settings={settings} />
      ) : view === 'timesheet' ? (
        <TimesheetView book={book.data!} today={today} />
      ) : view === 'workplan' ? (
        <WorkplanView book={book.data!} today={today} />
      ) : (
        <TripView book={book.data!} today={today} />
      )}
    </div>
  );
}

/** "your day 08:30–17:30 (America/Chicago), 3–5 audits, …": the CSM's own workday, zone and audit target. */
function dayWords(settings: Settings): string {
  const { start, end } = settings.businessHours;
  const audits = auditsPerDayOf(settings);
  return `your day ${start}–${end} (${csmTimeZone(settings)}), ${audits.min}–${audits.max} audits, every message answered before ${end}.`;
}

function DayView({ book, today, settings }: { book: DayBook; today: string; settings: Settings }) {
  const now = useNow();
  const zone = csmTimeZone(settings);
  // Keeps the warnings inbox current (detection runs off the main thread) and reads it.
  const { stored } = useWarningsInbox();
  const standing = useBookStanding();
  const warnings = useMemo(
    () =>
      (stored.data ?? [])
        .filter((w) => w.status !== 'resolved')
        .map((w) => ({
          accountId: w.accountId,
          title: `${WARNING_LABELS[w.kind]}: ${w.evidence}`,
          raisedAt: w.raisedAt,
        })),
    [stored.data],
  );
  // The CSM's own workday, zone, holidays and audit target (settings): Today, Prep, the scorecard and the report agree.
  const day = useMemo(() => {
    const tomorrow = dayRangeIn(addDays(today, 1), zone);
    return {
      start: startOfDay(book, now, settings, warnings),
      tomorrow: meetingsBetween(book, tomorrow.from, tomorrow.to, zone),
      audits: auditRotation(book, today, settings),
      contact: monthlyContactDue(book, today, settings),
      unanswered: unansweredMessages(book, now),
      active: activeAccounts(book).length,
      // The next meeting may be days away: look through the coming weeks the day book holds.
      next:
        meetingsBetween(book, addMinutes(now, -60), dayRangeIn(addDays(today, NEXT_MEETING_DAYS), zone).to, zone).find(
          (m) => m.meeting.status === 'scheduled',
        ) ?? null,
    };
  }, [book, now, today, zone, settings, warnings]);
  const next = day.next;
  return (
    <div className="today-grid">
      <div className="today-col">
        {next && (
          <section className="card today-next" aria-label="Next meeting">
            <div>
              <p className="today-next__label">Next meeting</p>
              <p className="today-next__title">
                {next.accountName} <span className="muted">· {next.meeting.subject}</span>
              </p>
              <p className="sub">
                {formatMeetingTimeIn(next.meeting.at, zone)}
                {clientTime(next.meeting.at, book, next.accountId, zone)} ·{' '}
                {next.prep === 'done'
                  ? 'prepped'
                  : next.prep === 'started'
                    ? `${next.prepMinutes} of 15 min prepped`
                    : 'not prepped yet'}
              </p>
            </div>
            <a className="button button--primary" href={prepHref(next.accountId)}>
              Open the 15-minute prep
            </a>
            {standing.get(next.accountId) && (
              <div className="today-next__standing">
                <StandingFacts standing={standing.get(next.accountId)!} settings={settings} />
              </div>
            )}
          </section>
        )}
        <StartOfDayCard day={day.start} />
        <MeetingsCard title="Today’s meetings" meetings={day.start.calendar} empty="No meetings today." />
        <MeetingsCard title="Tomorrow’s meetings" meetings={day.tomorrow} empty="No meetings tomorrow." />
      </div>
      <div className="today-col">
        <TasksDueCard />
        <AuditsCard plan={day.audits} />
        <MonthlyContactCard due={day.contact} total={day.active} zone={zone} />
        <EndOfDayCard unanswered={day.unanswered} zone={zone} endOfDay={settings.businessHours.end} />
      </div>
    </div>
  );
}

const NEXT_MEETING_DAYS = 45;

/** " (10:00 AM EDT their time)" when the client's city keeps another clock. */
function clientTime(at: string, book: DayBook, accountId: string, zone: string): string {
  const clientZone = book.accounts.find((a) => a.id === accountId)?.timezone ?? '';
  return isTimeZone(clientZone) && clientZone !== zone ? ` (${formatTimeIn(at, clientZone)} their time)` : '';
}
