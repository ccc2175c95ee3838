import { formatMetricValue, formatPercent, goalAttainment, metricInfo } from '../../../src-core/metrics';
import type { Goal, GoalStatus, MetricSeries } from '../../../src-core/model';
import { Badge, type BadgeTone } from '../shared/Badge';
import { formatDate, formatMoney, labelOf, relativeDays } from '../shared/format';
import { channelLabel } from './kpi-points';

const STATUS_TONES: Record<GoalStatus, BadgeTone> = {
  open: 'info',
  achieved: 'good',
  missed: 'bad',
  dropped: 'neutral',
};

/** POWER goals: baseline → target by a due date, with where the account stands now. */
export function GoalsTab({ goals, series, today }: { goals: Goal[]; series: MetricSeries[]; today: string }) {
  const live = goals.filter((g) => !g.deleted).sort((a, b) => a.dueDate.localeCompare(b.dueDate));
  if (live.length === 0) return <p className="empty">No POWER goals set for this account yet.</p>;
  return (
    <div className="table-scroll">
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">Goal</th>
            <th scope="col">Metric</th>
            <th scope="col" className="num">
              Baseline
            </th>
            <th scope="col" className="num">
              Target
            </th>
            <th scope="col" className="num">
              Now
            </th>
            <th scope="col" className="num">
              Progress
            </th>
            <th scope="col">Due</th>
            <th scope="col">Status</th>
            <th scope="col" className="num">
              Worth to client
            </th>
          </tr>
        </thead>
        <tbody>
          {live.map((goal) => {
            const att = goalAttainment(goal, series, today);
            const behind = goal.status === 'open' && !att.onTrack;
            return (
              <tr key={goal.id}>
                <td>
                  <div className="strong">{goal.title}</div>
                  {goal.note && <div className="sub">{goal.note}</div>}
                </td>
                <td>
                  {metricInfo(goal.metric).label}
                  <div className="sub">{channelLabel(goal.channel)}</div>
                </td>
                <td className="num">{formatMetricValue(goal.metric, goal.baseline)}</td>
                <td className="num">{formatMetricValue(goal.metric, goal.target)}</td>
                <td className="num">{formatMetricValue(goal.metric, att.actual)}</td>
                <td className={`num${behind ? ' warn-text' : ''}`}>{formatPercent(att.progress)}</td>
                <td>
                  {formatDate(goal.dueDate)}
                  <div className="sub">{relativeDays(today, goal.dueDate)}</div>
                </td>
                <td>
                  <Badge tone={behind ? 'warn' : STATUS_TONES[goal.status]}>
                    {behind ? 'Behind' : labelOf(goal.status)}
                  </Badge>
                </td>
                <td className="num">{formatMoney(goal.valueCents)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
