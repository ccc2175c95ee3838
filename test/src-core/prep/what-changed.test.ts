import { describe, expect, it } from 'vitest';
import { lastMeetingBefore, whatChangedSince } from '../../../src-core/prep';
import {
  makeAccountData,
  makeActivity,
  makeFeedback,
  makeInvoice,
  makeNote,
  makeSeries,
  makeTicket,
} from '../today/fixtures';

const SINCE = '2026-08-20T15:00:00.000Z';
const NOW = '2026-09-10T12:00:00.000Z';

describe('whatChangedSince', () => {
  // Weeks of 3 Aug–17 Aug (before the meeting): 16 leads a week; 24 Aug–7 Sep (since): 12 a week.
  const data = makeAccountData({
    metrics: [
      makeSeries('leads', '2026-07-27', [20, 16, 16, 16, 12, 12, 12], [15, 15, 15, 15, 15, 15, 15]),
      makeSeries('calls', '2026-07-27', [9, 9, 9, 9], [10, 10, 10, 10]),
      makeSeries('top10_rankings', '2026-07-27', [10, 10, 10, 10, 12, 13, 14], [12, 12, 12, 12, 12, 12, 12]),
    ],
    tickets: [
      makeTicket({ id: 't-old', openedAt: '2026-08-01T10:00:00.000Z' }),
      makeTicket({ id: 't-new', openedAt: '2026-08-25T10:00:00.000Z', subject: 'Calls not tracked' }),
    ],
    notes: [
      makeNote({ id: 'n-old', createdAt: '2026-08-01T10:00:00.000Z' }),
      makeNote({ id: 'n-new', createdAt: '2026-09-03T10:00:00.000Z' }),
    ],
    invoices: [
      makeInvoice({ id: 'paid', number: 'INV-7', dueDate: '2026-08-30', paidAt: '2026-08-28' }),
      makeInvoice({ id: 'late', number: 'INV-8', dueDate: '2026-09-01', paidAt: null }),
      makeInvoice({ id: 'not-yet', number: 'INV-9', dueDate: '2026-09-15', paidAt: null }),
      makeInvoice({ id: 'old', number: 'INV-6', dueDate: '2026-07-30', paidAt: '2026-07-29' }),
    ],
    feedback: [
      makeFeedback({ id: 'f-new', date: '2026-09-02', nps: 6 }),
      makeFeedback({ id: 'f-old', date: '2026-08-01' }),
    ],
  });

  it('gives each KPI’s movement since the meeting, with its numbers', () => {
    const changed = whatChangedSince(data, SINCE, NOW);
    expect(changed.kpis.map((k) => k.text)).toEqual([
      'Leads: 12 a week since the last meeting, down 25% from 16 a week before.',
      'Top-10 rankings: 13 since the last meeting, up 30% from 10 before.',
    ]);
    expect(changed.kpis.map((k) => k.performance)).toEqual(['worsening', 'improving']);
  });

  it('leaves out a KPI with no data since the meeting instead of showing zero', () => {
    expect(whatChangedSince(data, SINCE, NOW).kpis.map((k) => k.metric)).not.toContain('calls');
  });

  it('lists the tickets, notes, payments, feedback and warnings since the meeting', () => {
    const changed = whatChangedSince(data, SINCE, NOW, [
      { title: 'Payment late: INV-8', raisedAt: '2026-09-02T08:00:00.000Z' },
      { title: 'Old warning', raisedAt: '2026-08-01T08:00:00.000Z' },
    ]);
    expect(changed.newTickets.map((t) => t.id)).toEqual(['t-new']);
    expect(changed.notes.map((n) => n.id)).toEqual(['n-new']);
    expect(changed.payments.paid.map((i) => i.number)).toEqual(['INV-7']);
    expect(changed.payments.becameOverdue.map((i) => i.number)).toEqual(['INV-8']);
    expect(changed.feedback.map((f) => f.id)).toEqual(['f-new']);
    expect(changed.warnings.map((w) => w.title)).toEqual(['Payment late: INV-8']);
    expect(changed.quiet).toBe(false);
  });

  it('invents nothing for an account with no data', () => {
    const changed = whatChangedSince(makeAccountData(), SINCE, NOW);
    expect(changed).toMatchObject({
      kpis: [],
      newTickets: [],
      notes: [],
      feedback: [],
      warnings: [],
      payments: { paid: [], becameOverdue: [] },
      quiet: true,
    });
  });
});

describe('lastMeetingBefore', () => {
  it('is the last call or meeting actually held, not a skipped or future one', () => {
    const activities = [
      makeActivity({ id: 'held', status: 'completed', at: '2026-08-20T15:00:00.000Z' }),
      makeActivity({ id: 'skipped', status: 'no_show', at: '2026-09-03T15:00:00.000Z' }),
      makeActivity({ id: 'call', kind: 'call', status: 'completed', at: '2026-09-04T15:00:00.000Z' }),
      makeActivity({ id: 'next', status: 'scheduled', at: '2026-09-17T15:00:00.000Z' }),
    ];
    // The call on Sep 4 was held (calls are meetings); the Sep 3 meeting was a no-show.
    expect(lastMeetingBefore(activities, NOW)).toBe('2026-09-04T15:00:00.000Z');
    expect(lastMeetingBefore([], NOW)).toBeNull();
  });
});
