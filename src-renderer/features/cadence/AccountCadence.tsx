import type { CadenceItem } from '../../../src-core/cadence';
import type { Settings } from '../../../src-core/settings';
import { accountHref } from '../../app/routes';
import type { AccountRef } from '../../workers/book-insights';
import { StandingFacts } from '../health/StandingFacts';
import { useBookStanding } from '../health/useHealthByAccount';
import { AccountSelect } from '../shared/AccountSelect';
import { Badge } from '../shared/Badge';
import { formatDate } from '../shared/format';
import { dueWords } from './cadence-view';

interface Props {
  accounts: readonly AccountRef[];
  accountId: string;
  onSelect(accountId: string): void;
  items: readonly CadenceItem[];
  settings: Settings;
  today: string;
}

/** One account's rhythm: where it stands (the same figures as the Book and the account screens) and what is due. */
export function AccountCadence({ accounts, accountId, onSelect, items, settings, today }: Props) {
  const standing = useBookStanding().get(accountId);
  const due = items.filter((i) => i.accountId === accountId);
  return (
    <section className="card account-cadence" aria-labelledby="account-cadence-title">
      <h2 className="card__title" id="account-cadence-title">
        One account{' '}
        <AccountSelect
          accounts={accounts}
          value={accountId}
          onChange={onSelect}
          placeholder="Choose an account…"
          aria-label="Account"
        />
      </h2>
      {accountId && standing && (
        <>
          <StandingFacts standing={standing} settings={settings} />
          {due.length === 0 ? (
            <p className="muted">Nothing due or overdue for this account.</p>
          ) : (
            <ul className="account-cadence__due">
              {due.map((i) => (
                <li key={i.key}>
                  {i.label}: {i.dueDate ? formatDate(i.dueDate) : '—'}{' '}
                  <Badge tone={i.state === 'overdue' ? 'bad' : 'warn'}>{dueWords(i.dueDate, today)}</Badge>
                </li>
              ))}
            </ul>
          )}
          <a href={accountHref(accountId)}>Open the account</a>
        </>
      )}
    </section>
  );
}
