import { describe, expect, it } from 'vitest';
import {
  accountHealth,
  applyWhatIf,
  bandOfScore,
  healthInputs,
  healthSnapshots,
  scoreHealth,
  trendOf,
} from '../../../src-core/health';
import { DEFAULT_SETTINGS } from '../../../src-core/settings';
import {
  makeActivity,
  makeFeedback,
  makeInvoice,
  makeOpportunity,
  makeOverride,
  makeTask,
  weeklySeries,
} from './builders';
import { atRiskAccount, healthyAccount, NOW } from './fixtures';

const S = DEFAULT_SETTINGS;
const points = (h: ReturnType<typeof accountHealth>) => Object.fromEntries(h.measures.map((m) => [m.key, m.points]));

describe('health score', () => {
  it('scores a healthy account Green with each measure’s points', () => {
    const h = accountHealth(healthyAccount(), NOW, S);
    // Sentiment: mean of NPS 9 (100), CSAT 5 (100) and pulse 4 (75) = 91.7 → 92.
    expect(points(h)).toEqual({ results: 100, engagement: 100, sentiment: 92, commercial: 100 });
    // 0.3·100 + 0.3·100 + 0.2·92 + 0.2·100 = 98.4
    expect(h.score).toBe(98);
    expect(h.band).toBe('green');
    expect(h.largestDrag).toEqual({ key: 'sentiment', label: 'Sentiment', lostPoints: 2 });
    expect(h.whatWouldMoveIt).toBeNull();
  });

  it('scores the HVAC-like account Yellow and says why, with numbers', () => {
    const h = accountHealth(atRiskAccount(), NOW, S);
    // Results: 80% of target, flat below target → 80 − 10. Engagement: 30 days since touch with 14
    // allowed → 100 − 16/28·100 = 43; 1 of 3 meetings kept → 33.3; mean 38. Sentiment: NPS 7 (70)
    // and pulse 3 (50) → 60. Commercial: renewal in 60 days without a plan → 70.
    expect(points(h)).toEqual({ results: 70, engagement: 38, sentiment: 60, commercial: 70 });
    expect(h.score).toBe(58); // 21 + 11.4 + 12 + 14 = 58.4
    expect(h.band).toBe('yellow');
    expect(h.largestDrag).toEqual({ key: 'engagement', label: 'Engagement', lostPoints: 19 });
    expect(h.reasons).toEqual([
      'No two-way touch for 30 days (cadence allows 14)',
      '2 of 3 meetings skipped in the last 90 days',
      'Last 2 monthly reviews skipped',
      'Leads at 80% of target (260 of 325 in the last 90 days)',
      'Leads flat (0%) while below target',
      'Organic traffic up 15% but leads not following',
      'Renewal in 60 days with no renewal plan',
    ]);
  });

  it.each([
    [75, 'green'],
    [74, 'yellow'],
    [50, 'yellow'],
    [49, 'red'],
    [0, 'red'],
    [100, 'green'],
  ] as const)('puts a score of %i in the %s band', (score, band) => {
    expect(bandOfScore(score, S.health.bands)).toBe(band);
  });

  it('uses configured band thresholds', () => {
    expect(bandOfScore(79, { green: 80, yellow: 60 })).toBe('yellow');
    expect(bandOfScore(59, { green: 80, yellow: 60 })).toBe('red');
  });

  it('counts unpaid late invoices, late payments and downgrade requests against Commercial', () => {
    const data = healthyAccount({
      signals: [{ kind: 'downgrade_request', date: '2026-09-10', note: 'Wants to drop content' }],
    });
    data.invoices = [
      makeInvoice({ dueDate: '2026-09-01', paidAt: null, amountCents: 300_000 }),
      makeInvoice({ dueDate: '2026-08-01', paidAt: '2026-08-20' }),
      makeInvoice({ dueDate: '2026-09-25', paidAt: null }), // not yet past the 7-day grace
    ];
    const h = accountHealth(data, NOW, S);
    expect(points(h).commercial).toBe(35); // 100 − 25 − 10 − 30
    expect(h.measures.find((m) => m.key === 'commercial')!.reasons.map((r) => r.text)).toEqual([
      '1 invoice unpaid past due ($3,000)',
      '1 invoice paid late in the last 90 days',
      'Downgrade requested',
    ]);
  });

  it('scores the latest feedback once and takes 15 off for each earlier negative answer', () => {
    const data = healthyAccount();
    data.feedback = [
      makeFeedback({ date: '2026-07-10', nps: 4, csat: 2 }),
      makeFeedback({ date: '2026-09-10', nps: 5, csat: 3 }),
    ];
    const h = accountHealth(data, NOW, S);
    // NPS 5 → 25, CSAT 3 → 50, pulse 4 → 75: mean 50, less 15 for July's detractor answer.
    expect(points(h).sentiment).toBe(35);
    expect(h.measures.find((m) => m.key === 'sentiment')!.reasons.map((r) => r.text)).toEqual([
      'Latest NPS 5 (detractor)',
      'Latest CSAT 3/5',
      'CSM pulse 4/5',
      '1 more negative feedback in the last 90 days',
    ]);
  });

  it('leaves Results out of the score when there are no results, rather than inventing points', () => {
    const data = healthyAccount();
    data.metrics = [];
    const h = accountHealth(data, NOW, S);
    expect(points(h).results).toBeNull();
    expect(h.score).toBe(98); // (0.3·100 + 0.2·92 + 0.2·100) ÷ 0.7 = 68.4 ÷ 0.7 = 97.7
  });
});

describe('risk flags', () => {
  it('caps a Green account at Yellow on competitor interest, keeping the score', () => {
    const h = accountHealth(
      healthyAccount({ signals: [{ kind: 'competitor_interest', date: '2026-09-20', note: 'Got a pitch' }] }),
      NOW,
      S,
    );
    expect(h.score).toBe(98);
    expect(h.band).toBe('yellow');
    expect(h.reasons[0]).toBe('Competitor interest: band capped at Yellow');
    expect(h.whatWouldMoveIt?.changes.map((c) => c.key)).toEqual(['competitor_resolved']);
  });

  it('sets Red on a cancellation threat whatever the score', () => {
    const h = accountHealth(
      healthyAccount({ signals: [{ kind: 'cancellation_threat', date: '2026-09-28', note: 'Said they may cancel' }] }),
      NOW,
      S,
    );
    expect(h.score).toBe(98);
    expect(h.band).toBe('red');
    expect(h.whatWouldMoveIt?.toBand).toBe('yellow');
  });

  it('lets signals older than the 90-day look-back fade', () => {
    const h = accountHealth(
      healthyAccount({ signals: [{ kind: 'competitor_interest', date: '2026-06-01', note: '' }] }),
      NOW,
      S,
    );
    expect(h.band).toBe('green');
  });
});

describe('what would move it', () => {
  it('names the smallest change set that reaches the next band, found by re-scoring', () => {
    const h = accountHealth(atRiskAccount(), NOW, S);
    expect(h.whatWouldMoveIt).toEqual({
      toBand: 'green',
      changes: [
        { key: 'kpi_to_target', label: 'leads back to target (325 in 90 days)' },
        { key: 'kept_meetings', label: '2 kept meetings in the next 30 days' },
      ],
      score: 80,
      summary: 'Leads back to target (325 in 90 days) and 2 kept meetings in the next 30 days → Green',
    });
    const moved = scoreHealth(
      applyWhatIf(
        h.inputs,
        h.whatWouldMoveIt!.changes.map((c) => c.key),
        S,
      ),
      S,
    );
    expect(moved.band).toBe('green');
  });

  it('really moves the account when the CSM does it: two kept meetings and leads back on target', () => {
    const data = atRiskAccount();
    data.activities.push(
      makeActivity({ at: '2026-09-29T15:00:00.000Z' }),
      makeActivity({ at: '2026-09-30T09:00:00.000Z' }),
    );
    data.metrics = [
      ...weeklySeries('leads', 'all', '2026-03-30', '2026-09-28', (d) => [d >= '2026-07-03' ? 25 : 20, 25]),
      ...data.metrics.filter((m) => m.metric !== 'leads'),
    ];
    const h = accountHealth(data, NOW, S);
    expect(h.score).toBe(80);
    expect(h.band).toBe('green');
  });

  it('counts renewal work under way as a plan, but not a mere pipeline entry or an open reminder', () => {
    const data = atRiskAccount();
    data.opportunities = [
      makeOpportunity({ kind: 'renewal', title: 'Renewal 2027', stage: 'identified', createdAt: '2026-09-15' }),
    ];
    data.tasks = [makeTask({ title: 'Start the renewal plan', status: 'open' })];
    expect(healthInputs(data, NOW, S).renewalPlanned).toBe(false);
    data.opportunities = [
      makeOpportunity({ kind: 'renewal', title: 'Renewal 2027', stage: 'proposed', createdAt: '2026-09-15' }),
    ];
    expect(healthInputs(data, NOW, S).renewalPlanned).toBe(true);
    data.opportunities = [];
    data.tasks = [
      makeTask({ title: 'Send renewal proposal', status: 'done', completedAt: '2026-09-20T10:00:00.000Z' }),
    ];
    expect(healthInputs(data, NOW, S).renewalPlanned).toBe(true);
  });
});

describe('overrides', () => {
  it('shows the override band until it expires, with the computed score beside it', () => {
    const data = atRiskAccount();
    data.healthOverrides = [makeOverride({ band: 'green', expiresAt: '2026-10-15' })];
    const h = accountHealth(data, NOW, S);
    expect(h).toMatchObject({ band: 'green', computedBand: 'yellow', score: 58 });
    expect(h.override).toEqual({
      band: 'green',
      reason: 'Owner on holiday; calls resume in October',
      expiresAt: '2026-10-15',
      createdBy: 'Sam',
    });
  });

  it('survives recomputation on new data until its expiry day, then gives way', () => {
    const data = atRiskAccount();
    data.healthOverrides = [makeOverride({ band: 'green', expiresAt: '2026-10-15' })];
    data.activities.push(makeActivity({ status: 'no_show', kind: 'call', at: '2026-10-10T15:00:00.000Z' }));
    expect(accountHealth(data, '2026-10-15T17:00:00.000Z', S).band).toBe('green');
    const after = accountHealth(data, '2026-10-16T08:00:00.000Z', S);
    expect(after.band).toBe(after.computedBand);
    expect(after.override).toBeNull();
    expect(data.healthOverrides).toHaveLength(1);
  });

  it('ignores deleted overrides and picks the newest of overlapping ones', () => {
    const data = atRiskAccount();
    data.healthOverrides = [
      makeOverride({ band: 'red', createdAt: '2026-09-21T10:00:00.000Z' }),
      makeOverride({ band: 'green', createdAt: '2026-09-25T10:00:00.000Z', deleted: true }),
      makeOverride({ band: 'yellow', createdAt: '2026-09-10T10:00:00.000Z' }),
    ];
    expect(accountHealth(data, NOW, S).band).toBe('red');
  });
});

describe('trend', () => {
  const snap = (date: string, score: number) => ({ date, score, band: bandOfScore(score, S.health.bands) });

  it('says "Yellow turning Red" when the last 30 days’ fall would cross into Red', () => {
    const t = trendOf([snap('2026-07-02', 70), snap('2026-08-31', 66), snap('2026-09-30', 56)], S.health.bands);
    expect(t).toEqual({
      band: 'yellow',
      score: 56,
      change30: -10,
      change90: -14,
      direction: 'worsening',
      label: 'Yellow turning Red',
    });
  });

  it('calls small moves steady', () => {
    expect(trendOf([snap('2026-08-31', 80), snap('2026-09-30', 82)], S.health.bands)?.label).toBe('Green, steady');
  });

  it('derives daily snapshots from the account’s own history', () => {
    const snaps = healthSnapshots(atRiskAccount(), '2026-09-30', 30, S);
    expect(snaps).toHaveLength(31);
    expect(snaps[0]!.date).toBe('2026-08-31');
    expect(snaps[30]).toEqual({ date: '2026-09-30', score: 58, band: 'yellow' });
    // On 31 August the call that day was the last touch and only one call had been skipped.
    expect(snaps[0]!.score).toBeGreaterThan(58);
  });
});
