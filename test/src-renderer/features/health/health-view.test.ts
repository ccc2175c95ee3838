import { describe, expect, it } from 'vitest';
import type { HealthTrend, Measure } from '../../../../src-core/health';
import {
  badgeTitle,
  defaultOverrideForm,
  measureRows,
  overrideDraft,
  signedPoints,
  trendWords,
} from '../../../../src-renderer/features/health/health-view';

const measure = (key: Measure['key'], points: number | null, weight: number): Measure => ({
  key,
  label: key[0]!.toUpperCase() + key.slice(1),
  points,
  weight,
  reasons: [{ text: `${key} reason`, concern: points !== null && points < 75 }],
});

describe('the measure bars of the health breakdown', () => {
  it('shows each measure’s share of the score and the points it adds and costs', () => {
    // Weights 0.3/0.3/0.2/0.2; sentiment has no data, so the others share 0.8:
    // results 0.375, engagement 0.375, commercial 0.25.
    const rows = measureRows({
      measures: [
        measure('results', 80, 0.3),
        measure('engagement', 20, 0.3),
        measure('sentiment', null, 0.2),
        measure('commercial', 100, 0.2),
      ],
      largestDrag: { key: 'engagement', label: 'Engagement', lostPoints: 30 },
    });
    expect(rows.map((r) => [r.key, r.points, r.weightPct, r.adds, r.loses, r.largestDrag])).toEqual([
      ['results', 80, 38, 30, 8, false], // 80 × 0.375 = 30; 20 × 0.375 = 7.5 → 8
      ['engagement', 20, 38, 8, 30, true], // 20 × 0.375 = 7.5 → 8; 80 × 0.375 = 30
      ['sentiment', null, 0, 0, 0, false],
      ['commercial', 100, 25, 25, 0, false],
    ]);
  });
});

describe('trend words', () => {
  const trend = (change30: number | null, change90: number | null): HealthTrend => ({
    band: 'yellow',
    score: 55,
    change30,
    change90,
    direction: 'worsening',
    label: 'Yellow turning Red',
  });
  it('gives the 30- and 90-day change with their signs', () => {
    expect(trendWords(trend(-12, 4))).toBe('−12 points in 30 days · +4 in 90 days');
    expect(trendWords(trend(0, null))).toBe('0 points in 30 days');
    expect(trendWords(trend(null, null))).toBe('Less than 30 days of history');
    expect(trendWords(null)).toBe('No history yet');
    expect(signedPoints(null)).toBe('—');
  });
});

describe('an override of the band', () => {
  const NOW = '2026-11-24T10:00:00.000Z';
  it('defaults to a month and to a band other than the computed one', () => {
    expect(defaultOverrideForm('green', '2026-11-24')).toEqual({ band: 'yellow', reason: '', expiresAt: '2026-12-24' });
    expect(defaultOverrideForm('red', '2026-11-24').band).toBe('green');
  });

  it('becomes a HealthOverride row with the reason, expiry and author', () => {
    const result = overrideDraft(
      { band: 'green', reason: '  Renewal confirmed  ', expiresAt: '2026-12-31' },
      'acc-7',
      NOW,
      'Sam Rivera',
    );
    expect(result).toEqual({
      ok: true,
      draft: {
        accountId: 'acc-7',
        band: 'green',
        reason: 'Renewal confirmed',
        createdAt: NOW,
        expiresAt: '2026-12-31',
        createdBy: 'Sam Rivera',
      },
    });
  });

  it('needs a reason and an expiry from today up to 92 days out', () => {
    const form = { band: 'green' as const, reason: 'ok', expiresAt: '2026-12-01' };
    expect(overrideDraft({ ...form, reason: '   ' }, 'a', NOW, 'S')).toMatchObject({ ok: false, message: /Say why/ });
    expect(overrideDraft({ ...form, expiresAt: '2026-11-23' }, 'a', NOW, 'S')).toMatchObject({
      ok: false,
      message: /from today onward/,
    });
    expect(overrideDraft({ ...form, expiresAt: '2026-11-24' }, 'a', NOW, 'S').ok).toBe(true);
    expect(overrideDraft({ ...form, expiresAt: '2027-02-24' }, 'a', NOW, 'S').ok).toBe(true); // +92 days
    expect(overrideDraft({ ...form, expiresAt: '2027-02-25' }, 'a', NOW, 'S')).toMatchObject({
      ok: false,
      message: /at most 92 days/,
    });
    expect(overrideDraft({ ...form, expiresAt: 'soon' }, 'a', NOW, 'S').ok).toBe(false);
  });
});

describe('the health badge’s hover text', () => {
  it('names the computed score and band, the override and its reason, then the reasons', () => {
    const title = badgeTitle({
      score: 48,
      band: 'yellow',
      computedBand: 'red',
      reasons: ['No two-way touch for 40 days (cadence allows 14)'],
      override: { band: 'yellow', reason: 'Owner back from leave', expiresAt: '2026-12-15', createdBy: 'Sam' },
    });
    expect(title.split('\n')).toEqual([
      'Health 48 of 100, computed Red',
      'Overridden to Yellow until Dec 15, 2026 by Sam: Owner back from leave',
      'No two-way touch for 40 days (cadence allows 14)',
    ]);
  });
});
