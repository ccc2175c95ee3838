import { useMemo, useState } from 'react';
import { aggregateRange, formatMetricValue, metricInfo } from '../../../src-core/metrics';
import type { Channel, MetricKey, MetricSeries } from '../../../src-core/model';
import { addMonths } from '../../../src-core/time';
import { formatDate } from '../shared/format';
import { KpiChart } from './KpiChart';
import { channelLabel, latestPoint, metricOptions } from './kpi-points';

const WINDOWS = [
  { months: 3, label: 'Last 3 months' },
  { months: 6, label: 'Last 6 months' },
  { months: 12, label: 'Last 12 months' },
  { months: 24, label: 'Last 24 months' },
] as const;

/** KPI charts by metric and channel, each against its target; the last 12 months by default. */
export function KpiTab({ series, today }: { series: MetricSeries[]; today: string }) {
  const options = useMemo(() => metricOptions(series), [series]);
  const metrics = [...options.keys()];
  const [picked, setPicked] = useState<{ metric: MetricKey; channel: Channel } | null>(null);
  const [months, setMonths] = useState(12);
  const metric = picked?.metric ?? (options.has('leads') ? 'leads' : metrics[0]);
  if (!metric) return <p className="empty">No KPI data has been recorded for this account yet.</p>;
  const channels = options.get(metric) ?? [];
  const channel = picked && channels.includes(picked.channel) ? picked.channel : (channels[0] ?? 'all');
  const from = addMonths(today, -months);
  return (
    <KpiView
      key={`${metric}|${channel}|${months}`}
      series={series}
      metric={metric}
      channel={channel}
      from={from}
      today={today}
      picker={
        <div className="toolbar toolbar--tight">
          <label className="filter">
            <span className="filter__label">Metric</span>
            <select value={metric} onChange={(e) => setPicked({ metric: e.target.value as MetricKey, channel })}>
              {metrics.map((m) => (
                <option key={m} value={m}>
                  {metricInfo(m).label}
                </option>
              ))}
            </select>
          </label>
          <label className="filter">
            <span className="filter__label">Channel</span>
            <select value={channel} onChange={(e) => setPicked({ metric, channel: e.target.value as Channel })}>
              {channels.map((c) => (
                <option key={c} value={c}>
                  {channelLabel(c)}
                </option>
              ))}
            </select>
          </label>
          <label className="filter">
            <span className="filter__label">Period</span>
            <select value={months} onChange={(e) => setMonths(Number(e.target.value))}>
              {WINDOWS.map((w) => (
                <option key={w.months} value={w.months}>
                  {w.label}
                </option>
              ))}
            </select>
          </label>
        </div>
      }
    />
  );
}

interface ViewProps {
  series: MetricSeries[];
  metric: MetricKey;
  channel: Channel;
  from: string;
  today: string;
  picker: React.ReactNode;
}

function KpiView({ series, metric, channel, from, today, picker }: ViewProps) {
  const range = useMemo(
    () => aggregateRange(series, metric, channel, from, today),
    [series, metric, channel, from, today],
  );
  const latest = latestPoint(range.points);
  const info = metricInfo(metric);
  const total = info.aggregation === 'sum' ? 'Total' : 'Average';
  return (
    <div className="kpis">
      {picker}
      <dl className="stats stats--row">
        <div className="stat">
          <dt>Latest week{latest ? ` (${formatDate(latest.date)})` : ''}</dt>
          <dd>{latest ? formatMetricValue(metric, latest.value) : '—'}</dd>
        </div>
        <div className="stat">
          <dt>Target that week</dt>
          <dd>{latest ? formatMetricValue(metric, latest.target) : '—'}</dd>
        </div>
        <div className="stat">
          <dt>{total} over the period</dt>
          <dd>{formatMetricValue(metric, range.value)}</dd>
        </div>
        <div className="stat">
          <dt>{total} target</dt>
          <dd>{formatMetricValue(metric, range.target)}</dd>
        </div>
      </dl>
      {info.direction === 'lower' && <p className="hint">Lower is better for {info.label.toLowerCase()}.</p>}
      {range.weeks === 0 ? (
        <p className="empty">
          No {info.label.toLowerCase()} recorded for {channelLabel(channel).toLowerCase()} in this period.
        </p>
      ) : (
        <KpiChart
          metric={metric}
          points={range.points}
          label={`${info.label}, ${channelLabel(channel)}, weekly, with target`}
        />
      )}
    </div>
  );
}
