import { describe, expect, it } from 'vitest';
import { buildQbrSpec, DEFAULT_BRANDING, type ChartSlide } from '../../../src-core/deck';
import { accountDataOf, type AccountData } from '../../../src-core/health';
import { emptyBookTables } from '../../../src-core/model';
import { accountRoi, agreementYear, csmScorecard } from '../../../src-core/scorecard';
import { DEFAULT_SETTINGS } from '../../../src-core/settings';
import { parsePeriod } from '../../../src-core/time';
import { makeAccount, makeContract, makeGoal, makeInvoice, makeOpportunity } from '../health/builders';

const S = DEFAULT_SETTINGS;
const NOW = '2026-10-05T12:00:00.000Z';

/**
 * Client since 1 October 2025 at $3,000 a month: its first agreement year is 1 October 2025 –
 * 30 September 2026. Twelve invoices of $3,000 = $36,000 paid. Two POWER goals achieved in the
 * year, marked by the CSM (no KPI series for them): $25,000 + $15,000 = $40,000 of value.
 * ROI = 40,000 ÷ 36,000 = 111%: above 100% on the deck, in the scorecard and for the President's Club.
 */
function winner(id = 'W'): AccountData {
  const months = Array.from({ length: 12 }, (_, i) => {
    const m = new Date(Date.UTC(2025, 9 + i, 1)).toISOString().slice(0, 10);
    return makeInvoice({ id: `${id}-inv-${i}`, accountId: id, issuedAt: m, dueDate: m, amountCents: 300_000 });
  });
  return accountDataOf(makeAccount({ id, name: 'Winner Plumbing', startedAt: '2025-10-01' }), {
    contracts: [
      makeContract({ accountId: id, startDate: '2025-10-01', renewalDate: '2026-12-31', monthlyValueCents: 300_000 }),
    ],
    invoices: months,
    goals: [
      makeGoal({
        accountId: id,
        title: 'Booked jobs up 30%',
        metric: 'booked_jobs',
        startDate: '2025-11-01',
        dueDate: '2026-05-01',
        status: 'achieved',
        achievedAt: '2026-04-15',
        valueCents: 2_500_000,
      }),
      makeGoal({
        accountId: id,
        title: 'Calls up 20%',
        metric: 'calls',
        startDate: '2026-03-01',
        dueDate: '2026-09-01',
        status: 'achieved',
        achievedAt: '2026-08-20',
        valueCents: 1_500_000,
      }),
    ],
  });
}

describe('ROI: goals achieved in the agreement year against what the agreement cost in it', () => {
  it('finds the agreement year from the client’s start', () => {
    expect(agreementYear('2025-10-01', '2026-09-30')).toEqual({ start: '2025-10-01', end: '2026-09-30' });
    expect(agreementYear('2025-10-01', '2026-10-01')).toEqual({ start: '2026-10-01', end: '2027-09-30' });
    expect(agreementYear('2024-01-31', '2026-02-10')).toEqual({ start: '2026-01-31', end: '2027-01-30' });
    // A leap-day start: its anniversary falls on 28 February in other years.
    expect(agreementYear('2024-02-29', '2026-02-27')).toEqual({ start: '2025-02-28', end: '2026-02-27' });
  });

  it('$40,000 achieved against $36,000 paid is above 100% on the QBR, the scorecard and the President’s Club', () => {
    const w = winner();
    const r = accountRoi(w, '2026-09-30');
    expect(r).toMatchObject({
      valueDeliveredCents: 4_000_000,
      investmentCents: 3_600_000,
      investmentFrom: 'invoices',
      hasBasis: true,
      validated: true,
    });
    expect(r.ratio).toBeCloseTo(40 / 36, 10);

    const book = {
      ...emptyBookTables(),
      accounts: [w.account],
      contracts: w.contracts,
      invoices: w.invoices,
      goals: w.goals,
    };
    const spec = buildQbrSpec({
      book,
      accountId: 'W',
      period: parsePeriod('2026-Q3'),
      branding: DEFAULT_BRANDING,
      now: NOW,
    });
    const slide = spec.slides.find((s) => s.key === 'roi') as ChartSlide;
    expect(slide.table!.rows.slice(-3)).toEqual([
      ['Value delivered', '$40,000'],
      ['Investment', '$36,000'],
      ['ROI', '111%'],
    ]);

    const card = csmScorecard([w], parsePeriod('2026-Q3'), NOW, S);
    expect(card.roiClients).toBe(1);
    expect(card.comp.presidentsClub.allClientsRoi).toBe(true);
  });

  it('counts the contract where invoices are missing: three invoices do not make a $9,000 year', () => {
    const w = winner();
    const partial = { ...w, invoices: w.invoices.slice(0, 3) };
    // Invoices: 3 × $3,000 = $9,000 < the contract's 12 × $3,000 = $36,000 → the contract counts.
    expect(accountRoi(partial, '2026-09-30')).toMatchObject({
      investmentCents: 3_600_000,
      investmentFrom: 'contract',
      invoicedCents: 900_000,
    });
  });

  it('gives partial credit to no goal: one not yet achieved adds nothing', () => {
    const w = winner();
    const open = {
      ...w,
      goals: [{ ...w.goals[0]!, status: 'open' as const, achievedAt: null, dueDate: '2026-12-31' }],
    };
    const r = accountRoi(open, '2026-09-30');
    expect(r).toMatchObject({ valueDeliveredCents: 0, hasBasis: true, validated: false });
    expect(r.ratio).toBe(0);
  });

  it('has no basis (no ratio) when no goal states a value', () => {
    const w = winner();
    const r = accountRoi({ ...w, goals: w.goals.map((g) => ({ ...g, valueCents: 0 })) }, '2026-09-30');
    expect(r).toMatchObject({ hasBasis: false, ratio: null, validated: false });
  });
});

describe('yearly rules are judged on the calendar year to the period’s end', () => {
  const churned = accountDataOf(
    makeAccount({ id: 'C', startedAt: '2025-01-01', churnedAt: '2026-02-10', stage: 'churned' }),
    { contracts: [makeContract({ accountId: 'C', startDate: '2025-01-01', status: 'cancelled' })] },
  );

  it('a client lost in February keeps the President’s Club out of reach in a September report', () => {
    const sep = csmScorecard([winner(), churned], parsePeriod('2026-09'), NOW, S);
    // September alone kept every client; the year did not.
    expect(sep.clientRetention).toBe(1);
    expect(sep.comp.presidentsClub.allClientsRetained).toBe(false);
    // The year before it is not this year's business.
    const next = csmScorecard([winner(), churned], parsePeriod('2027-01'), '2027-02-01T12:00:00.000Z', S);
    expect(next.comp.presidentsClub.allClientsRetained).toBe(true);
  });

  it('counts lead-source revenue and POWER goals per client from 1 January, whatever period is shown', () => {
    const w = winner();
    w.opportunities = [
      makeOpportunity({ accountId: 'W', kind: 'upsell', stage: 'won', amountCents: 100_000, closedAt: '2026-02-15' }),
    ];
    const sep = csmScorecard([w], parsePeriod('2026-09'), NOW, S);
    // $1,000/month won in February: $12,000 first-year value counts toward the $125,000 of the year.
    expect(sep.comp.presidentsClub.leadSourceClosedCents).toBe(1_200_000);
    // Two goals started in 2026? One (March); the other started November 2025: 1 per client this year.
    expect(sep.powerGoalsPerClient).toBe(1);
  });
});
