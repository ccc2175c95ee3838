import { formatMetricValue, formatPercent, goalStatus, metricInfo } from '../../../src-core/metrics';
import type { Goal, MetricSeries } from '../../../src-core/model';
import { GoalStatusBadge } from '../shared/GoalStatusBadge';
import { formatDate, formatMoney, relativeDays } from '../shared/format';
import { channelLabel } from './kpi-points';

/** POWER goals: baseline → target by a due date, with where the account stands now (the goals' one rule). */
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
            const att = goalStatus(goal, series, today);
            const behind = att.status === 'behind' || att.status === 'missed';
            return (
              <tr key={goal.id}>
                <td>
                  <div className="strong">{goal.title}</div>
                  {goal.note && <div className="sub">{goal.note}</div>}
                </td>
                <td>
                  {metricInfo(goal.metric).label}
                  <div className="sub">
                    {channelLabel(goal.channel)}
                    {att.direction === 'lower' ? ' · lower is better' : ''}
                  </div>
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
                  <GoalStatusBadge status={att} />
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
