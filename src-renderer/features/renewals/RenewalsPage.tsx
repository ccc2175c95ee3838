import { useMemo } from 'react';
import { renewalOutlook, type RenewalMonth, type RenewalPlanState } from '../../../src-core/scorecard';
import { accountHref } from '../../app/routes';
import { useHealthByAccount } from '../health/useHealthByAccount';
import { useEffectiveSettings } from '../settings/queries';
import { useToday } from '../shared/clock';
import { formatDate, formatMoney } from '../shared/format';
import { BAND_WORDS, monthLabel, RenewalBars } from './RenewalBars';
import { useRenewalRows } from './queries';
import './renewals.css';

const PLAN_WORDS: Record<RenewalPlanState, string> = {
  planned: 'Plan started',
  no_plan: 'No plan yet',
  not_yet: 'Planning not due yet',
};

/** `#/renewals`: MRR up for renewal in each of the next 12 months, by health band, with the accounts behind it. */
export function RenewalsPage() {
  const today = useToday();
  const rows = useRenewalRows();
  const settings = useEffectiveSettings().data?.settings;
  const health = useHealthByAccount();
  const bands = useMemo(() => new Map([...health].map(([id, h]) => [id, h.band])), [health]);
  const outlook = useMemo(
    () => (rows.data && settings ? renewalOutlook(rows.data, bands, today, settings.health.renewalWindowDays) : null),
    [rows.data, settings, bands, today],
  );
  if (!outlook || !settings)
    return (
      <p className="loading page" role="status">
        Reading renewals…
      </p>
    );
  const count = outlook.months.reduce((n, m) => n + m.contracts.length, 0);
  return (
    <div className="page renewals-page">
      <header className="page-header">
        <div>
          <h1>Renewals</h1>
          <p className="page-header__sub">
            Active contracts renewing in the next 12 months, by the account’s health band today. Planning starts{' '}
            {settings.health.renewalWindowDays} days before renewal (Settings).
          </p>
        </div>
        <dl className="totals">
          <div className="totals__item">
            <dt className="totals__label">up for renewal · {count} contracts</dt>
            <dd className="totals__value" data-testid="renewals-total">
              {formatMoney(outlook.totalCents)}
            </dd>
          </div>
          <div className="totals__item">
            <dt className="totals__label">at risk (Yellow or Red)</dt>
            <dd className="totals__value bad-text" data-testid="renewals-at-risk">
              {formatMoney(outlook.atRiskCents)}
            </dd>
          </div>
        </dl>
      </header>
      <section className="card">
        <h2 className="card__title">MRR renewing per month</h2>
        <RenewalBars months={outlook.months} />
      </section>
      {outlook.months
        .filter((m) => m.contracts.length > 0)
        .map((m) => (
          <MonthTable key={m.month} month={m} />
        ))}
    </div>
  );
}

function MonthTable({ month }: { month: RenewalMonth }) {
  return (
    <section className="card" id={`renewal-${month.month}`} aria-label={`Renewing in ${monthLabel(month.month)}`}>
      <h2 className="card__title">
        {monthLabel(month.month)} <span className="muted">· {formatMoney(month.totalCents)} a month</span>
      </h2>
      <table className="data-table">
        <thead>
          <tr>
            <th>Account</th>
            <th>Renews</th>
            <th>Health</th>
            <th>Renewal plan</th>
            <th className="num">Monthly value</th>
          </tr>
        </thead>
        <tbody>
          {month.contracts.map((c) => (
            <tr key={c.contractId}>
              <td>
                <a className="account-link" href={accountHref(c.accountId)}>
                  {c.accountName}
                </a>
              </td>
              <td>{formatDate(c.renewalDate)}</td>
              <td>
                <span className={`renewal-band renewal-band--${c.band}`}>{BAND_WORDS[c.band]}</span>
              </td>
              <td className={c.plan === 'no_plan' ? 'bad-text' : undefined}>{PLAN_WORDS[c.plan]}</td>
              <td className="num" data-cents={c.monthlyValueCents}>
                {formatMoney(c.monthlyValueCents)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
