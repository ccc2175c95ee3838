import { useMemo, useState } from 'react';
import type { Settings } from '../../../src-core/settings';
import {
  activeAccounts,
  auditRotation,
  DEFAULT_AUDITS_PER_DAY,
  localDayRange,
  meetingsBetween,
  monthlyContactDue,
  startOfDay,
  unansweredMessages,
  type DayBook,
} from '../../../src-core/today';
import { addDays } from '../../../src-core/time';
import { formatDate } from '../shared/format';
import { useToday } from '../shared/useToday';
import { TimesheetView } from '../timesheet/TimesheetView';
import { TripView } from '../timesheet/TripView';
import { WorkplanView } from '../timesheet/WorkplanView';
import { AuditsCard, EndOfDayCard, MeetingsCard, MonthlyContactCard } from './DayLists';
import { prepHref } from './MeetingRow';
import { useEffectiveSettings } from '../settings/queries';
import { useDayBook } from './queries';
import { useWarningsInbox } from '../warnings/queries';
import { WARNING_LABELS } from '../../../src-core/warnings';
import { StartOfDayCard } from './StartOfDayCard';
import { localUtcOffsetMinutes, useNow } from './useNow';
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
  const hours = settings?.businessHours;
  return (
    <div className="page today">
      <header className="page-header">
        <div>
          <h1>Today</h1>
          <p className="page-header__sub">
            {formatDate(today)} · start of day at {hours?.start ?? '…'}, {settings?.targets.auditsPerDay ?? 3}–
            {DEFAULT_AUDITS_PER_DAY.max} audits, every message answered before {hours?.end ?? 'you log off'}.
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

function DayView({ book, today, settings }: { book: DayBook; today: string; settings: Settings }) {
  const now = useNow();
  const offset = localUtcOffsetMinutes(now);
  // Keeps the warnings inbox current (detection runs off the main thread) and reads it.
  const { stored } = useWarningsInbox();
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
  const day = useMemo(() => {
    // The CSM's own workday (Settings › Business hours), not a constant.
    const workday = { utcOffsetMinutes: offset, endOfDay: settings.businessHours.end };
    const tomorrow = localDayRange(addDays(today, 1), offset);
    const perDay = { min: settings.targets.auditsPerDay, max: DEFAULT_AUDITS_PER_DAY.max };
    return {
      start: startOfDay(book, now, warnings, workday),
      tomorrow: meetingsBetween(book, tomorrow.from, tomorrow.to),
      audits: auditRotation(book, today, perDay),
      contact: monthlyContactDue(book, today),
      unanswered: unansweredMessages(book, now),
      active: activeAccounts(book).length,
      // The next meeting may be days away: look through the coming weeks the day book holds.
      next:
        meetingsBetween(book, addMinutesIso(now, -60), `${addDays(today, NEXT_MEETING_DAYS)}T23:59:59.999Z`).find(
          (m) => m.meeting.status === 'scheduled',
        ) ?? null,
    };
  }, [book, now, today, offset, warnings, settings]);
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
                {new Date(next.meeting.at).toLocaleString('en-US', {
                  weekday: 'long',
                  month: 'short',
                  day: 'numeric',
                  hour: 'numeric',
                  minute: '2-digit',
                })}{' '}
                ·{' '}
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
          </section>
        )}
        <StartOfDayCard day={day.start} />
        <MeetingsCard title="Today’s meetings" meetings={day.start.calendar} empty="No meetings today." />
        <MeetingsCard title="Tomorrow’s meetings" meetings={day.tomorrow} empty="No meetings tomorrow." />
      </div>
      <div className="today-col">
        <AuditsCard plan={day.audits} />
        <MonthlyContactCard due={day.contact} total={day.active} />
        <EndOfDayCard unanswered={day.unanswered} />
      </div>
    </div>
  );
}

const NEXT_MEETING_DAYS = 45;

function addMinutesIso(iso: string, minutes: number): string {
  return new Date(Date.parse(iso) + minutes * 60_000).toISOString();
}
