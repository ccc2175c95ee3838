import { useEffect, useMemo, useState } from 'react';
import { formatMeetingTimeIn, formatTimeIn, isTimeZone } from '../../../src-core/time';
import { accountHref } from '../../app/routes';
import { usePlatform } from '../../platform/usePlatform';
import { currentContract } from '../account/current-contract';
import { useAccountDetail } from '../account/queries';
import { useStoredWarnings } from '../warnings/queries';
import { WARNING_LABELS } from '../../../src-core/warnings';
import { StandingFacts } from '../health/StandingFacts';
import { useAccountFigures, type AccountFigures } from '../health/useAccountStanding';
import { currentInstant, useTimeZone, useToday } from '../shared/clock';
import { labelOf } from '../shared/format';
import { ChangesSection } from './ChangesSection';
import { InsightDialog } from './InsightDialog';
import { LogMeetingDialog } from './LogMeetingDialog';
import { FeedbackMomentPrompt } from '../obligations/FeedbackMomentPrompt';
import { useLogPrepTime } from './mutations';
import { OpenItemsSection } from './OpenItemsSection';
import { PeopleSection } from './PeopleSection';
import { usePrepTimer } from './prep-timer-state';
import { prepView } from './prep-view';
import { PrepFocus } from './PrepFocus';
import { PrepTimerBar } from './PrepTimerBar';
import { ResultsSection } from './ResultsSection';
import { SaySection } from './SaySection';
import { StandingSection } from './StandingSection';
import './prep.css';

/** `#/accounts/:id/prep`: one screen, read top to bottom in the SOP's 15 minutes of prep. */
export function PrepPage({ accountId }: { accountId: string }) {
  const detail = useAccountDetail(accountId);
  // The route just changed to this screen: start of the "navigation → fully rendered" measure.
  useState(() => {
    performance.clearMarks('prep:navigated');
    performance.mark('prep:navigated');
  });
  if (detail.isPending)
    return (
      <p className="loading page" role="status">
        Opening the prep…
      </p>
    );
  if (!detail.data) {
    return (
      <div className="page">
        <div className="empty empty--page">
          <h1>This account is not in your book</h1>
          <a className="button" href="#/today">
            Back to Today
          </a>
        </div>
      </div>
    );
  }
  return <PrepFigures data={detail.data} />;
}

type Detail = NonNullable<ReturnType<typeof useAccountDetail>['data']>;

/** Prep reads the account's health and standing from the one computation every account screen uses. */
function PrepFigures({ data }: { data: Detail }) {
  const figures = useAccountFigures(data);
  if (!figures)
    return (
      <p className="loading page" role="status">
        Opening the prep…
      </p>
    );
  return <PrepScreen data={data} figures={figures} />;
}

function PrepScreen({ data, figures }: { data: Detail; figures: AccountFigures }) {
  const accountId = data.account.id;
  const today = useToday();
  const platform = usePlatform();
  const [now] = useState(() => new Date().toISOString());
  const stored = useStoredWarnings();
  const warnings = useMemo(
    () =>
      (stored.data ?? [])
        .filter((w) => w.accountId === accountId)
        .map((w) => ({ title: `${WARNING_LABELS[w.kind]}: ${w.evidence}`, raisedAt: w.raisedAt })),
    [stored.data, accountId],
  );
  const zone = useTimeZone();
  const { settings, health } = figures;
  const view = useMemo(
    () => prepView(data, now, today, settings, health, warnings),
    [data, now, today, settings, health, warnings],
  );
  const clientZone = isTimeZone(data.account.timezone) ? data.account.timezone : null;
  const contract = currentContract(data.contracts, today);
  const timer = usePrepTimer(accountId);
  const logPrep = useLogPrepTime(accountId);
  const [dialog, setDialog] = useState<'meeting' | 'insight' | null>(null);
  const [loggedId, setLoggedId] = useState<string | null>(null);
  const subject = view.meeting?.subject ?? 'meeting';
  // biome-ignore lint/correctness/useExhaustiveDependencies: one mark per account opened, not per render.
  useEffect(() => {
    // Fully rendered: the commit with every section (charts draw in their own effects, already run).
    performance.clearMarks('prep:rendered');
    performance.mark('prep:rendered');
    try {
      performance.measure('prep:navigation-to-rendered', 'prep:navigated', 'prep:rendered');
    } catch {
      // The navigation mark is missing when the screen was restored without a navigation.
    }
  }, [accountId]);
  return (
    <div className="page prep">
      <header className="page-header prep-header">
        <div>
          <nav className="breadcrumb" aria-label="Breadcrumb">
            <a href="#/today">Today</a> <span aria-hidden="true">/</span>{' '}
            <a href={accountHref(accountId)}>{data.account.name}</a> <span aria-hidden="true">/</span>{' '}
            <span aria-current="page">Prep</span>
          </nav>
          <h1>Prep: {data.account.name}</h1>
          <p className="page-header__sub">
            {view.meeting
              ? `${labelOf(view.meeting.kind)} “${view.meeting.subject}” · ${formatMeetingTimeIn(view.meeting.at, zone)}${clientZone && clientZone !== zone ? ` (${formatTimeIn(view.meeting.at, clientZone)} their time)` : ''}`
              : 'No meeting scheduled: prepping for the next conversation.'}
          </p>
          <StandingFacts standing={figures.standing} settings={settings} />
        </div>
        <div className="prep-header__actions">
          <button type="button" className="button" onClick={() => setDialog('insight')}>
            Monthly insight email
          </button>
          <button
            type="button"
            className="button"
            onClick={() => void platform.printView(`${data.account.name} — meeting brief`)}
          >
            Print brief / Save as PDF
          </button>
          <button type="button" className="button button--primary" onClick={() => setDialog('meeting')}>
            Log meeting
          </button>
        </div>
      </header>
      <FeedbackMomentPrompt detail={data} causeId={loggedId} today={today} onDismiss={() => setLoggedId(null)} />
      <PrepFocus
        data={data}
        health={view.health}
        settings={settings}
        warnings={stored.data ?? []}
        now={now}
        today={today}
      />
      <PrepTimerBar
        timer={timer}
        logging={logPrep.isPending}
        onLogPrep={() => {
          const minutes = timer.unloggedMinutes;
          logPrep.mutate({ minutes, date: today, subject }, { onSuccess: () => timer.markLogged(minutes) });
        }}
      />
      <StandingSection data={data} health={view.health} trend={view.trend} contract={contract} today={today} />
      <ChangesSection changed={view.changed} lastMeeting={view.lastMeeting?.at ?? null} />
      <ResultsSection data={data} period={view.period} today={today} funnel={view.funnel} />
      <PeopleSection
        contacts={data.contacts}
        attendeeIds={view.meeting?.attendeeIds ?? []}
        activities={data.activities}
        today={today}
      />
      <OpenItemsSection data={data} lastMeeting={view.lastMeeting} today={today} />
      <SaySection accountId={accountId} meetingId={view.meeting?.id ?? 'next'} points={view.points} />
      {/* One dialog mounted at a time: the shared Dialog names itself by a fixed element id. */}
      {dialog === 'meeting' && (
        <LogMeetingDialog
          open
          accountId={accountId}
          accountName={data.account.name}
          activities={data.activities}
          contacts={data.contacts}
          prepMinutes={timer.unloggedMinutes}
          today={today}
          now={currentInstant()}
          zone={zone}
          onClose={() => setDialog(null)}
          onLogged={(minutes, activity) => {
            timer.pause();
            timer.markLogged(minutes);
            setDialog(null);
            setLoggedId(activity.id);
          }}
        />
      )}
      {dialog === 'insight' && (
        <InsightDialog open accountId={accountId} draft={view.insight} onClose={() => setDialog(null)} />
      )}
    </div>
  );
}
