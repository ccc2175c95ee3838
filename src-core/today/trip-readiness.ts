import type { DeckRecord } from '../model';
import { dayIn, instantMs, periodContaining, previousPeriod } from '../time';
import type { DayBook } from './book-slice';
import { meetingsBetween, type MeetingPrep } from './meetings';

export interface TripAccount {
  accountId: string;
  accountName: string;
  meetings: MeetingPrep[];
  /** Local edits not yet on the server (outbox + couldn't-sync list). */
  pendingEdits: number;
  /** QBR periods a deck is expected for (a QBR in the trip) but none was generated. */
  decksMissing: string[];
  /** Plain words for each gap; empty when the account is fully ready offline. */
  missing: string[];
  ready: boolean;
}

export interface TripReadiness {
  from: string;
  to: string;
  accounts: TripAccount[];
  ready: boolean;
}

/**
 * Before a trip: the meetings that fall in it and, per account, whether everything is on the
 * laptop. The book itself is local (IndexedDB), so what can be missing is an edit not yet
 * pushed, or a QBR deck not generated. A QBR reviews the quarter that just ended; a deck for the
 * quarter it is held in also counts (a QBR held late in its quarter reviews that one).
 */
export function tripReadiness(
  book: Pick<DayBook, 'accounts' | 'activities' | 'timeEntries'>,
  pendingByAccount: Readonly<Record<string, number>>,
  decksByAccount: Readonly<Record<string, readonly DeckRecord[]>>,
  from: string,
  to: string,
  zone: string,
): TripReadiness {
  const meetings = meetingsBetween(book, from, to, zone).filter((m) => m.meeting.status === 'scheduled');
  const grouped = new Map<string, MeetingPrep[]>();
  for (const m of meetings) grouped.set(m.accountId, [...(grouped.get(m.accountId) ?? []), m]);
  const accounts = [...grouped.entries()].map(([accountId, list]) => {
    const pendingEdits = pendingByAccount[accountId] ?? 0;
    const decks = (decksByAccount[accountId] ?? []).filter((d) => !d.deleted && d.kind === 'qbr');
    const decksMissing = [
      ...new Set(
        list
          .filter((m) => m.meeting.kind === 'qbr')
          .flatMap((m) => (hasQbrDeck(decks, m.meeting.at, zone) ? [] : [qbrPeriodFor(m.meeting.at, zone)])),
      ),
    ];
    const missing = [
      ...(pendingEdits > 0 ? [`${pendingEdits} edit${pendingEdits === 1 ? '' : 's'} not synced yet`] : []),
      ...decksMissing.map((p) => `QBR deck for ${p} not generated`),
    ];
    return {
      accountId,
      accountName: list[0]?.accountName ?? '',
      meetings: list,
      pendingEdits,
      decksMissing,
      missing,
      ready: missing.length === 0,
    };
  });
  const first = (a: TripAccount) => (a.meetings[0] ? instantMs(a.meetings[0].meeting.at) : 0);
  accounts.sort((a, b) => first(a) - first(b));
  return { from, to, accounts, ready: accounts.every((a) => a.ready) };
}

function qbrPeriodFor(at: string, zone: string): string {
  return previousPeriod(periodContaining(dayIn(at, zone), 'quarter')).key;
}

function hasQbrDeck(decks: readonly DeckRecord[], at: string, zone: string): boolean {
  const current = periodContaining(dayIn(at, zone), 'quarter');
  const accepted = new Set([current.key, previousPeriod(current).key]);
  return decks.some((d) => accepted.has(d.period));
}
