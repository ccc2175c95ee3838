import { describe, expect, it } from 'vitest';
import { emptyBookTables } from '../../../src-core/model';
import { applied, fixture, plan, rowsOf } from './fixture-files';

const files = () =>
  ['companies.csv', 'contacts.csv', 'deals.csv', 'calls.csv', 'meetings.csv', 'notes.csv'].map((f) =>
    fixture(`hubspot/${f}`),
  );

describe('HubSpot exports keyed by "Record ID" with associations', () => {
  it('recognises companies, contacts, deals and engagements and links them by their associations', async () => {
    const result = await plan(files(), emptyBookTables(), { source: 'hubspot' });
    expect(result.files.map((f) => f.kind)).toEqual([
      'hubspot.companies',
      'hubspot.contacts',
      'hubspot.deals',
      'hubspot.calls',
      'hubspot.meetings',
      'hubspot.notes',
    ]);
    expect(result.counts).toEqual({
      accounts: { created: 3, updated: 0, unchanged: 0 },
      contacts: { created: 3, updated: 0, unchanged: 0 },
      opportunities: { created: 3, updated: 0, unchanged: 0 },
      activities: { created: 5, updated: 0, unchanged: 0 },
      notes: { created: 1, updated: 0, unchanged: 0 },
    });
    expect(rowsOf(result, 'accounts').map((a) => [a.id, a.name, a.website, a.industry, a.timezone])).toEqual([
      ['hs-company-9871001', 'Northwind Roofing', 'northwindroofing.com', 'CONSTRUCTION', 'America/Denver'],
      ['hs-company-9871002', 'Lakeside Pet Clinic', 'lakesidepets.com', 'VETERINARY', 'America/Chicago'],
      ['hs-company-9871003', 'Greene & Sons, Landscaping', 'greenesons.com', 'Other', ''],
    ]);
    const deals = rowsOf(result, 'opportunities');
    expect(deals.map((d) => [d.title, d.stage, d.kind, d.amountCents, d.accountId])).toEqual([
      ['Storm-season PPC', 'won', 'upsell', 450_000, 'hs-company-9871001'], // Existing Business → upsell
      ['Second clinic website', 'proposed', 'new_business', 600_000, 'hs-company-9871002'], // "6,000.00", Contract Sent
      ['Email newsletter', 'identified', 'upsell', 90_000, 'hs-company-9871003'], // Appointment Scheduled
    ]);
  });

  it('turns calls, meetings and notes into touchpoints and notes, HTML bodies into text, times read on the CSM clock', async () => {
    const result = await plan(files(), emptyBookTables());
    const [storm] = rowsOf(result, 'activities');
    expect(storm).toMatchObject({
      id: 'hs-call-3300101',
      kind: 'call',
      direction: 'outbound',
      // "2026-09-03 16:20" in Chicago (CDT, UTC-5) = 21:20 UTC; "00:22:30" = 22.5 → 23 minutes
      at: '2026-09-03T21:20:00.000Z',
      durationMinutes: 23,
      outcome: 'Connected — Roof leads up after the hail storm.\nWants more budget & a weekly report.',
      attendeeIds: ['hs-contact-51001'],
    });
    const meetings = rowsOf(result, 'activities').filter((a) => String(a.id).startsWith('hs-meeting'));
    expect(meetings.map((m) => [m.kind, m.status, m.durationMinutes])).toEqual([
      ['qbr', 'completed', 60],
      ['meeting', 'scheduled', 30],
      ['meeting', 'cancelled', 60],
    ]);
    expect(rowsOf(result, 'notes')[0]).toMatchObject({
      body: 'Owner is thinking about a second crew.\n• Ask about capacity\n• Offer LSA',
      authorName: 'Sam Rivera',
    });
  });

  it('reports the contact of a company outside the book and the note with no text', async () => {
    const result = await plan(files(), emptyBookTables());
    expect(result.issues).toEqual([
      {
        file: 'contacts.csv',
        row: 5,
        kind: 'outside',
        reason: 'names account "Elsewhere Inc" (4440001), which is not in your book',
      },
      { file: 'notes.csv', row: 3, kind: 'skipped', reason: 'has no text' },
    ]);
  });

  it('changes nothing on a second import', async () => {
    const book = applied(emptyBookTables(), await plan(files(), emptyBookTables()));
    const again = await plan(files(), book);
    expect(again.writes).toEqual([]);
    expect(Object.values(again.counts).every((c) => c.created === 0 && c.updated === 0)).toBe(true);
  });
});
