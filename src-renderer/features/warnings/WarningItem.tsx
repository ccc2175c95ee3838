import { WARNING_LABELS } from '../../../src-core/warnings';
import { accountHref } from '../../app/routes';
import { Badge } from '../shared/Badge';
import { formatDate, formatDateTime } from '../shared/format';
import { useTimeZone } from '../shared/clock';
import { SnoozeControls } from './SnoozeControls';
import { WARNING_TONE } from './warnings-view';
import type { StoredWarning } from './warnings-store';

interface Props {
  warning: StoredWarning;
  accountName: string;
  today: string;
  onRunPlaybook: (() => void) | null;
}

/** One warning: the account, what happened (evidence with numbers), since when, and what to do about it. */
export function WarningItem({ warning: w, accountName, today, onRunPlaybook }: Props) {
  const zone = useTimeZone();
  const runs = w.playbookRuns ?? [];
  return (
    <li className={`warning warning--${WARNING_TONE[w.kind]}`} aria-label={`${WARNING_LABELS[w.kind]}: ${accountName}`}>
      <div className="warning__head">
        <Badge tone={WARNING_TONE[w.kind]}>{WARNING_LABELS[w.kind]}</Badge>
        <a className="account-link warning__account" href={accountHref(w.accountId)}>
          {accountName}
        </a>
        <span className="warning__date" title={`Raised ${formatDateTime(w.raisedAt, zone)}`}>
          since {formatDate(w.date)}
        </span>
      </div>
      <div className="warning__body">
        <p className="warning__evidence">{w.evidence}</p>
        {w.status !== 'resolved' && (
          <div className="warning__footer">
            {w.status === 'snoozed' && w.snoozedUntil && w.snoozedUntil > today && (
              <span className="muted">Snoozed until {formatDate(w.snoozedUntil)}</span>
            )}
            {onRunPlaybook && (
              <button type="button" className="button button--small" onClick={onRunPlaybook}>
                Run playbook
              </button>
            )}
            <SnoozeControls warningId={w.id} today={today} />
          </div>
        )}
      </div>
      {runs.length > 0 && (
        <ul className="warning__runs">
          {runs.map((r) => (
            <li key={r.ranAt}>
              Playbook “{r.playbookName}” started {formatDate(r.ranAt)}: {r.taskIds.length} tasks
              {r.opportunityId ? ' and an opportunity' : ''} on <a href={accountHref(w.accountId)}>{accountName}</a>
            </li>
          ))}
        </ul>
      )}
      {w.status === 'resolved' && (
        <p className="muted warning__status">
          {w.resolution === 'cleared' ? 'Cleared: the cause went away' : 'Resolved by you'} on{' '}
          {formatDate(w.resolvedAt ?? w.date)}. It reopens only on new evidence.
        </p>
      )}
    </li>
  );
}
