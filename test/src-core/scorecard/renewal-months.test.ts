import { describe, expect, it } from 'vitest';
import { renewalOutlook } from '../../../src-core/scorecard';
import { makeAccount, makeContract, makeOpportunity } from '../today/fixtures';

const TODAY = '2026-11-23';

describe('the renewal outlook', () => {
  const accounts = [
    makeAccount({ id: 'a-1', name: 'Bright Smiles Dental' }),
    makeAccount({ id: 'a-2', name: 'Cool Air HVAC' }),
    makeAccount({ id: 'a-3', name: 'Lone Star Law' }),
    makeAccount({ id: 'gone', name: 'Churned Co', stage: 'churned', churnedAt: '2026-08-01' }),
  ];
  const contracts = [
    makeContract({ id: 'c-1', accountId: 'a-1', renewalDate: '2026-12-04', monthlyValueCents: 760_000 }),
    makeContract({ id: 'c-2', accountId: 'a-2', renewalDate: '2026-12-20', monthlyValueCents: 300_000 }),
    makeContract({ id: 'c-3', accountId: 'a-3', renewalDate: '2027-06-30', monthlyValueCents: 150_000 }),
    // Past, beyond 12 months, not active or churned: none of them count.
    makeContract({ id: 'past', accountId: 'a-3', renewalDate: '2026-11-01', monthlyValueCents: 1 }),
    makeContract({ id: 'far', accountId: 'a-3', renewalDate: '2027-11-01', monthlyValueCents: 1 }),
    makeContract({ id: 'old', accountId: 'a-3', renewalDate: '2026-12-10', monthlyValueCents: 1, status: 'renewed' }),
    makeContract({ id: 'lost', accountId: 'gone', renewalDate: '2026-12-10', monthlyValueCents: 1 }),
  ];
  const opportunities = [
    makeOpportunity({ id: 'o-1', accountId: 'a-2', kind: 'renewal', stage: 'proposed', createdAt: '2026-10-01' }),
  ];
  const bands = new Map([
    ['a-1', 'red' as const],
    ['a-2', 'green' as const],
  ]);

  it('sums MRR per month by band, with each contract and its plan state', () => {
    const o = renewalOutlook({ accounts, contracts, opportunities, tasks: [] }, bands, TODAY, 90);
    expect(o.months.map((m) => m.month)).toEqual([
      '2026-11',
      '2026-12',
      '2027-01',
      '2027-02',
      '2027-03',
      '2027-04',
      '2027-05',
      '2027-06',
      '2027-07',
      '2027-08',
      '2027-09',
      '2027-10',
    ]);
    const dec = o.months[1]!;
    // $7,600 (Red) + $3,000 (Green) = $10,600 renewing in December.
    expect(dec.totalCents).toBe(1_060_000);
    expect(dec.byBand).toEqual({ green: 300_000, yellow: 0, red: 760_000, unscored: 0 });
    expect(dec.contracts.map((c) => [c.contractId, c.plan])).toEqual([
      ['c-1', 'no_plan'],
      ['c-2', 'planned'],
    ]);
    expect(o.months[7]!.contracts.map((c) => [c.contractId, c.band, c.plan])).toEqual([['c-3', 'unscored', 'not_yet']]);
    // Total $10,600 + $1,500; at risk only the Red $7,600.
    expect(o.totalCents).toBe(1_210_000);
    expect(o.atRiskCents).toBe(760_000);
  });
});
