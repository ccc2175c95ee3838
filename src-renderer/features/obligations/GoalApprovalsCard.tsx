import { GOAL_APPROVAL_DEFINITION, type ClientGoalApprovals } from '../../../src-core/obligations';
import { accountHref } from '../../app/routes';
import { formatDate, labelOf } from '../shared/format';

/** Every client's POWER goals approved this year (who, when, how) and the "2 new a year" count. */
export function GoalApprovalsCard({
  goals,
  perYear,
  year,
}: {
  goals: ClientGoalApprovals[];
  perYear: number;
  year: number;
}) {
  const short = goals.filter((c) => c.newGoals < perYear);
  return (
    <section className="card" aria-labelledby="goal-approvals-title">
      <h2 className="card__title" id="goal-approvals-title">
        POWER goals approved in {year} <span className="muted card__note">{GOAL_APPROVAL_DEFINITION}</span>
      </h2>
      <p className={short.length > 0 ? 'warn-text' : undefined}>
        {short.length === 0
          ? `Every client has ${perYear} new POWER goals documented in ${year}.`
          : `${short.length} of ${goals.length} clients have fewer than ${perYear} new POWER goals documented in ${year}.`}
      </p>
      <div className="table-scroll">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Client</th>
              <th scope="col">Approved goals</th>
              <th scope="col" className="num">
                New goals ({perYear} a year)
              </th>
            </tr>
          </thead>
          <tbody>
            {goals.map((c) => (
              <tr key={c.accountId} className={c.approved.length === 0 ? 'row--warn' : undefined}>
                <td>
                  <a href={accountHref(c.accountId)}>{c.name}</a>
                </td>
                <td>
                  {c.approved.length === 0 ? (
                    <span className="warn-text">
                      None{c.awaitingApproval.length > 0 ? ` — ${c.awaitingApproval.length} waiting for approval` : ''}
                    </span>
                  ) : (
                    c.approved.map((g) => (
                      <div key={g.id}>
                        {g.title}
                        <span className="sub">
                          {g.approval!.approvedBy} · {formatDate(g.approval!.approvedOn)} ·{' '}
                          {labelOf(g.approval!.method)}
                        </span>
                      </div>
                    ))
                  )}
                </td>
                <td className={c.newGoals < perYear ? 'num warn-text' : 'num'}>{c.newGoals}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
