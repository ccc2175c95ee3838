import type { OnboardingProgress } from '../../../src-core/cadence';
import { accountHref } from '../../app/routes';
import { ONBOARDING_TONE, sortOnboarding, STEP_SHORT } from '../cadence/cadence-view';
import { formatDate, formatShortDate } from '../shared/format';

/** Each onboarding client's clock: welcome ≤ 24 h, kickoff ≤ 3 business days, quick win ≤ 7 days, weeks 1–4, first value. */
export function OnboardingTracker({
  list,
  names,
  firstValueDays,
}: {
  list: OnboardingProgress[];
  names: Map<string, string>;
  firstValueDays: number;
}) {
  const rows = sortOnboarding(list);
  const keys = rows[0]?.steps.map((s) => s.key) ?? Object.keys(STEP_SHORT);
  return (
    <section className="card onboarding" aria-labelledby="onboarding-title">
      <h2 className="card__title" id="onboarding-title">
        Onboarding{' '}
        <span className="muted card__note">
          {rows.length} clients on the clock · time to first value target {firstValueDays} days
        </span>
      </h2>
      {rows.length === 0 ? (
        <p className="empty">No client is onboarding right now.</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table onboarding__table">
            <thead>
              <tr>
                <th>Account</th>
                {keys.map((k) => (
                  <th key={k}>{STEP_SHORT[k] ?? k}</th>
                ))}
                <th className="num">Days to value</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((p) => (
                <tr key={p.accountId}>
                  <td>
                    <a className="account-link" href={accountHref(p.accountId)}>
                      {names.get(p.accountId) ?? p.accountId}
                    </a>
                    {p.late > 0 && <div className="bad-text onboarding__late">{p.late} late</div>}
                  </td>
                  {p.steps.map((s) => (
                    <td
                      key={s.key}
                      title={`${s.title}: due ${formatDate(s.dueDate)}${s.completedAt ? `, done ${formatDate(s.completedAt)}` : ''}`}
                    >
                      <span className={`step step--${ONBOARDING_TONE[s.state]}`}>
                        {s.completedAt
                          ? `✓ ${formatShortDate(s.completedAt)}`
                          : s.state === 'late'
                            ? `late · ${formatShortDate(s.dueDate)}`
                            : formatShortDate(s.dueDate)}
                      </span>
                    </td>
                  ))}
                  <td className="num">{p.timeToFirstValueDays === null ? '—' : `${p.timeToFirstValueDays} d`}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
