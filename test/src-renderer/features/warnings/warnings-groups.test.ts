import { describe, expect, it } from 'vitest';
import { groupByAccount, valueAtRisk } from '../../../../src-renderer/features/warnings/warnings-groups';
import { makeStoredWarning } from '../../../builders';

const warning = makeStoredWarning;

describe('warnings triage by account', () => {
  const warnings = [
    warning({ id: 'small', accountId: 'small', kind: 'cancellation_threat', causeKey: 's' }),
    warning({ id: 'big-1', accountId: 'big', kind: 'kpi_flat_or_declining', causeKey: 'b1' }),
    warning({ id: 'big-2', accountId: 'big', kind: 'cancellation_threat', causeKey: 'b2' }),
    warning({ id: 'tie-late', accountId: 'tie-late', causeKey: 't1' }),
    warning({ id: 'tie-soon', accountId: 'tie-soon', causeKey: 't2' }),
  ];
  const money = new Map([
    ['big', { monthlyValueCents: 760_000, renewalInDays: 200 }],
    ['small', { monthlyValueCents: 215_000, renewalInDays: 20 }],
    ['tie-late', { monthlyValueCents: 340_000, renewalInDays: 300 }],
    ['tie-soon', { monthlyValueCents: 340_000, renewalInDays: 11 }],
  ]);

  it('ranks accounts by value at risk weighted by severity and a renewal inside the window; the threat leads inside', () => {
    // Priority = monthly value × worst severity (critical 1, serious 0.6) × (2 − days ÷ 90 inside 90 days, else 1):
    // big      $7,600 × 1   × 1                = $7,600
    // tie-soon $3,400 × 0.6 × (2 − 11/90)       = $3,830.67
    // small    $2,150 × 1   × (2 − 20/90)       = $3,822.22
    // tie-late $3,400 × 0.6 × 1                 = $2,040
    const groups = groupByAccount(warnings, money, 90);
    expect(groups.map((g) => g.accountId)).toEqual(['big', 'tie-soon', 'small', 'tie-late']);
    expect(groups.map((g) => g.severity)).toEqual(['critical', 'serious', 'critical', 'serious']);
    expect(groups[1]!.priority).toBeCloseTo(340_000 * 0.6 * (2 - 11 / 90), 6);
    expect(groups[0]!.warnings.map((w) => w.id)).toEqual(['big-2', 'big-1']);
    // $7,600 + $3,400 + $3,400 + $2,150 a month behind the open warnings.
    expect(valueAtRisk(groups)).toBe(1_655_000);
  });

  it('uses the days to renewal: the same account renewing sooner ranks higher, outside the window it does not count', () => {
    const one = [warning({ id: 'x', accountId: 'x', kind: 'cancellation_threat' })];
    const rank = (renewalInDays: number | null) =>
      groupByAccount(one, new Map([['x', { monthlyValueCents: 100_000, renewalInDays }]]), 90)[0]!.priority;
    expect(rank(0)).toBe(200_000);
    expect(rank(45)).toBe(150_000);
    expect(rank(90)).toBe(100_000);
    expect(rank(200)).toBe(100_000);
    expect(rank(null)).toBe(100_000);
  });
});
