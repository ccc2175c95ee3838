import type { Account, Contract } from '../../../src-core/model';
import { daysBetween, formatTimeIn, isTimeZone } from '../../../src-core/time';
import { accountHref } from '../../app/routes';
import { HealthBadge } from '../health/HealthBadge';
import { StandingFacts } from '../health/StandingFacts';
import type { AccountFigures } from '../health/useAccountStanding';
import { useNow } from '../shared/clock';
import { StageBadge, TierBadge } from '../shared/Badge';
import { formatDate, formatMoney, relativeDays } from '../shared/format';
import { RENEWAL_PLANNING_DAYS } from '../book/book-columns';

interface Props {
  account: Account;
  contract: Contract | null;
  figures: AccountFigures;
  today: string;
  onLogActivity(): void;
  onAddTask(): void;
  /** Opens the account's Decks tab (outline review, then the QBR or value report). */
  onGenerateDeck?(): void;
}

export function AccountHeader({ account, contract, figures, today, onLogActivity, onAddTask, onGenerateDeck }: Props) {
  const now = useNow();
  const clientClock = isTimeZone(account.timezone) ? `${formatTimeIn(now, account.timezone)} their time` : null;
  const renewalDays = contract ? daysBetween(today, contract.renewalDate) : null;
  const renewalSoon = renewalDays !== null && renewalDays >= 0 && renewalDays <= RENEWAL_PLANNING_DAYS;
  return (
    <header className="account-header">
      <div className="account-header__top">
        <nav className="breadcrumb" aria-label="Breadcrumb">
          <a href="#/book">Book</a> <span aria-hidden="true">/</span> <span aria-current="page">{account.name}</span>
        </nav>
        <div className="account-header__actions">
          <a className="button" href={`${accountHref(account.id)}/prep`}>
            Prepare for meeting
          </a>
          {onGenerateDeck && (
            <button type="button" className="button" onClick={onGenerateDeck}>
              Generate QBR / value report
            </button>
          )}
          <button type="button" className="button" onClick={onAddTask}>
            Add task
          </button>
          <button type="button" className="button button--primary" onClick={onLogActivity}>
            Log activity
          </button>
        </div>
      </div>
      <div className="account-header__main">
        <div className="account-header__identity">
          <h1>{account.name}</h1>
          <div className="account-header__badges">
            <HealthBadge health={figures.health} />
            <TierBadge tier={account.tier} />
            <StageBadge stage={account.stage} />
          </div>
          <p className="account-header__meta">
            {[account.industry, account.city, account.region, clientClock].filter(Boolean).join(' · ')} · Owner{' '}
            {account.ownerName}
          </p>
          <StandingFacts standing={figures.standing} settings={figures.settings} />
        </div>
        <dl className="stats">
          <div className="stat">
            <dt>Monthly value</dt>
            <dd>{contract ? formatMoney(contract.monthlyValueCents) : '—'}</dd>
          </div>
          <div className={`stat${renewalSoon ? ' stat--warn' : ''}`}>
            <dt>Renewal</dt>
            <dd>
              {contract ? formatDate(contract.renewalDate) : 'No contract'}
              {contract && <span className="stat__sub">{relativeDays(today, contract.renewalDate)}</span>}
            </dd>
          </div>
          <div className="stat">
            <dt>Client since</dt>
            <dd>{formatDate(account.startedAt)}</dd>
          </div>
        </dl>
      </div>
    </header>
  );
}
