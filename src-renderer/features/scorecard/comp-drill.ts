import type { CompDrillKey } from '../../../src-core/scorecard';
import { count, money, type DrillSpec } from './figure-drill';

const pay = (column: string, base: string, item?: string): DrillSpec => ({
  reading: 'sum',
  column,
  unit: 'cents',
  item,
  base: { column: base, unit: 'cents' },
  rate: true,
});

/**
 * The comp-plan figures with accounts behind them. Pay figures show the arithmetic a CSM checks:
 * each row's base, its rate where one applies, and its part; the parts add up to the figure.
 */
export const COMP_DRILL_SPECS: Record<CompDrillKey, DrillSpec> = {
  newBusinessCommissionCents: pay('Commission', 'First-year value', 'Deal'),
  retainedBusinessCommissionCents: pay('Commission', 'Contract value signed'),
  opportunitiesThisYear: count('Passed to Sales this year'),
  reducedChurnBonusCents: {
    ...money('Share of the bonus'),
    base: { column: 'Allowance share − revenue lost', unit: 'cents' },
  },
  revenueLostAllowanceCents: { ...money('Allowance share'), base: { column: 'Opening MRR', unit: 'cents' } },
  processSpiffCents: { ...money('Share of the spiff'), base: { column: 'Processes documented', unit: 'count' } },
  clubChurned: { reading: 'list', column: null, unit: 'count', item: 'Churned on' },
  clubRoiShort: { reading: 'list', column: 'ROI', unit: 'fraction', noValue: 'No basis' },
  clubLeadSourceCents: money('First-year value', 'Deal'),
};
