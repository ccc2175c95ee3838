import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { accountDataOf, type AccountData } from '../../../src-core/health';
import type { Contract } from '../../../src-core/model';
import { csmScorecard, retentionMetrics, type RetentionMetrics } from '../../../src-core/scorecard';
import { DEFAULT_SETTINGS } from '../../../src-core/settings';
import { parsePeriod, type Period } from '../../../src-core/time';
import { makeAccount, makeContract, makeOpportunity } from '../health/builders';

const Q3 = parsePeriod('2026-Q3');
const MONTHS = ['2026-07', '2026-08', '2026-09'].map(parsePeriod);
const R = (accounts: AccountData[], p: Period) => retentionMetrics(accounts, p, 0.97);

/** One account whose $1,000/month contract is renewed at `after` on `day` (a renewal hand-over). */
function changesOn(id: string, day: string, afterCents: number): AccountData {
  return accountDataOf(makeAccount({ id, startedAt: '2025-01-01' }), {
    contracts: [
      makeContract({
        accountId: id,
        startDate: '2025-01-01',
        renewalDate: day,
        monthlyValueCents: 100_000,
        status: 'renewed',
      }),
      makeContract({ accountId: id, startDate: day, renewalDate: '2027-12-31', monthlyValueCents: afterCents }),
    ],
  });
}

describe('the opening book is the close of the day before the period', () => {
  it('counts a downgrade dated the 1st in that month, not in no month', () => {
    // $1,000 → $800 on 1 August: July closes at $1,000, August opens at $1,000 (close of 31 July) and ends at $800.
    const a = [changesOn('A', '2026-08-01', 80_000)];
    expect(R(a, MONTHS[0]!)).toMatchObject({ startMrrCents: 100_000, bookValueCents: 100_000, contractionCents: 0 });
    expect(R(a, MONTHS[1]!)).toMatchObject({
      startMrrCents: 100_000,
      bookValueCents: 80_000,
      contractionCents: 20_000,
    });
    expect(R(a, MONTHS[2]!)).toMatchObject({ startMrrCents: 80_000, contractionCents: 0 });
    expect(R(a, Q3)).toMatchObject({ startMrrCents: 100_000, bookValueCents: 80_000, contractionCents: 20_000 });
  });

  it('counts an add-on dated 1 July in July and in Q3 (the period’s own first day)', () => {
    // $1,000 → $1,250 on 1 July: Q3 opens at the close of 30 June ($1,000).
    const a = [changesOn('A', '2026-07-01', 125_000)];
    expect(R(a, MONTHS[0]!)).toMatchObject({ startMrrCents: 100_000, expansionCents: 25_000 });
    expect(R(a, Q3)).toMatchObject({ startMrrCents: 100_000, expansionCents: 25_000 });
    expect(R(a, parsePeriod('2026-06'))).toMatchObject({ expansionCents: 0, bookValueCents: 100_000 });
  });

  it('counts a mid-month change and a last-day change in their own months', () => {
    // B: $1,000 → $1,300 on 15 August (expansion $300 in August).
    // C: $1,000 → $600 on 30 September, the quarter's last day (contraction $400 in September).
    const book = [changesOn('B', '2026-08-15', 130_000), changesOn('C', '2026-09-30', 60_000)];
    const [jul, aug, sep] = MONTHS.map((m) => R(book, m));
    expect([jul!.expansionCents, aug!.expansionCents, sep!.expansionCents]).toEqual([0, 30_000, 0]);
    expect([jul!.contractionCents, aug!.contractionCents, sep!.contractionCents]).toEqual([0, 0, 40_000]);
    expect(R(book, Q3)).toMatchObject({
      startMrrCents: 200_000,
      bookValueCents: 190_000, // 1,300 + 600
      expansionCents: 30_000,
      contractionCents: 40_000,
    });
    // October opens at the close of 30 September: C's $600 already.
    expect(R(book, parsePeriod('2026-10')).startMrrCents).toBe(190_000);
  });

  it('a client starting and one churning mid-quarter: new business and churn in their months, retention on the opening book', () => {
    // N starts 10 August at $700. X ($500 since 2025) churns 20 August.
    const N = accountDataOf(makeAccount({ id: 'N', startedAt: '2026-08-10' }), {
      contracts: [
        makeContract({ accountId: 'N', startDate: '2026-08-10', renewalDate: '2027-08-10', monthlyValueCents: 70_000 }),
      ],
    });
    const X = accountDataOf(
      makeAccount({ id: 'X', startedAt: '2025-01-01', churnedAt: '2026-08-20', stage: 'churned' }),
      {
        contracts: [
          makeContract({ accountId: 'X', startDate: '2025-01-01', monthlyValueCents: 50_000, status: 'cancelled' }),
        ],
      },
    );
    const book = [N, X];
    expect(R(book, MONTHS[1]!)).toMatchObject({ startMrrCents: 50_000, newBusinessCents: 70_000, churnCents: 50_000 });
    const q = R(book, Q3);
    expect(q).toMatchObject({
      startMrrCents: 50_000,
      bookValueCents: 70_000,
      newBusinessCents: 70_000,
      churnCents: 50_000,
      revenueLostCents: 150_000, // $500 lost MRR × 3 months: a run rate
      clientRetention: 0, // the one client in the opening book left
    });
    expect(q.grr).toBe(0);
    // July and September see neither.
    expect(R(book, MONTHS[0]!)).toMatchObject({ newBusinessCents: 0, churnCents: 0 });
    expect(R(book, MONTHS[2]!)).toMatchObject({ newBusinessCents: 0, churnCents: 0, startMrrCents: 70_000 });
  });
});

// --- Months add up to their quarter, whatever the contracts -----------------------------------

const Q_DAYS = Array.from({ length: 120 }, (_, i) =>
  new Date(Date.UTC(2026, 5, 1) + i * 86_400_000).toISOString().slice(0, 10),
);
const day = fc.constantFrom(...Q_DAYS); // 1 June – 28 September and around the boundaries
const contractArb = fc.record({
  start: day,
  value: fc.integer({ min: 0, max: 50 }).map((n) => n * 10_000),
  status: fc.constantFrom<Contract['status']>('active', 'renewed', 'cancelled', 'expired'),
  renewal: day,
});
const accountArb = fc.record({
  contracts: fc.array(contractArb, { minLength: 1, maxLength: 4 }),
  churnedAt: fc.option(day, { nil: null }),
});

function buildBook(
  specs: {
    contracts: { start: string; value: number; status: Contract['status']; renewal: string }[];
    churnedAt: string | null;
  }[],
) {
  return specs.map((s, i) =>
    accountDataOf(makeAccount({ id: `acc-${i}`, startedAt: '2026-01-01', churnedAt: s.churnedAt }), {
      contracts: s.contracts.map((c, j) =>
        makeContract({
          id: `c-${i}-${j}`,
          accountId: `acc-${i}`,
          startDate: c.start,
          renewalDate: c.renewal > c.start ? c.renewal : '2027-12-31',
          monthlyValueCents: c.value,
          status: c.status,
        }),
      ),
    }),
  );
}

const ADDITIVE: (keyof RetentionMetrics)[] = ['expansionCents', 'contractionCents', 'churnCents', 'newBusinessCents'];

describe('a quarter is the sum of its months (property)', () => {
  it('for every MRR movement; the opening and closing books chain month to month', () => {
    fc.assert(
      fc.property(fc.array(accountArb, { minLength: 1, maxLength: 6 }), (specs) => {
        const book = buildBook(specs);
        const q = R(book, Q3);
        const months = MONTHS.map((m) => R(book, m));
        for (const key of ADDITIVE) expect(months.reduce((t, m) => t + (m[key] as number), 0)).toBe(q[key]);
        expect(months[0]!.startMrrCents).toBe(q.startMrrCents);
        expect(months[2]!.bookValueCents).toBe(q.bookValueCents);
        expect(months[1]!.startMrrCents).toBe(months[0]!.bookValueCents);
        // opening + new + expansion − contraction − churn = closing, every period.
        for (const p of [q, ...months])
          expect(p.startMrrCents + p.newBusinessCents + p.expansionCents - p.contractionCents - p.churnCents).toBe(
            p.bookValueCents,
          );
      }),
      { numRuns: 300 },
    );
  });

  it('for revenue closed and counts (upsell, upgrade, opportunities, referrals); revenue lost is a run rate and is not', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            closed: day,
            passed: day,
            kind: fc.constantFrom('upsell', 'upgrade', 'cross_sell') as fc.Arbitrary<
              'upsell' | 'upgrade' | 'cross_sell'
            >,
          }),
          { maxLength: 8 },
        ),
        fc.array(day, { maxLength: 5 }),
        (opps, referralDays) => {
          const data = accountDataOf(makeAccount({ id: 'A' }), {
            contracts: [makeContract({ accountId: 'A', startDate: '2026-01-01' })],
            referrals: referralDays.map((date, i) => ({
              id: `r-${i}`,
              rev: 1,
              deleted: false,
              updatedAt: '2026-01-01T00:00:00.000Z',
              accountId: 'A',
              referredName: 'Lakeside Dental',
              date,
              status: 'received' as const,
              note: '',
            })),
            opportunities: opps.map((o, i) =>
              makeOpportunity({
                id: `o-${i}`,
                accountId: 'A',
                kind: o.kind,
                stage: 'won',
                amountCents: 10_000,
                closedAt: o.closed,
                passedToSalesAt: o.passed,
              }),
            ),
          });
          const q = csmScorecard([data], Q3, '2026-12-01T12:00:00.000Z', DEFAULT_SETTINGS);
          const ms = MONTHS.map((m) => csmScorecard([data], m, '2026-12-01T12:00:00.000Z', DEFAULT_SETTINGS));
          for (const key of ['upsellCents', 'upgradeCents', 'opportunities', 'referrals'] as const)
            expect(ms.reduce((t, m) => t + m[key], 0)).toBe(q[key]);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('revenue lost is lost MRR × the period’s months, so a quarter’s is not the sum of its months’', () => {
    // $1,000 → $800 on 1 August: $200 lost MRR. August: $200 × 1; Q3: $200 × 3 = $600 (July and September: 0).
    const a = [changesOn('A', '2026-08-01', 80_000)];
    expect(MONTHS.map((m) => R(a, m).revenueLostCents)).toEqual([0, 20_000, 0]);
    expect(R(a, Q3).revenueLostCents).toBe(60_000);
  });
});
