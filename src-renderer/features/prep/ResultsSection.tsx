import {
  channelBreakdown,
  formatMetricValue,
  formatGoalProgress,
  formatPercent,
  goalStatus,
  metricInfo,
  periodSummary,
  seriesPoints,
} from '../../../src-core/metrics';
import type { Channel, MetricKey } from '../../../src-core/model';
import type { AccountData, AccountFunnel } from '../../../src-core/prep';
import type { Period } from '../../../src-core/time';
import { KpiChart } from '../account/KpiChart';
import { Badge } from '../shared/Badge';
import { GoalStatusBadge } from '../shared/GoalStatusBadge';
import { formatDate, labelOf } from '../shared/format';
import { chartedMetrics } from './charted-metrics';
import { FunnelTable } from './FunnelTable';
import { PrepSection } from './PrepSection';

/** "Top-10 rankings (Organic)": the channel when the chart reads one, unless the name says it already. */
function chartName(metric: MetricKey, channel: Channel): string {
  const label = metricInfo(metric).label;
  const on = labelOf(channel);
  return channel === 'all' || label.toLowerCase().includes(on.toLowerCase()) ? label : `${label} (${on})`;
}

interface Props {
  data: AccountData;
  period: Period;
  today: string;
  funnel: AccountFunnel;
}

/** 3. Results: the funnel against baseline and target, KPI charts for the period, POWER goals, channels. */
export function ResultsSection({ data, period, today, funnel }: Props) {
  const metrics = chartedMetrics(data, period);
  const goals = data.goals
    .filter((g) => !g.deleted && g.status !== 'dropped')
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate));
  // The breakdown of the first charted metric kept for several channels (traffic is organic only: leads split).
  const breakdowns = metrics.map((m) => ({ metric: m.metric, rows: channelBreakdown(data.metrics, m.metric, period) }));
  const shown =
    breakdowns.find((b) => b.rows.length > 1) ??
    breakdowns.find((b, i) => metrics[i]!.channel === 'all' && b.rows.length > 0) ??
    breakdowns[0];
  const channelMetric = shown?.metric;
  const channels = shown?.rows ?? [];
  return (
    <PrepSection id="results" aside={`${period.label} · 3 min`}>
      <FunnelTable funnel={funnel} />
      {metrics.length === 0 ? (
        <p className="muted">No KPI data for this account.</p>
      ) : (
        <div className="prep-charts">
          {metrics.map(({ metric: m, channel }) => {
            const s = periodSummary(data.metrics, m, channel, period);
            const name = chartName(m, channel);
            return (
              <figure key={m} className="prep-chart">
                <figcaption>
                  <strong>{name}</strong> {formatMetricValue(m, s.value)}
                  {s.target !== null && <span className="muted"> of {formatMetricValue(m, s.target)} target</span>}
                  {s.attainment !== null && (
                    <Badge tone={s.attainment >= 1 ? 'good' : s.attainment >= 0.9 ? 'warn' : 'bad'}>
                      {formatPercent(s.attainment)}
                    </Badge>
                  )}
                </figcaption>
                <KpiChart
                  metric={m}
                  points={seriesPoints(data.metrics, m, channel, period.start, period.end)}
                  label={`${name} by week in ${period.label}, against target`}
                />
              </figure>
            );
          })}
        </div>
      )}
      <div className="prep-two">
        <div>
          <h3 className="prep-h3">POWER goals</h3>
          {goals.length === 0 ? (
            <p className="muted">No POWER goals set.</p>
          ) : (
            <table className="data-table prep-table">
              <thead>
                <tr>
                  <th>Goal</th>
                  <th className="num">Baseline → target</th>
                  <th className="num">Now</th>
                  <th className="num">Progress</th>
                </tr>
              </thead>
              <tbody>
                {goals.map((g) => {
                  const a = goalStatus(g, data.metrics, today);
                  return (
                    <tr key={g.id}>
                      <td>
                        {g.title} <span className="muted">· due {formatDate(g.dueDate)}</span>
                      </td>
                      <td className="num nowrap">
                        {formatMetricValue(g.metric, g.baseline)} → {formatMetricValue(g.metric, g.target)}
                      </td>
                      <td className="num">{formatMetricValue(g.metric, a.actual)}</td>
                      <td className="num">
                        {a.status === 'on_track' || a.status === 'behind' ? (
                          <span title={a.label}>
                            <Badge tone={a.status === 'on_track' ? 'good' : 'warn'}>
                              {formatGoalProgress(a.progress)}
                            </Badge>
                          </span>
                        ) : (
                          <GoalStatusBadge status={a} />
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
        </div>
        <div>
          <h3 className="prep-h3">{channelMetric ? `${metricInfo(channelMetric).label} by channel` : 'Channels'}</h3>
          {channels.length === 0 ? (
            <p className="muted">No channel breakdown for this period.</p>
          ) : (
            <table className="data-table prep-table">
              <thead>
                <tr>
                  <th>Channel</th>
                  <th className="num">Value</th>
                  <th className="num">Target</th>
                  <th className="num">Share</th>
                </tr>
              </thead>
              <tbody>
                {channels.map((c) => (
                  <tr key={c.channel}>
                    <td>{labelOf(c.channel)}</td>
                    <td className="num">{formatMetricValue(channelMetric!, c.value)}</td>
                    <td className="num">{formatMetricValue(channelMetric!, c.target)}</td>
                    <td className="num">{formatPercent(c.share)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      </div>
    </PrepSection>
  );
}
