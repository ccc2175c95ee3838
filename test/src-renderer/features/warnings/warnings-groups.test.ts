import { describe, expect, it } from 'vitest';
import { groupByAccount, valueAtRisk } from '../../../../src-renderer/features/warnings/warnings-groups';
import type { StoredWarning } from '../../../../src-renderer/features/warnings/warnings-store';

const warning = (o: Partial<StoredWarning>): StoredWarning => ({
  id: 'w',
  accountId: 'acc-1',
  kind: 'payment_late',
  causeKey: 'c',
  evidenceKey: 'e',
  evidence: 'x',
  date: '2026-11-01',
  status: 'open',
  raisedAt: '2026-11-01T08:00:00.000Z',
  snoozedUntil: null,
  resolvedAt: null,
  resolution: null,
  ...o,
});

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

  it('ranks accounts by monthly value at risk, then the sooner renewal; the threat leads inside a group', () => {
    const groups = groupByAccount(warnings, money);
    expect(groups.map((g) => g.accountId)).toEqual(['big', 'tie-soon', 'tie-late', 'small']);
    expect(groups[0]!.warnings.map((w) => w.id)).toEqual(['big-2', 'big-1']);
    // $7,600 + $3,400 + $3,400 + $2,150 a month behind the open warnings.
    expect(valueAtRisk(groups)).toBe(1_655_000);
  });
});
