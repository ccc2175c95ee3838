import type { MetricSeries } from '../model';
import { hashedRowId } from './crm-ids';
import type { PlanState } from './plan-context';
import { resolveAccount } from './resolve-account';
import type { KpiWeek } from './types';

/**
 * KPI weeks into the account's yearly series (one record per account, metric, channel and year:
 * DESIGN §3). A week the file covers replaces that week's stored value (and target, when the file
 * gives one), so re-importing the same file changes nothing and a corrected file corrects it.
 */
export function planKpis(state: PlanState, weeks: readonly KpiWeek[]): void {
  const groups = new Map<string, { accountId: string; weeks: KpiWeek[] }>();
  const resolvedAccounts = new Map<string, ReturnType<typeof resolveAccount>>();
  for (const week of weeks) {
    let resolved = resolvedAccounts.get(week.accountKey);
    if (!resolved) {
      resolved = resolveAccount(state.index, week.account, state.settings.foreignAccounts);
      resolvedAccounts.set(week.accountKey, resolved);
    }
    if ('reason' in resolved) {
      for (const row of week.rows) state.issue({ file: week.file, row }, resolved.kind, resolved.reason);
      continue;
    }
    const key = [resolved.accountId, week.metric, week.channel, week.week.slice(0, 4)].join('\u0001');
    const group = groups.get(key) ?? { accountId: resolved.accountId, weeks: [] };
    group.weeks.push(week);
    groups.set(key, group);
  }
  const stored = seriesByKey(state);
  for (const [key, group] of groups) planSeries(state, stored.get(key), group.accountId, group.weeks);
}

function seriesByKey(state: PlanState): Map<string, MetricSeries> {
  const out = new Map<string, MetricSeries>();
  for (const account of state.index.accounts()) {
    for (const s of state.index.seriesOf(account.id)) {
      out.set([s.accountId, s.metric, s.channel, String(s.year)].join('\u0001'), s);
    }
  }
  return out;
}

function planSeries(state: PlanState, stored: MetricSeries | undefined, accountId: string, weeks: KpiWeek[]): void {
  const first = weeks[0]!;
  const year = Number(first.week.slice(0, 4));
  const id = stored?.id ?? hashedRowId('kpi', accountId, first.metric, first.channel, String(year));
  const where = { file: first.file, row: first.rows[0]! };
  if (state.isTombstone('metrics', id)) {
    state.issue(where, 'skipped', 'this KPI series was deleted in Fieldbook');
    return;
  }
  const points = new Map<string, { value: number | null; target: number | null }>();
  for (const [i, date] of (stored?.dates ?? []).entries()) {
    points.set(date, { value: stored!.values[i] ?? null, target: stored!.targets[i] ?? null });
  }
  for (const week of weeks) {
    const before = points.get(week.week) ?? { value: null, target: null };
    points.set(week.week, { value: week.value ?? before.value, target: week.target ?? before.target });
  }
  const dates = [...points.keys()].sort();
  const fields = {
    metric: first.metric,
    channel: first.channel,
    year,
    dates,
    values: dates.map((d) => points.get(d)!.value),
    targets: dates.map((d) => points.get(d)!.target),
  };
  state.write(where, 'metrics', id, accountId, { fields });
}
