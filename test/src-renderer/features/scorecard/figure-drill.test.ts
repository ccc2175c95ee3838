import { describe, expect, it } from 'vitest';
import { csmScorecard } from '../../../../src-core/scorecard';
import { DEFAULT_SETTINGS } from '../../../../src-core/settings';
import { parsePeriod } from '../../../../src-core/time';
import {
  contributionText,
  DRILL_SPECS,
  drillOrder,
  drillRows,
  drillSummary,
} from '../../../../src-renderer/features/scorecard/figure-drill';
import { SCORECARD_GROUPS } from '../../../../src-renderer/features/scorecard/scorecard-view';
import { book } from '../../../src-core/scorecard/fixture-book';

// The hand-computed Q3 book of test/src-core/scorecard/scorecard.test.ts.
const s = csmScorecard(book(), parsePeriod('2026-Q3'), '2026-10-05T12:00:00.000Z', DEFAULT_SETTINGS);

describe('the drill-down under each scorecard figure', () => {
  it('has a way to read, and accounts behind, every figure on screen', () => {
    // Every figure of this book has something behind it (3 messages late, E's first value, D's referrals…).
    for (const key of SCORECARD_GROUPS.flatMap((g) => g.keys)) {
      expect(DRILL_SPECS[key], key).toBeDefined();
      expect(drillRows(s, key).length, key).toBeGreaterThan(0);
    }
  });

  it('ties the list to the figure in one line', () => {
    // $45,000 + $26,000 + $10,000 + $7,000.
    expect(drillSummary(DRILL_SPECS.bookValueCents, drillRows(s, 'bookValueCents'))).toBe('4 accounts · total $88,000');
    // A, B and D kept; C lost.
    expect(drillSummary(DRILL_SPECS.clientRetention, drillRows(s, 'clientRetention'))).toBe(
      '3 of 4 retained · 4 accounts',
    );
    expect(drillSummary(DRILL_SPECS.nps, drillRows(s, 'nps'))).toBe('8 answers · 4 accounts');
  });

  it('puts the biggest contributions first for sums and the ones not counted first for shares', () => {
    expect(drillOrder(DRILL_SPECS.bookValueCents, drillRows(s, 'bookValueCents')).map((r) => r.accountId)).toEqual([
      'A',
      'B',
      'D',
      'E',
    ]);
    expect(drillOrder(DRILL_SPECS.clientRetention, drillRows(s, 'clientRetention'))[0]!.accountId).toBe('C');
  });

  it('writes an ROI that cannot be measured as "No basis", not 0%', () => {
    const b = drillRows(s, 'roiClients').find((r) => r.accountId === 'B')!;
    expect(contributionText(DRILL_SPECS.roiClients, b)).toBe('No basis');
    const d = drillRows(s, 'roiClients').find((r) => r.accountId === 'D')!;
    expect(contributionText(DRILL_SPECS.roiClients, d)).toBe('56%'); // $50,000 ÷ $90,000
  });
});
