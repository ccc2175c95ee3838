import type { DeckDue } from '../../../src-core/deck';
import { accountHref } from '../../app/routes';
import { formatDate, relativeDays } from '../shared/format';

interface Props {
  due: DeckDue[];
  selected: ReadonlySet<string>;
  today: string;
  disabled: boolean;
  onToggle(accountId: string, on: boolean): void;
  onToggleAll(on: boolean): void;
}

/** Accounts with a deck due, each with a checkbox; overdue ones say so. */
export function DueList({ due, selected, today, disabled, onToggle, onToggleAll }: Props) {
  const all = due.length > 0 && due.every((d) => selected.has(d.accountId));
  const some = due.some((d) => selected.has(d.accountId));
  return (
    <div className="table-scroll due-list">
      <table className="data-table">
        <thead>
          <tr>
            <th className="due-list__check">
              <input
                type="checkbox"
                aria-label="Select all accounts due"
                checked={all}
                ref={(el) => {
                  if (el) el.indeterminate = some && !all;
                }}
                disabled={disabled || due.length === 0}
                onChange={(e) => onToggleAll(e.target.checked)}
              />
            </th>
            <th>Account</th>
            <th title="When the next one is due: the tier's QBR interval after the last QBR held, or 30 days after the last value report sent.">
              Due
            </th>
            <th title="The last QBR held (a completed QBR meeting) or value report sent. Generating a deck does not count.">
              Last held or sent
            </th>
          </tr>
        </thead>
        <tbody>
          {due.map((d) => (
            <tr key={d.accountId} className={d.overdue ? 'row--warn' : undefined}>
              <td className="due-list__check">
                <input
                  type="checkbox"
                  aria-label={`Include ${d.accountName}`}
                  checked={selected.has(d.accountId)}
                  disabled={disabled}
                  onChange={(e) => onToggle(d.accountId, e.target.checked)}
                />
              </td>
              <td>
                <a href={accountHref(d.accountId)}>{d.accountName}</a>
              </td>
              <td className="nowrap">
                {formatDate(d.dueDate)}{' '}
                <span className={d.overdue ? 'warn-text' : 'muted'}>
                  · {d.overdue ? `overdue, ${relativeDays(today, d.dueDate)}` : relativeDays(today, d.dueDate)}
                </span>
              </td>
              <td className="muted nowrap">{d.lastDate ? formatDate(d.lastDate) : 'None yet'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
