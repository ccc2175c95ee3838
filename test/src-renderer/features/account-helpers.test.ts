import { describe, expect, it } from 'vitest';
import { toActivityInput } from '../../../src-renderer/features/account/activity-form';
import { currentContract } from '../../../src-renderer/features/account/current-contract';
import { invoiceStatus, invoiceStatusLabel } from '../../../src-renderer/features/account/invoice-status';
import { latestPoint, metricOptions } from '../../../src-renderer/features/account/kpi-points';
import { buildTimeline } from '../../../src-renderer/features/account/timeline';
import { makeActivity, makeContract, makeInvoice, makeSeries, makeTicket } from './builders';

describe('the account timeline', () => {
  it('merges touchpoints and tickets by date, newest first, in the CSM’s words', () => {
    const items = buildTimeline(
      [
        makeActivity({
          id: 'm1',
          kind: 'meeting',
          status: 'completed',
          at: '2026-09-10T15:00:00Z',
          subject: 'Monthly review',
          durationMinutes: 30,
          outcome: 'Agreed on PPC test',
        }),
        makeActivity({
          id: 'm2',
          kind: 'meeting',
          status: 'no_show',
          at: '2026-10-08T15:00:00Z',
          subject: 'Bi-weekly sync',
          durationMinutes: 0,
        }),
        makeActivity({
          id: 'e1',
          kind: 'email',
          status: 'completed',
          at: '2026-10-01T08:00:00Z',
          subject: 'Weekly performance email',
          durationMinutes: 0,
        }),
        makeActivity({
          id: 'q1',
          kind: 'qbr',
          status: 'scheduled',
          at: '2026-12-02T16:00:00Z',
          subject: 'Q4 QBR',
          durationMinutes: 60,
        }),
        makeActivity({ id: 'gone', deleted: true, at: '2026-11-01T08:00:00Z' }),
      ],
      [
        makeTicket({
          id: 't1',
          openedAt: '2026-10-05T09:00:00-05:00',
          subject: 'Form not sending',
          priority: 'high',
          channel: 'email',
        }),
      ],
    );
    expect(items.map((i) => [i.key, i.status, i.tone])).toEqual([
      ['activity:q1', 'scheduled', 'upcoming'],
      ['activity:m2', 'no-show', 'bad'],
      ['ticket:t1', 'open', 'bad'],
      ['activity:e1', 'sent', 'good'],
      ['activity:m1', 'kept', 'good'],
    ]);
    expect(items[4]!.detail).toBe('30 min · Agreed on PPC test');
    expect(items[2]!.detail).toBe('High priority · Email · not answered yet');
    // Only the open ticket can be marked resolved from the timeline; touchpoints cannot.
    expect(items.map((i) => i.openTicketId)).toEqual([null, null, 't1', null, null]);
    const [done] = buildTimeline(
      [],
      [makeTicket({ id: 't2', status: 'resolved', resolvedAt: '2026-10-06T09:00:00Z' })],
    );
    expect(done!.openTicketId).toBeNull();
  });

  it('spells out a monthly insight in its three parts', () => {
    const [item] = buildTimeline(
      [
        makeActivity({
          kind: 'monthly_insight',
          durationMinutes: 0,
          insight: { working: 'Calls up 20%', needsWork: 'Form leads', workingOn: 'New landing page' },
        }),
      ],
      [],
    );
    expect(item!.detail).toBe(
      "What's working: Calls up 20% · What needs work: Form leads · What we're working on: New landing page",
    );
  });
});

describe('invoice status', () => {
  const today = '2026-11-22';
  it('says how late an invoice was paid, or how overdue it is', () => {
    expect(invoiceStatus(makeInvoice({ dueDate: '2026-08-31', paidAt: '2026-08-30' }), today)).toEqual({
      state: 'paid',
      daysLate: 0,
    });
    expect(invoiceStatus(makeInvoice({ dueDate: '2026-08-31', paidAt: '2026-09-14' }), today)).toEqual({
      state: 'paid_late',
      daysLate: 14,
    });
    expect(invoiceStatus(makeInvoice({ dueDate: '2026-11-01', paidAt: null }), today)).toEqual({
      state: 'overdue',
      daysLate: 21,
    });
    expect(invoiceStatus(makeInvoice({ dueDate: '2026-11-22', paidAt: null }), today)).toEqual({
      state: 'due',
      daysLate: 0,
    });
  });

  it('labels them in words', () => {
    expect(invoiceStatusLabel({ state: 'paid_late', daysLate: 1 })).toBe('Paid 1 day late');
    expect(invoiceStatusLabel({ state: 'overdue', daysLate: 21 })).toBe('Overdue 21 days');
    expect(invoiceStatusLabel({ state: 'due', daysLate: 0 })).toBe('Not yet due');
  });
});

describe('the current contract', () => {
  const today = '2026-11-22';
  it('is the active contract covering today', () => {
    const old = makeContract({ id: 'old', status: 'renewed', startDate: '2025-01-01', renewalDate: '2025-12-31' });
    const live = makeContract({ id: 'live', status: 'active', startDate: '2026-01-01', renewalDate: '2026-12-31' });
    expect(currentContract([old, live], today)?.id).toBe('live');
  });

  it('falls back to the most recent contract when none is active, and to null when there is none', () => {
    const a = makeContract({ id: 'a', status: 'cancelled', startDate: '2024-01-01', renewalDate: '2024-12-31' });
    const b = makeContract({ id: 'b', status: 'expired', startDate: '2025-01-01', renewalDate: '2025-12-31' });
    expect(currentContract([a, b], today)?.id).toBe('b');
    expect(currentContract([], today)).toBeNull();
    expect(currentContract([makeContract({ deleted: true })], today)).toBeNull();
  });
});

describe('KPI picker and latest week', () => {
  it('offers only the metric and channel pairs the account has, in model order', () => {
    const options = metricOptions([
      makeSeries({ id: '1', metric: 'organic_traffic', channel: 'organic' }),
      makeSeries({ id: '2', metric: 'leads', channel: 'paid' }),
      makeSeries({ id: '3', metric: 'leads', channel: 'all' }),
      makeSeries({ id: '4', metric: 'leads', channel: 'all', year: 2025 }),
      makeSeries({ id: '5', metric: 'calls', channel: 'all', deleted: true }),
    ]);
    expect([...options.entries()]).toEqual([
      ['leads', ['all', 'paid']],
      ['organic_traffic', ['organic']],
    ]);
  });

  it('finds the most recent week that has a value', () => {
    const points = [
      { date: '2026-11-02', value: 12, target: 20 },
      { date: '2026-11-09', value: 17, target: 30 },
      { date: '2026-11-16', value: null, target: 30 },
    ];
    expect(latestPoint(points)).toEqual({ date: '2026-11-09', value: 17, target: 30 });
    expect(latestPoint([{ date: '2026-11-16', value: null, target: 30 }])).toBeNull();
  });
});

describe('the Log activity form', () => {
  it('becomes the writer’s input: an instant, whole minutes, trimmed text', () => {
    const input = toActivityInput('acc-1', {
      kind: 'email',
      status: 'completed',
      direction: 'two_way',
      at: '2026-11-20T14:30',
      durationMinutes: '5',
      subject: '  Weekly performance email ',
      outcome: ' Sent the report ',
      attendeeIds: ['c-1'],
    });
    expect(input).toEqual({
      accountId: 'acc-1',
      kind: 'email',
      status: 'completed',
      direction: 'outbound',
      at: new Date(2026, 10, 20, 14, 30).toISOString(),
      durationMinutes: 5,
      subject: 'Weekly performance email',
      outcome: 'Sent the report',
      attendeeIds: ['c-1'],
      insight: null,
    });
  });

  it('passes an unreadable duration on as invalid so the store refuses it with a reason', () => {
    const input = toActivityInput('acc-1', {
      kind: 'call',
      status: 'completed',
      direction: 'two_way',
      at: '2026-11-20T14:30',
      durationMinutes: 'abc',
      subject: 'Call',
      outcome: '',
      attendeeIds: [],
    });
    expect(input.durationMinutes).toBe(-1);
  });
});
