import { accountHref } from '../../app/routes';
import { Badge } from '../shared/Badge';
import { formatMoney } from '../shared/format';
import { BulkActions } from './BulkActions';
import { WarningItem } from './WarningItem';
import type { WarningGroup } from './warnings-groups';
import { SEVERITY_TONE } from './warnings-view';
import type { StoredWarning } from './warnings-store';

interface Props {
  groups: WarningGroup[];
  names: ReadonlyMap<string, string>;
  today: string;
  onRunPlaybook(w: StoredWarning): void;
}

const SEVERITY_WORDS = { critical: 'Critical', serious: 'Serious', minor: 'Minor' } as const;

/** The inbox by account, most at stake first, each account's warnings snoozed or resolved together. */
export function WarningGroups({ groups, names, today, onRunPlaybook }: Props) {
  return (
    <div className="warning-groups">
      {groups.map((g) => {
        const name = names.get(g.accountId) ?? 'Account no longer in your book';
        return (
          <section key={g.accountId} className="warning-group" aria-label={`Warnings: ${name}`}>
            <header className="warning-group__head">
              <a className="account-link" href={accountHref(g.accountId)}>
                {name}
              </a>
              <Badge tone={SEVERITY_TONE[g.severity]}>{SEVERITY_WORDS[g.severity]}</Badge>
              <span className="muted">
                {formatMoney(g.monthlyValueCents)} a month
                {g.renewalInDays !== null && g.renewalInDays >= 0 ? ` · renews in ${g.renewalInDays} days` : ''} ·{' '}
                {g.warnings.length} warning{g.warnings.length === 1 ? '' : 's'}
              </span>
              <BulkActions ids={g.warnings.map((w) => w.id)} today={today} what={`for ${name}`} />
            </header>
            <ul className="warnings" aria-label={`${name}: warnings`}>
              {g.warnings.map((w) => (
                <WarningItem
                  key={w.id}
                  warning={w}
                  accountName={name}
                  today={today}
                  onRunPlaybook={names.has(w.accountId) ? () => onRunPlaybook(w) : null}
                />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
