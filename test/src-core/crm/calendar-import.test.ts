import { describe, expect, it } from 'vitest';
import { emptyBookTables, type BookTables } from '../../../src-core/model';
import { applied, fixture, plan, rowsOf } from './fixture-files';

async function book(files = ['Account.csv', 'Contact.csv']): Promise<BookTables> {
  return applied(emptyBookTables(), await plan(files.map((f) => fixture(`salesforce/${f}`))));
}

describe('calendars (.ics) from Outlook and Google', () => {
  it('matches meetings to accounts by contact email or attendee domain, in the zone the file gives', async () => {
    const result = await plan([fixture('calendar/outlook.ics'), fixture('calendar/google.ics')], await book());
    const meetings = rowsOf(result, 'activities');
    const review = meetings.find((m) => m.subject === 'Monthly review - Bright Smiles');
    // 11:00 "Eastern Standard Time" (Outlook's own VTIMEZONE) on 20 Aug is EDT, UTC-4 → 15:00 UTC
    expect(review).toMatchObject({
      accountId: 'sf-0015g00000BrtSmAAJ',
      at: '2026-08-20T15:00:00.000Z',
      durationMinutes: 60,
      status: 'completed',
      attendeeIds: ['sf-0035g00000DrLeeAAF'],
    });
    const qbr = meetings.find((m) => String(m.subject).startsWith('QBR'));
    // 10:00 America/Chicago on 3 Nov is CST (after the 1 Nov change), UTC-6 → 16:00 UTC; in the future: planned
    expect(qbr).toMatchObject({
      kind: 'qbr',
      status: 'scheduled',
      at: '2026-11-03T16:00:00.000Z',
      attendeeIds: ['sf-0035g00000OfMgrAAF'],
    });
    // dana.ruiz@ is not a contact, but peakcomforthvac.com is the account's website
    expect(meetings.find((m) => m.subject === 'Budget check')).toMatchObject({
      accountId: 'sf-0015g00000HvacPAAR',
      attendeeIds: [],
    });
  });

  it('expands a weekly meeting into its occurrences, leaving out the deleted one and moving the rescheduled one', async () => {
    const result = await plan([fixture('calendar/outlook.ics')], await book());
    const sync = rowsOf(result, 'activities').filter((m) => String(m.subject).startsWith('Weekly sync'));
    // Tuesdays 1 Sep – 27 Oct at 09:00 EDT (13:00 UTC), without 15 Sep (EXDATE), 22 Sep moved to Wed 23 Sep 14:00
    expect(sync.map((m) => [m.at, m.subject])).toEqual([
      ['2026-09-01T13:00:00.000Z', 'Weekly sync - Peak Comfort'],
      ['2026-09-08T13:00:00.000Z', 'Weekly sync - Peak Comfort'],
      ['2026-09-23T18:00:00.000Z', 'Weekly sync - Peak Comfort (moved)'],
      ['2026-09-29T13:00:00.000Z', 'Weekly sync - Peak Comfort'],
      ['2026-10-06T13:00:00.000Z', 'Weekly sync - Peak Comfort'],
      ['2026-10-13T13:00:00.000Z', 'Weekly sync - Peak Comfort'],
      ['2026-10-20T13:00:00.000Z', 'Weekly sync - Peak Comfort'],
      ['2026-10-27T13:00:00.000Z', 'Weekly sync - Peak Comfort'],
    ]);
    // before "now" (14 Sep) completed, after it planned
    expect(sync.map((m) => m.status)).toEqual(['completed', 'completed', ...Array(6).fill('scheduled')]);
  });

  it('leaves out all-day events and meetings with no one from the book, saying so', async () => {
    const result = await plan([fixture('calendar/outlook.ics'), fixture('calendar/google.ics')], await book());
    expect(result.issues).toEqual([
      {
        file: 'google.ics',
        row: 3,
        kind: 'outside',
        reason: '"Coffee" on Sep 10, 2026 has no attendee from an account in your book',
      },
      { file: 'outlook.ics', row: 3, kind: 'skipped', reason: '"Labor Day" is an all-day event, not a meeting' },
      {
        file: 'outlook.ics',
        row: 4,
        kind: 'outside',
        reason: '"Agency all-hands" on Sep 16, 2026 has no attendee from an account in your book',
      },
    ]);
  });

  it('adds no second meeting when the CRM already has it, and a second import changes nothing', async () => {
    const withEvents = await book(['Account.csv', 'Contact.csv', 'Event.csv']);
    const result = await plan([fixture('calendar/outlook.ics')], withEvents);
    // the Salesforce event "Monthly review" is at the same instant as the Outlook one
    expect(rowsOf(result, 'activities').some((m) => String(m.subject).startsWith('Monthly review'))).toBe(false);
    const again = await plan([fixture('calendar/outlook.ics')], applied(withEvents, result));
    expect(again.writes).toEqual([]);
  });
});
