import { accountHealth } from '../../../../src-core/health';
import { describe, expect, it } from 'vitest';
import { talkingPoints } from '../../../../src-core/prep';
import { DEFAULT_SETTINGS } from '../../../../src-core/settings';
import { parsePeriod } from '../../../../src-core/time';
import { defaultAgenda } from '../../../../src-renderer/features/prep/agenda-draft';
import { daysToBirthday } from '../../../../src-renderer/features/prep/PeopleSection';
import { nextMeeting, prepView } from '../../../../src-renderer/features/prep/prep-view';
import { chartedMetrics } from '../../../../src-renderer/features/prep/charted-metrics';
import { makeAccountData, makeActivity, makeGoal, makeSeries } from '../../../src-core/today/fixtures';

describe('the meeting the prep is for', () => {
  const activities = [
    makeActivity({ id: 'held', status: 'completed', at: '2026-09-03T15:00:00.000Z' }),
    makeActivity({ id: 'running-late', at: '2026-09-10T13:30:00.000Z' }),
    makeActivity({ id: 'later', at: '2026-09-17T15:00:00.000Z' }),
    makeActivity({ id: 'call', kind: 'call', at: '2026-09-10T14:30:00.000Z' }),
  ];
  // Calls are meetings (issue 15): the 14:30 call is what prep opens on once the 13:30 one is past the grace.
  it('is the next scheduled call or meeting, or one that started less than two hours ago', () => {
    expect(nextMeeting(activities, '2026-09-10T15:00:00.000Z')?.id).toBe('running-late');
    expect(nextMeeting(activities, '2026-09-10T16:00:00.000Z')?.id).toBe('call');
    expect(nextMeeting(activities, '2026-09-10T17:00:00.000Z')?.id).toBe('later');
    expect(nextMeeting([], '2026-09-10T16:00:00.000Z')).toBeNull();
  });

  it('measures "what changed" from the last meeting held', () => {
    const data = makeAccountData({ activities });
    const now = '2026-09-10T16:00:00.000Z';
    const health = accountHealth(data, now, DEFAULT_SETTINGS);
    const view = prepView(data, now, '2026-09-10', DEFAULT_SETTINGS, health, [
      { title: 'Payment late', raisedAt: '2026-09-05T08:00:00.000Z' },
    ]);
    expect(view.health).toBe(health);
    expect(view.lastMeeting?.id).toBe('held');
    expect(view.changed.since).toBe('2026-09-03T15:00:00.000Z');
    expect(view.changed.warnings.map((w) => w.title)).toEqual(['Payment late']);
    expect(view.period.key).toBe('2026-Q3');
    expect(view.insight.subject).toBe('Bright Smiles Dental: your August 2026 update');
  });
});

describe('prep helpers', () => {
  it('counts the days to a birthday, wrapping to next year', () => {
    expect(daysToBirthday('2026-09-10', '09-24')).toBe(14);
    expect(daysToBirthday('2026-12-30', '01-02')).toBe(3);
    expect(daysToBirthday('2026-09-10', '09-10')).toBe(0);
    expect(daysToBirthday('2026-03-10', '02-29')).toBe(356);
  });

  it('charts the goal’s metric first, then leads, traffic and calls, at most three', () => {
    const data = makeAccountData({
      metrics: ['calls', 'leads', 'ad_spend', 'organic_traffic', 'booked_jobs'].map((m) =>
        makeSeries(m as 'leads', '2026-07-06', [1], [1]),
      ),
      goals: [makeGoal({ metric: 'organic_traffic' })],
    });
    expect(chartedMetrics(data).map((c) => c.metric)).toEqual(['organic_traffic', 'leads', 'calls']);
  });

  it('charts the metric that moved most first, even when it is not the goal or health metric', () => {
    // Q3 2026 against Q2: organic traffic 100 → 150 a week (+50%), leads 20 → 21 (+5%, flat).
    const weeks = (first: number, second: number) => [...Array(13).fill(first), ...Array(13).fill(second)];
    const data = makeAccountData({
      metrics: [
        makeSeries('leads', '2026-03-30', weeks(20, 21), weeks(25, 25)),
        makeSeries('organic_traffic', '2026-03-30', weeks(100, 150), weeks(120, 120)),
        makeSeries('calls', '2026-03-30', weeks(10, 10), weeks(10, 10)),
      ],
    });
    expect(chartedMetrics(data, parsePeriod('2026-Q3')).map((c) => c.metric)).toEqual([
      'organic_traffic',
      'leads',
      'calls',
    ]);
    // Without a period nothing has moved: leads, then the traffic that feeds them, then calls.
    expect(chartedMetrics(data).map((c) => c.metric)).toEqual(['leads', 'organic_traffic', 'calls']);
  });

  it('charts a metric kept for one channel from that channel, as the funnel reads it (the HVAC seed)', () => {
    // A multi-channel account (seed 001): leads by organic and paid, flat; organic traffic kept for organic
    // only, 100 → 150 a week (+50%). No account-wide traffic series exists, yet traffic is the story.
    const weeks = (first: number, second: number) => [...Array(13).fill(first), ...Array(13).fill(second)];
    const data = makeAccountData({
      metrics: [
        makeSeries('leads', '2026-03-30', weeks(20, 20), weeks(25, 25)),
        makeSeries('leads', '2026-03-30', weeks(12, 12), weeks(15, 15), { id: 'lo', channel: 'organic' }),
        makeSeries('leads', '2026-03-30', weeks(8, 8), weeks(10, 10), { id: 'lp', channel: 'paid' }),
        makeSeries('organic_traffic', '2026-03-30', weeks(100, 150), weeks(120, 120), { channel: 'organic' }),
      ],
    });
    expect(chartedMetrics(data, parsePeriod('2026-Q3'))).toEqual([
      { metric: 'organic_traffic', channel: 'organic' },
      { metric: 'leads', channel: 'all' },
    ]);
  });

  it('drafts an agenda from the talking points', () => {
    const data = makeAccountData({
      metrics: [
        makeSeries(
          'leads',
          '2026-04-06',
          [...Array<number>(13).fill(5), ...Array<number>(13).fill(4)],
          Array<number>(26).fill(6),
        ),
      ],
    });
    const agenda = defaultAgenda(talkingPoints(data, parsePeriod('2026-Q3'), '2026-10-05T12:00:00.000Z').client);
    expect(agenda).toBe(
      [
        '1. Wins since last time',
        '2. What needs work and our plan',
        '   - Leads below target: 52 against a target of 78 this quarter (67%); down 20% from 65 last quarter.',
        "3. What we're working on next",
        '4. Questions and next steps',
      ].join('\n'),
    );
  });
});
