import { describe, expect, it } from 'vitest';
import { accountDataOf } from '../../../../src-core/health';
import { csmScorecard, SCORECARD_DEFINITIONS, type CsmScorecard } from '../../../../src-core/scorecard';
import { DEFAULT_SETTINGS } from '../../../../src-core/settings';
import { parsePeriod } from '../../../../src-core/time';
import { bookHealthSummary } from '../../../../src-renderer/features/scorecard/book-health';
import {
  axisLabel,
  businessTime,
  chartValue,
  formatScorecardValue,
  metricStatus,
  periodChoices,
  revenueLoss,
  SCORECARD_GROUPS,
  surveyBasis,
  targetsMet,
  targetWords,
  trailingPeriodKeys,
} from '../../../../src-renderer/features/scorecard/scorecard-view';
import { makeAccount, makeContract } from '../../../src-core/health/builders';

describe('scorecard numbers on screen', () => {
  it('are written in their unit', () => {
    expect(formatScorecardValue('cents', 900_000)).toBe('$9,000');
    expect(formatScorecardValue('fraction', 1.1)).toBe('110%');
    expect(formatScorecardValue('fraction', 0.004)).toBe('0.4%');
    expect(formatScorecardValue('count', 2.5)).toBe('2.5');
    expect(formatScorecardValue('minutes', 445)).toBe('7 h 25 min');
    expect(formatScorecardValue('days', 12)).toBe('12 days');
    // The deck, the report and this screen write NPS alike (metrics/nps-csat.ts): whole, signed only below zero.
    expect(formatScorecardValue('nps', 42)).toBe('42');
    expect(formatScorecardValue('nps', -8)).toBe('−8');
    expect(formatScorecardValue('csat', 4.6)).toBe('4.6 / 5');
    expect(formatScorecardValue('csat', 4.25)).toBe('4.3 / 5');
    expect(formatScorecardValue('ratio', 1.625)).toBe('1.63');
    expect(formatScorecardValue('fraction', null)).toBe('—');
    expect(businessTime(45)).toBe('45 min');
    expect(businessTime(120)).toBe('2 h');
    expect(businessTime(125)).toBe('2 h 05 min');
  });

  it('are judged against their target in the metric’s direction', () => {
    expect(metricStatus('nrr', 1.1, 1.1)).toBe('met');
    expect(metricStatus('nrr', 1.09, 1.1)).toBe('missed');
    expect(metricStatus('churnRate', 0.01, 0.01)).toBe('met');
    expect(metricStatus('churnRate', 0.012, 0.01)).toBe('missed');
    expect(metricStatus('startMrrCents', 100, 50)).toBe('none'); // no direction: never judged
    expect(metricStatus('bookValueCents', 100, null)).toBe('none'); // no target in the SOPs
    expect(metricStatus('nps', null, 50)).toBe('none');
    // One or two answers are not a verdict on the CSM: 4 answers is below the sample of 5.
    expect(metricStatus('nps', -100, 50, 1)).toBe('none');
    expect(metricStatus('nps', 20, 50, 4)).toBe('none');
    expect(metricStatus('nps', 20, 50, 5)).toBe('missed');
    expect(targetWords('nrr', 1.1)).toBe('target ≥ 110%');
    expect(targetWords('responseP50Minutes', 120)).toBe('target ≤ 2 h');
    expect(targetWords('bookValueCents', null)).toBeNull();
  });

  it('plot in dollars and percents', () => {
    expect(chartValue('cents', 1_234_567)).toBe(12_345.67);
    expect(chartValue('fraction', 0.973)).toBe(97.3);
    expect(chartValue('nps', 40)).toBe(40);
    expect(chartValue('count', null)).toBeNull();
    expect(axisLabel('cents', 150_000)).toBe('$150K');
    expect(axisLabel('fraction', 110)).toBe('110%');
    expect(axisLabel('minutes', 90)).toBe('1.5 h');
  });

  it('list every scorecard metric in one of the sections', () => {
    const shown = SCORECARD_GROUPS.flatMap((g) => g.keys);
    const hidden = Object.keys(SCORECARD_DEFINITIONS).filter((k) => !shown.includes(k as never));
    // Starting MRR, contraction, churn and new business feed the callout and NRR; the allowance is the callout's.
    expect(hidden.sort()).toEqual([
      'churnCents',
      'contractionCents',
      'csatResponses',
      'newBusinessCents',
      'npsResponses',
      'revenueLostAllowanceCents',
      'startMrrCents',
    ]);
  });
});

describe('periods', () => {
  it('offers this period and the ones before it', () => {
    expect(periodChoices('quarter', '2026-11-24', 3).map((p) => p.key)).toEqual(['2026-Q4', '2026-Q3', '2026-Q2']);
    expect(periodChoices('month', '2026-01-15', 2).map((p) => p.key)).toEqual(['2026-01', '2025-12']);
    expect(periodChoices('year', '2026-11-24', 2).map((p) => p.label)).toEqual(['2026', '2025']);
  });

  it('plots the chosen period after the five before it', () => {
    expect(trailingPeriodKeys('2026-Q1', 6)).toEqual([
      '2024-Q4',
      '2025-Q1',
      '2025-Q2',
      '2025-Q3',
      '2025-Q4',
      '2026-Q1',
    ]);
  });
});

describe('the revenue-loss callout', () => {
  it('gives a $100,000-a-month book a $9,000 allowance for the quarter', () => {
    const account = makeAccount({ id: 'a-1', startedAt: '2025-01-01' });
    const contract = makeContract({
      accountId: 'a-1',
      startDate: '2026-01-01',
      renewalDate: '2027-01-01',
      monthlyValueCents: 10_000_000,
    });
    const s = csmScorecard(
      [accountDataOf(account, { contracts: [contract] })],
      parsePeriod('2026-Q3'),
      '2026-10-15T12:00:00.000Z',
      DEFAULT_SETTINGS,
    );
    expect(revenueLoss(s)).toEqual({
      lostCents: 0,
      allowanceCents: 900_000,
      used: 0,
      headroomCents: 900_000,
      over: false,
    });
  });

  it('says how far over the allowance a quarter went', () => {
    expect(revenueLoss({ revenueLostCents: 1_200_000, revenueLostAllowanceCents: 900_000 })).toEqual({
      lostCents: 1_200_000,
      allowanceCents: 900_000,
      used: 1_200_000 / 900_000,
      headroomCents: -300_000,
      over: true,
    });
    expect(revenueLoss({ revenueLostCents: 0, revenueLostAllowanceCents: 0 }).used).toBeNull();
  });
});

describe('the page headline', () => {
  it('counts the targets met among the metrics that have one', () => {
    const values = Object.fromEntries(Object.keys(SCORECARD_DEFINITIONS).map((k) => [k, null]));
    const s = {
      ...values,
      targets: { ...values, nrr: 1.1, churnRate: 0.01, nps: 50 },
      nrr: 1.2,
      churnRate: 0.02,
      nps: 50,
      bookValueCents: 5,
    } as unknown as CsmScorecard;
    expect(targetsMet(s)).toEqual({ met: 2, of: 3 }); // NRR and NPS met, churn missed; book value has no target
    // The same NPS from 2 answers is not judged, and says why under the figure.
    const few = { ...s, npsResponses: 2 } as CsmScorecard;
    expect(targetsMet(few)).toEqual({ met: 1, of: 2 });
    expect(surveyBasis('nps', few)).toBe('2 answers · too few to judge');
    expect(surveyBasis('csat', { ...s, csatResponses: 12 } as CsmScorecard)).toBe('12 answers');
    expect(surveyBasis('nrr', s)).toBeNull();
  });
});

describe('book health on the scorecard', () => {
  it('averages the scores and counts the bands as shown', () => {
    const h = (score: number, band: 'green' | 'yellow' | 'red') => ({
      accountId: `a${score}`,
      score,
      band,
      computedBand: band,
      override: null,
      reasons: [],
      largestDrag: null,
      nextBand: null,
    });
    expect(bookHealthSummary([h(90, 'green'), h(81, 'green'), h(80, 'yellow'), h(40, 'red')], 80)).toEqual({
      accounts: 4,
      average: 73,
      aboveTarget: 2,
      shareAboveTarget: 0.5,
      green: 2,
      yellow: 1,
      red: 1,
    });
    expect(bookHealthSummary([], 80)).toMatchObject({ accounts: 0, average: null, shareAboveTarget: null });
  });
});
