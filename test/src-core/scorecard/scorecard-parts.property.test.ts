import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEMO_OWNER, generateDemoBook } from '../../../src-core/demo';
import { indexBook, type AccountData } from '../../../src-core/health';
import {
  combineScorecard,
  csmScorecard,
  scorecardContext,
  scorecardPart,
  type ScorecardPart,
} from '../../../src-core/scorecard';
import { DEFAULT_SETTINGS } from '../../../src-core/settings';
import { addDays, periodContaining, previousPeriod, type Period } from '../../../src-core/time';

/**
 * The book worker keeps each account's scorecard parts and, after a write, computes again only the
 * changed accounts' parts before combining them. These properties hold on random demo books (every
 * table filled): parts kept from before a change, with only the changed accounts' parts computed
 * again, combine into exactly the scorecard of the changed book computed whole; parts computed
 * earlier the same day combine into the scorecard read later that day; money figures add up
 * across two halves of a book.
 */
const ACCOUNTS_PER_BOOK = 6;

const bookArb = fc.record({
  seed: fc.string({ minLength: 1, maxLength: 8 }),
  asOf: fc.integer({ min: 0, max: 700 }).map((d) => addDays('2025-03-01', d)),
});

const periodArb = fc.record({
  kind: fc.constantFrom<Period['kind']>('month', 'quarter', 'year'),
  back: fc.integer({ min: 0, max: 3 }),
});

function accountsOf(seed: string, asOf: string): AccountData[] {
  const book = generateDemoBook({ seed, accounts: ACCOUNTS_PER_BOOK, years: 2, asOf, owner: DEMO_OWNER });
  return [...indexBook(book.tables).values()];
}

function periodFor(asOf: string, p: { kind: Period['kind']; back: number }): Period {
  let period = periodContaining(asOf, p.kind);
  for (let i = 0; i < p.back; i++) period = previousPeriod(period);
  return period;
}

/** A write on an account: every other row of each of its tables removed, and the client churned or not. */
function changed(data: AccountData, asOf: string): AccountData {
  const out: Record<string, unknown> = { ...data };
  for (const [table, rows] of Object.entries(data)) {
    if (Array.isArray(rows)) out[table] = rows.filter((_, i) => i % 2 === 0);
  }
  const churnedAt = data.account.churnedAt === null ? addDays(asOf, -20) : null;
  return { ...(out as AccountData), account: { ...data.account, churnedAt } };
}

describe('scorecard parts and their combination', () => {
  it('kept parts plus the changed accounts’ new parts combine into the changed book’s scorecard', () => {
    fc.assert(
      fc.property(
        bookArb,
        periodArb,
        fc.array(fc.boolean(), { minLength: ACCOUNTS_PER_BOOK, maxLength: ACCOUNTS_PER_BOOK }),
        (b, p, touch) => {
          const before = accountsOf(b.seed, b.asOf);
          const ctx = scorecardContext(periodFor(b.asOf, p), `${b.asOf}T16:00:00.000Z`, DEFAULT_SETTINGS);
          const kept = new Map(before.map((a) => [a.account.id, scorecardPart(a, ctx)]));
          // One account leaves the book, one joins it, and the touched ones change.
          const joining = accountsOf(`${b.seed}+`, b.asOf)[0]!;
          const after = [...before.slice(1).map((a, i) => (touch[i] ? changed(a, b.asOf) : a)), joining];
          const recomputed = new Set([
            joining.account.id,
            ...after.filter((_, i) => touch[i]).map((a) => a.account.id),
          ]);
          const parts: ScorecardPart[] = after.map((a) =>
            recomputed.has(a.account.id) ? scorecardPart(a, ctx) : kept.get(a.account.id)!,
          );
          expect(combineScorecard(parts, ctx)).toEqual(csmScorecard(after, ctx.period, ctx.now, DEFAULT_SETTINGS));
        },
      ),
      { numRuns: 25 },
    );
  });

  it('parts computed in the morning combine into the scorecard read that evening', () => {
    fc.assert(
      fc.property(bookArb, periodArb, (b, p) => {
        const accounts = accountsOf(b.seed, b.asOf);
        const period = periodFor(b.asOf, p);
        // Chicago (the default zone) is UTC−5/−6: 14:00Z and 23:00Z are the same calendar day there.
        const morning = scorecardContext(period, `${b.asOf}T14:00:00.000Z`, DEFAULT_SETTINGS);
        const evening = scorecardContext(period, `${b.asOf}T23:00:00.000Z`, DEFAULT_SETTINGS);
        expect(morning.day).toBe(evening.day);
        const parts = accounts.map((a) => scorecardPart(a, morning));
        expect(combineScorecard(parts, evening)).toEqual(csmScorecard(accounts, period, evening.now, DEFAULT_SETTINGS));
      }),
      { numRuns: 25 },
    );
  });

  it('money and counts of a book are the sums of its two halves', () => {
    fc.assert(
      fc.property(bookArb, periodArb, (b, p) => {
        const accounts = accountsOf(b.seed, b.asOf);
        const period = periodFor(b.asOf, p);
        const now = `${b.asOf}T16:00:00.000Z`;
        const card = (list: AccountData[]) => csmScorecard(list, period, now, DEFAULT_SETTINGS);
        const [whole, first, second] = [card(accounts), card(accounts.slice(0, 3)), card(accounts.slice(3))];
        for (const key of ADDITIVE) expect(whole[key], key).toBe(first[key] + second[key]);
      }),
      { numRuns: 15 },
    );
  });
});

const ADDITIVE = [
  'bookValueCents',
  'startMrrCents',
  'expansionCents',
  'contractionCents',
  'churnCents',
  'newBusinessCents',
  'revenueLostCents',
  'upsellCents',
  'upgradeCents',
  'opportunities',
  'referrals',
  'npsResponses',
  'csatResponses',
  'unansweredEndOfDay',
] as const;
