import { useState } from 'react';
import { formatGoalProgress, formatMetricValue, goalStatus, metricInfo } from '../../../src-core/metrics';
import type { Contact, Goal, MetricSeries } from '../../../src-core/model';
import { GOAL_APPROVAL_DEFINITION, isApprovedIn, isNewIn } from '../../../src-core/obligations';
import { yearToDate } from '../../../src-core/scorecard';
import { ApproveGoalDialog } from '../obligations/ApproveGoalDialog';
import { NewGoalDialog } from '../obligations/NewGoalDialog';
import { useEffectiveSettings } from '../settings/queries';
import { GoalStatusBadge } from '../shared/GoalStatusBadge';
import { formatDate, formatMoney, labelOf, relativeDays } from '../shared/format';
import { channelLabel } from './kpi-points';

interface Props {
  accountId: string;
  accountName: string;
  goals: Goal[];
  series: MetricSeries[];
  contacts: Contact[];
  today: string;
}

/**
 * POWER goals: baseline → target by a due date, with where the account stands now (the goals' one
 * rule), and the client's approval of each (who, when, how) that the year-end bonus needs.
 */
export function GoalsTab({ accountId, accountName, goals, series, contacts, today }: Props) {
  const [approving, setApproving] = useState<Goal | null>(null);
  const [adding, setAdding] = useState(false);
  const perYear = useEffectiveSettings().data?.settings.targets.powerGoalsPerClientPerYear ?? null;
  const live = goals.filter((g) => !g.deleted).sort((a, b) => a.dueDate.localeCompare(b.dueDate));
  const year = yearToDate(today);
  const approved = live.filter((g) => isApprovedIn(g, year)).length;
  const started = live.filter((g) => isNewIn(g, year)).length;
  return (
    <>
      <div className="goals-head">
        <div>
          <p className={approved > 0 ? 'goal-approvals' : 'goal-approvals warn-text'} title={GOAL_APPROVAL_DEFINITION}>
            {approved > 0
              ? `${approved} goal${approved === 1 ? '' : 's'} approved by the client in ${year.start.slice(0, 4)}.`
              : `No goal approved by the client in ${year.start.slice(0, 4)} yet: the year-end bonus needs one.`}
          </p>
          {perYear !== null && (
            <p className={started < perYear ? 'goal-approvals warn-text' : 'goal-approvals'}>
              {started} of {perYear} new POWER goals documented in {year.start.slice(0, 4)}.
            </p>
          )}
        </div>
        <button type="button" className="button button--primary" onClick={() => setAdding(true)}>
          New POWER goal
        </button>
      </div>
      {live.length === 0 ? (
        <p className="empty">No POWER goals set for this account yet.</p>
      ) : (
        <GoalsTable live={live} series={series} today={today} onApprove={setApproving} />
      )}
      <ApproveGoalDialog goal={approving} contacts={contacts} today={today} onClose={() => setApproving(null)} />
      <NewGoalDialog
        accountId={accountId}
        accountName={accountName}
        open={adding}
        today={today}
        onClose={() => setAdding(false)}
      />
    </>
  );
}

function GoalsTable({
  live,
  series,
  today,
  onApprove,
}: {
  live: Goal[];
  series: MetricSeries[];
  today: string;
  onApprove(goal: Goal): void;
}) {
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
            <th scope="col">Client approval</th>
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
                <td className={`num${behind ? ' warn-text' : ''}`}>{formatGoalProgress(att.progress)}</td>
                <td className="nowrap">
                  {formatDate(goal.dueDate)}
                  <div className="sub">{relativeDays(today, goal.dueDate)}</div>
                </td>
                <td>
                  <GoalStatusBadge status={att} />
                </td>
                <td className="num">{formatMoney(goal.valueCents)}</td>
                <td>
                  <Approval goal={goal} onApprove={() => onApprove(goal)} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function Approval({ goal, onApprove }: { goal: Goal; onApprove(): void }) {
  const a = goal.approval;
  if (!a) {
    return (
      <button type="button" className="button button--small" onClick={onApprove}>
        Record approval
      </button>
    );
  }
  return (
    <span className="approval" title={a.note || undefined}>
      {a.approvedBy}
      <span className="sub">
        {formatDate(a.approvedOn)} · {labelOf(a.method)}
      </span>
    </span>
  );
}
