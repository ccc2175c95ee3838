import type { Contract } from '../../../src-core/model';
import type { AccountDetail } from '../../store/types';
import { Badge } from '../shared/Badge';
import { formatDate, formatMoney, labelOf, relativeDays } from '../shared/format';
import { ContactCard } from './ContactCard';
import { WebsiteLink } from './WebsiteLink';

interface Props {
  detail: AccountDetail;
  contract: Contract | null;
  today: string;
}

export function OverviewTab({ detail, contract, today }: Props) {
  const { account } = detail;
  const contacts = detail.contacts
    .filter((c) => !c.deleted)
    .sort((a, b) => Number(b.isPrimary) - Number(a.isPrimary) || a.name.localeCompare(b.name));
  const signals = account.signals;
  return (
    <div className="overview">
      <div className="overview__facts">
        <section className="card">
          <h2 className="card__title">Contract and services</h2>
          {contract ? (
            <dl className="facts">
              <dt>Monthly value</dt>
              <dd>{formatMoney(contract.monthlyValueCents)}</dd>
              <dt>Term</dt>
              <dd>
                {formatDate(contract.startDate)} – {formatDate(contract.renewalDate)} ({contract.termMonths} months)
              </dd>
              <dt>Renewal</dt>
              <dd>{relativeDays(today, contract.renewalDate)}</dd>
              <dt>Status</dt>
              <dd>{labelOf(contract.status)}</dd>
              <dt>Services</dt>
              <dd className="chips">
                {contract.services.length === 0
                  ? '—'
                  : contract.services.map((s) => <Badge key={s}>{labelOf(s)}</Badge>)}
              </dd>
            </dl>
          ) : (
            <p className="muted">No contract on file for this account.</p>
          )}
        </section>
        <section className="card">
          <h2 className="card__title">Account</h2>
          <dl className="facts">
            <dt>Client since</dt>
            <dd>{formatDate(account.startedAt)}</dd>
            <dt>Website</dt>
            <dd>
              <WebsiteLink url={account.website} />
            </dd>
            <dt>Time zone</dt>
            <dd>{account.timezone || '—'}</dd>
            <dt>Your pulse</dt>
            <dd>{account.pulse === null ? 'Not given' : `${account.pulse} of 5`}</dd>
            <dt>Signals</dt>
            <dd className="chips">
              {signals.length === 0
                ? 'None recorded'
                : signals.map((s) => (
                    <Badge
                      key={`${s.kind}:${s.date}`}
                      tone={s.kind === 'cancellation_threat' || s.kind === 'competitor_interest' ? 'bad' : 'info'}
                      title={s.note}
                    >
                      {labelOf(s.kind)} · {formatDate(s.date)}
                    </Badge>
                  ))}
            </dd>
          </dl>
        </section>
      </div>
      <section>
        <h2 className="section-title">Contacts</h2>
        {contacts.length === 0 ? (
          <p className="empty">No contacts on file.</p>
        ) : (
          <div className="contacts">
            {contacts.map((c) => (
              <ContactCard key={c.id} contact={c} />
            ))}
          </div>
        )}
      </section>
    </div>
  );
}
