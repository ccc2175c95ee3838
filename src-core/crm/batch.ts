import { METRIC_INFO } from '../metrics/metric-info';
import type { Channel, MetricKey } from '../model';
import { mondayOf } from '../time';
import type { KpiValue } from './file-kind';
import type { CalendarEvent, FileFailure, FileSummary, ImportBatch, IncomingRow, KpiWeek, RowIssue } from './types';

/**
 * Collects what the files say as they stream in. KPI values are folded into weeks on the way
 * (flows add up, levels average: METRIC_INFO), so a 100,000-row daily file holds one entry per
 * account, metric, channel and week, never 100,000 points.
 */
export interface BatchBuilder {
  addFile(summary: FileSummary): void;
  addRow(row: IncomingRow): void;
  addKpi(file: string, row: number, kpi: KpiValue): void;
  addEvent(event: CalendarEvent): void;
  addIssue(issue: RowIssue): void;
  addFailure(failure: FileFailure): void;
  build(): ImportBatch;
}

interface Fold {
  week: KpiWeek;
  values: number[];
  targets: number[];
}

function folded(metric: MetricKey, xs: number[]): number | null {
  if (xs.length === 0) return null;
  const sum = xs.reduce((a, b) => a + b, 0);
  const value = METRIC_INFO[metric].aggregation === 'sum' ? sum : sum / xs.length;
  return METRIC_INFO[metric].unit === 'cents' ? Math.round(value) : Math.round(value * 1000) / 1000;
}

export function accountKeyOf(ref: KpiValue['account']): string {
  if ('crm' in ref) return `${ref.crm}:${ref.crmId}`;
  if ('fieldbookId' in ref) return `id:${ref.fieldbookId}`;
  return `name:${ref.name.trim().toLowerCase()}`;
}

export function createBatchBuilder(): BatchBuilder {
  const files: FileSummary[] = [];
  const rows: IncomingRow[] = [];
  const events: CalendarEvent[] = [];
  const issues: RowIssue[] = [];
  const failures: FileFailure[] = [];
  const weeks = new Map<string, Fold>();
  return {
    addFile: (summary) => void files.push(summary),
    addRow: (row) => void rows.push(row),
    addEvent: (event) => void events.push(event),
    addIssue: (issue) => void issues.push(issue),
    addFailure: (failure) => void failures.push(failure),
    addKpi(file, row, kpi) {
      const accountKey = accountKeyOf(kpi.account);
      const week = mondayOf(kpi.date);
      const key = [file, accountKey, kpi.metric, kpi.channel, week].join('\u0001');
      let fold = weeks.get(key);
      if (!fold) {
        const metric = kpi.metric as MetricKey;
        const channel = kpi.channel as Channel;
        const entry: KpiWeek = {
          account: kpi.account,
          accountKey,
          metric,
          channel,
          week,
          value: null,
          target: null,
          rows: [],
          file,
        };
        fold = { week: entry, values: [], targets: [] };
        weeks.set(key, fold);
      }
      fold.week.rows.push(row);
      if (kpi.value !== null) fold.values.push(kpi.value);
      if (kpi.target !== null) fold.targets.push(kpi.target);
    },
    build() {
      const kpis = [...weeks.values()].map(({ week, values, targets }) => ({
        ...week,
        value: folded(week.metric, values),
        target: folded(week.metric, targets),
      }));
      return { files, failures, rows, kpis, events, issues };
    },
  };
}
