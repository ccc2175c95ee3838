import { METRIC_INFO } from '../metrics/metric-info';
import type { MetricKey } from '../model';
import { RowProblem, dayCell, moneyCell, numberCell, vocabCell } from './cells';
import { type FileKind, type RowContext, issue } from './file-kind';
import type { AccountRef } from './types';

/**
 * KPI values from analytics or call tracking: one row per account, metric, channel, date and
 * value (with an optional target). Rows are daily, weekly or monthly as the tool writes them;
 * the import folds them into the account's yearly series, one point per week (DESIGN §3).
 */
export const kpiValues: FileKind = {
  id: 'kpi',
  source: 'kpi',
  label: 'KPI values',
  table: 'metrics',
  fields: [
    {
      key: 'accountId',
      label: 'Account id',
      aliases: ['accountid', 'fieldbookaccountid', 'salesforceaccountid', 'hubspotcompanyid', 'clientid'],
    },
    {
      key: 'account',
      label: 'Account',
      aliases: ['account', 'accountname', 'client', 'clientname', 'company', 'companyname', 'customer'],
    },
    {
      key: 'metric',
      label: 'Metric',
      aliases: ['metric', 'kpi', 'metricname', 'measure'],
      required: true,
      vocab: 'metric',
    },
    { key: 'channel', label: 'Channel', aliases: ['channel', 'source', 'medium', 'sourcemedium'], vocab: 'channel' },
    {
      key: 'date',
      label: 'Date',
      aliases: ['date', 'day', 'weekstart', 'weekof', 'week', 'period', 'month'],
      required: true,
    },
    { key: 'value', label: 'Value', aliases: ['value', 'actual', 'count', 'amount', 'total'], required: true },
    { key: 'target', label: 'Target', aliases: ['target', 'goal', 'budget'] },
  ],
  requires: [['accountId', 'account'], ['metric'], ['date'], ['value']],
  map(ctx) {
    const account = accountOf(ctx);
    const metric = vocabCell(ctx, 'metric', 'metric') as MetricKey;
    const channel = vocabCell(ctx, 'channel', 'channel');
    const date = dayCell(ctx, 'date');
    if (!date) throw new RowProblem(`${ctx.column('date')} is empty`);
    const value = amountOf(ctx, metric, 'value');
    const target = amountOf(ctx, metric, 'target');
    if (value === null && target === null) return issue('skipped', 'has no value');
    return { type: 'kpi', kpi: { account, metric, channel, date, value, target } };
  },
};

function accountOf(ctx: RowContext): AccountRef {
  const id = ctx.line('accountId');
  const name = ctx.line('account');
  if (id) return name ? { fieldbookId: id, name } : { fieldbookId: id };
  if (name) return { name };
  throw new RowProblem('names no account', 'outside');
}

/** Money metrics (spend, revenue, cost per lead) are kept in cents; counts as they are. */
function amountOf(ctx: RowContext, metric: MetricKey, field: string): number | null {
  if (METRIC_INFO[metric].unit === 'cents') return moneyCell(ctx, field);
  return numberCell(ctx, field);
}
