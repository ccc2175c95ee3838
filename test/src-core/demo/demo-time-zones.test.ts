import { describe, expect, it } from 'vitest';
import { generateDemoBook } from '../../../src-core/demo';
import { AS_OF, OWNER, demoBook, localDay, localMinute } from './fixture';

const MEETINGS = new Set(['call', 'meeting', 'qbr']);

describe('demo book: every client on its own clock', () => {
  const book = demoBook();
  const zoneOf = new Map(book.tables.accounts.map((a) => [a.id, a.timezone]));

  it('has clients in several zones, Columbus on Eastern time', () => {
    expect(new Set(zoneOf.values()).size).toBeGreaterThanOrEqual(3);
    for (const a of book.tables.accounts.filter((x) => x.city === 'Columbus'))
      expect(a.timezone).toBe('America/New_York');
  });

  it('holds every call, meeting and QBR inside the client’s local business hours (09:00–17:30), never at 6 AM', () => {
    const outside = book.tables.activities.filter((a) => {
      if (!MEETINGS.has(a.kind)) return false;
      const minute = localMinute(a.at, zoneOf.get(a.accountId)!);
      return minute < 9 * 60 || minute + a.durationMinutes > 17 * 60 + 30;
    });
    expect(outside.map((a) => [a.kind, a.at, zoneOf.get(a.accountId)])).toEqual([]);
  });

  it('stamps every instant with a zone (UTC), never as wall-clock text', () => {
    const instants = book.tables.activities.map((a) => a.at).concat(book.tables.tickets.map((t) => t.openedAt));
    expect(instants.filter((t) => !t.endsWith('Z'))).toEqual([]);
  });
});

describe('demo book opened at 08:35 in Chicago', () => {
  // 08:35 CST on Friday 20 November = 14:35Z.
  const now = '2026-11-20T14:35:00.000Z';
  const book = generateDemoBook({
    seed: 'fieldbook-demo',
    asOf: AS_OF,
    now,
    timeZone: 'America/Chicago',
    owner: OWNER,
  });

  it('has done nothing later than now, and logs only the time of what is done', () => {
    const done = book.tables.activities.filter((a) => a.status !== 'scheduled');
    expect(done.filter((a) => a.at > now)).toEqual([]);
    const todayMinutes = book.tables.timeEntries.filter((e) => e.date === AS_OF).reduce((t, e) => t + e.minutes, 0);
    // Only the clients east of Chicago can have met before 08:35 CST (09:00–09:35 Eastern): far from six hours.
    expect(todayMinutes).toBeLessThan(2 * 60);
  });

  it('logs time on the CSM’s own day, not UTC’s', () => {
    // Late-afternoon meetings with West-coast clients end after midnight UTC, on the Chicago CSM's same day.
    const lateMeetings = book.tables.activities.filter(
      (a) =>
        MEETINGS.has(a.kind) &&
        a.status === 'completed' &&
        localDay(a.at, 'America/Chicago') >= '2026-09-25' &&
        localDay(a.at, 'America/Chicago') !== a.at.slice(0, 10),
    );
    expect(lateMeetings.length).toBeGreaterThan(0);
    for (const m of lateMeetings) {
      const day = localDay(m.at, 'America/Chicago');
      expect(book.tables.timeEntries.some((e) => e.accountId === m.accountId && e.date === day)).toBe(true);
    }
  });
});
