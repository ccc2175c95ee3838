import { describe, expect, it } from 'vitest';
import { emptyMapping, withVocab } from '../../../src-core/crm';
import { emptyBookTables, type BookTables } from '../../../src-core/model';
import { applied, fixture, inputOf, plan, rowsOf } from './fixture-files';

async function salesforceBook(): Promise<BookTables> {
  return applied(emptyBookTables(), await plan([fixture('salesforce/Account.csv')]));
}

describe('KPI files folded into yearly series', () => {
  it('folds daily call-tracking rows into one weekly point per series: flows add up, levels average', async () => {
    const result = await plan([fixture('kpi/call-tracking-daily.csv')], await salesforceBook());
    const series = rowsOf(result, 'metrics');
    const byKey = Object.fromEntries(series.map((s) => [`${s.accountId}/${s.metric}/${s.channel}`, s]));
    // Calls, paid: 31 Aug (Mon) 14 + 1 Sep 9 + 2 Sep 11 = 34 for the week of 31 Aug (targets 12 × 3 = 36);
    // 7 Sep (the next Monday) 8, target 12.
    expect(byKey['sf-0015g00000BrtSmAAJ/calls/paid']).toMatchObject({
      year: 2026,
      dates: ['2026-08-31', '2026-09-07'],
      values: [34, 8],
      targets: [36, 12],
    });
    // Ad spend: $1,250.40 + $980.10 = $2,230.50 → 223,050 cents; targets $1,300 × 2 = 260,000
    expect(byKey['sf-0015g00000HvacPAAR/ad_spend/paid']).toMatchObject({ values: [223_050], targets: [260_000] });
    // Top-10 rankings are a level: (40 + 44) / 2 = 42, target (45 + 45) / 2 = 45
    expect(byKey['sf-0015g00000HvacPAAR/top10_rankings/organic']).toMatchObject({ values: [42], targets: [45] });
    expect(byKey['sf-0015g00000BrtSmAAJ/leads/organic']).toMatchObject({ values: [5], targets: [null] });
    expect(series).toHaveLength(4); // one record per account, metric, channel and year — never one per value
  });

  it('reports the row naming an account outside the book, and waits for a metric with no Fieldbook name', async () => {
    const result = await plan([fixture('kpi/call-tracking-daily.csv')], await salesforceBook());
    expect(result.issues).toEqual([
      {
        file: 'call-tracking-daily.csv',
        row: 11,
        kind: 'outside',
        reason: 'names account "Unknown Clinic", which is not in your book',
      },
      {
        file: 'call-tracking-daily.csv',
        row: 12,
        kind: 'invalid',
        reason: 'Metric "Foot traffic" has no Fieldbook metric yet: choose one in the mapping',
      },
    ]);
    const mapping = withVocab(emptyMapping(), 'metric', 'Foot traffic', 'leave_out');
    const mapped = await plan([fixture('kpi/call-tracking-daily.csv')], await salesforceBook(), { mapping });
    expect(mapped.issues.filter((i) => i.kind === 'invalid')).toEqual([]);
  });

  it('reads a ;-separated weekly file with day-first dates and decimal commas', async () => {
    const result = await plan([fixture('kpi/analytics-weekly-semicolon.csv')], await salesforceBook());
    expect(result.files[0]).toMatchObject({ delimiter: ';', options: { dateOrder: 'dmy', decimalMark: ',' } });
    const revenue = rowsOf(result, 'metrics').find((s) => s.metric === 'revenue_attributed');
    // "12.450,50" → 1,245,050 cents; goal "10.000,00" → 1,000,000 cents; 31.08.2026 is a Monday
    expect(revenue).toMatchObject({ dates: ['2026-08-31'], values: [1_245_050], targets: [1_000_000] });
  });

  it('merges into a stored series: the weeks the file covers are replaced, the others kept; re-import changes nothing', async () => {
    const book = await salesforceBook();
    const first = applied(book, await plan([fixture('kpi/call-tracking-daily.csv')], book));
    const correction =
      'Account,Metric,Channel,Date,Value\nBright Smiles Dental,Phone calls,Paid Search,2026-09-07,10\nBright Smiles Dental,Phone calls,Paid Search,2026-09-14,12\n';
    const result = await plan([inputOf('fix.csv', correction)], first);
    expect(result.counts.metrics).toEqual({ created: 0, updated: 1, unchanged: 0 });
    // week of 31 Aug kept (34); 7 Sep corrected 8 → 10 (its target 12 kept); 14 Sep added
    expect(rowsOf(result, 'metrics')[0]).toMatchObject({
      dates: ['2026-08-31', '2026-09-07', '2026-09-14'],
      values: [34, 10, 12],
      targets: [36, 12, null],
    });
    const again = await plan([fixture('kpi/call-tracking-daily.csv')], first);
    expect(again.writes).toEqual([]);
  });
});
