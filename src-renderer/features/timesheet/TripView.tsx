import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import type { DeckRecord } from '../../../src-core/model';
import { tripReadiness, type DayBook } from '../../../src-core/today';
import { addDays, dayRangeIn } from '../../../src-core/time';
import { accountHref } from '../../app/routes';
import { Badge } from '../shared/Badge';
import { formatDateTime, labelOf } from '../shared/format';
import { usePendingByAccount } from '../today/queries';
import { useTimeZone } from '../shared/clock';
import { usePlatform } from '../../platform/usePlatform';

/** Trip mode: the meetings in the travel dates and, per account, what is missing to work offline. */
export function TripView({ book, today }: { book: DayBook; today: string }) {
  const [from, setFrom] = useState(today);
  const [to, setTo] = useState(addDays(today, 4));
  const pending = usePendingByAccount();
  const zone = useTimeZone();
  const platform = usePlatform();
  // The browser build is ready to travel only once the app itself is saved for offline use.
  const appOffline = useQuery({
    queryKey: ['platform', 'appSavedOffline'],
    queryFn: () => platform.appSavedOffline?.() ?? true,
    staleTime: 0,
  });
  const trip = useMemo(() => {
    if (!pending.data || to < from) return null;
    const decks: Record<string, DeckRecord[]> = {};
    for (const d of book.decks) {
      decks[d.accountId] ??= [];
      decks[d.accountId]!.push(d);
    }
    return tripReadiness(book, pending.data, decks, dayRangeIn(from, zone).from, dayRangeIn(to, zone).to, zone);
  }, [book, pending.data, from, to, zone]);
  return (
    <section aria-label="Trip">
      <div className="today-toolbar">
        <label className="field">
          Leaving
          <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
        </label>
        <label className="field">
          Back
          <input type="date" value={to} min={from} onChange={(e) => setTo(e.target.value)} />
        </label>
        {trip &&
          (trip.accounts.length === 0 ? (
            <span className="muted">No meetings in these dates.</span>
          ) : appOffline.data === false ? (
            <Badge tone="warn">Not ready: this browser has not saved Fieldbook for offline use yet</Badge>
          ) : trip.ready ? (
            <Badge tone="good">Ready to travel: everything is on this laptop</Badge>
          ) : (
            <Badge tone="warn">
              {trip.accounts.filter((a) => !a.ready).length} account(s) need attention before you go
            </Badge>
          ))}
      </div>
      {to < from && <p className="warn-text">The return date is before the departure.</p>}
      {appOffline.data === false && (
        <p className="warn-text">
          A reload without network would not open the app. Stay online a moment and reload this page once; if this
          message stays, this browser does not keep apps offline (use the desktop app for the trip).
        </p>
      )}
      <ul className="today-readiness">
        {trip?.accounts.map((a) => (
          <li key={a.accountId} className="card">
            <h3 className="card__title">
              <a href={accountHref(a.accountId)}>{a.accountName}</a>{' '}
              {a.ready ? (
                <Badge tone="good">Ready offline</Badge>
              ) : (
                <Badge tone="warn">Missing {a.missing.length}</Badge>
              )}
            </h3>
            <ul className="today-simple">
              {a.meetings.map((m) => (
                <li key={m.meeting.id}>
                  <span>
                    {labelOf(m.meeting.kind)}: {m.meeting.subject}
                  </span>
                  <span className="muted">{formatDateTime(m.meeting.at, zone)}</span>
                </li>
              ))}
              {a.missing.map((gap) => (
                <li key={gap} className="warn-text">
                  {gap}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
