import type { MeetingPrep } from '../../../src-core/today';
import { formatClockIn } from '../../../src-core/time';
import { PREP_MINUTES } from '../../../src-core/today';
import { accountHref } from '../../app/routes';
import { Badge } from '../shared/Badge';
import { useTimeZone } from '../shared/clock';
import { labelOf } from '../shared/format';

export function prepHref(accountId: string): string {
  return `${accountHref(accountId)}/prep`;
}

export function PrepBadge({ m }: { m: MeetingPrep }) {
  if (m.prep === 'done') return <Badge tone="good">Prepped · {m.prepMinutes} min</Badge>;
  if (m.prep === 'started')
    return (
      <Badge tone="warn">
        {m.prepMinutes} of {PREP_MINUTES} min prep
      </Badge>
    );
  return <Badge tone="bad">Not prepped</Badge>;
}

/** One meeting on Today: when, who, what, its prep status and the way into the prep screen. */
export function MeetingRow({ m }: { m: MeetingPrep }) {
  const held = m.meeting.status !== 'scheduled';
  // The CSM's zone (Settings), the same clock that put the meeting under today or tomorrow.
  const zone = useTimeZone();
  return (
    <li className="today-meeting">
      <span className="today-meeting__time">{formatClockIn(m.meeting.at, zone)}</span>
      <span className="today-meeting__what">
        <a className="account-link" href={accountHref(m.accountId)}>
          {m.accountName}
        </a>
        <span className="sub">
          {m.meeting.kind === 'meeting' ? '' : `${labelOf(m.meeting.kind)} · `}
          {m.meeting.subject} · {m.meeting.durationMinutes} min
        </span>
      </span>
      <span className="today-meeting__status">
        {held ? <Badge>{m.meeting.status === 'completed' ? 'Held' : 'No-show'}</Badge> : <PrepBadge m={m} />}
      </span>
      <a
        className={`button button--small${m.prep === 'done' || held ? '' : ' button--primary'}`}
        href={prepHref(m.accountId)}
        aria-label={`Prep ${m.accountName}`}
      >
        Prep
      </a>
    </li>
  );
}
