import { memo } from 'react';
import { accountHref } from '../../app/routes';
import { navigate } from '../../app/useRoute';
import type { BookRow } from '../../store/types';
import { daysSinceContact } from '../../../src-core/health/engagement';
import { daysBetween } from '../../../src-core/time';
import { BookHealthCell } from '../health/BookHealthCell';
import { standingWords, daysAgoWords } from '../health/standing-words';
import type { AccountStanding } from '../../../src-core/standing';
import type { HealthSummary } from '../../workers/book-insights';
import { StageBadge, TierBadge } from '../shared/Badge';
import { formatDate, formatMoney, relativeDays } from '../shared/format';
import { MONTHLY_CONTACT_DAYS, RENEWAL_PLANNING_DAYS } from './book-columns';

interface Props {
  row: BookRow;
  index: number;
  today: string;
  zone: string;
  top: number;
  health: HealthSummary | undefined;
  standing: AccountStanding | undefined;
  /** False while the book is still downloading: the account opens once the whole book is here. */
  linked: boolean;
}

/**
 * One account in the Book. The name is a real link, so accounts can be opened in place or
 * deep-linked. Everything it shows arrives as props and it subscribes to nothing, so scrolling
 * renders only the rows that come into view (memo), never the ones already there.
 */
export const BookTableRow = memo(function BookTableRow({
  row,
  index,
  today,
  zone,
  top,
  health,
  standing,
  linked,
}: Props) {
  const { account, summary } = row;
  const href = accountHref(account.id);
  const contactDays = daysSinceContact(summary.lastContactAt, today, zone);
  const words = standing ? standingWords(standing) : null;
  const renewalDays = summary.renewalDate ? daysBetween(today, summary.renewalDate) : null;
  const renewalSoon = renewalDays !== null && renewalDays >= 0 && renewalDays <= RENEWAL_PLANNING_DAYS;
  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: a mouse shortcut; the account name's link is the keyboard path.
    // biome-ignore lint/a11y/useFocusableInteractive: rows are not tab stops in this grid; the links inside are.
    <div
      role="row"
      aria-rowindex={index + 2}
      data-index={index}
      className="book-grid book-row"
      style={{ transform: `translateY(${top}px)` }}
      onClick={(e) => {
        if (linked && !(e.target as HTMLElement).closest('a')) navigate(href);
      }}
    >
      <div role="cell" className="book-row__name">
        {linked ? (
          <a href={href} className="account-link" title={`${account.name} · ${account.ownerName}`}>
            {account.name}
          </a>
        ) : (
          <span className="account-link account-link--closed">{account.name}</span>
        )}
        <span className="book-row__city">
          {account.city}
          <span className="book-row__industry"> · {account.industry}</span>
        </span>
      </div>
      <div role="cell">
        <BookHealthCell health={health} />
      </div>
      <div role="cell" className="truncate book-col--wide">
        {account.industry}
      </div>
      <div role="cell">
        <TierBadge tier={account.tier} />
      </div>
      <div role="cell">
        <StageBadge stage={account.stage} />
      </div>
      <div role="cell" className="num strong">
        {formatMoney(summary.monthlyValueCents)}
      </div>
      <div role="cell" className={renewalSoon ? 'renewal renewal--soon' : 'renewal'}>
        {summary.renewalDate ? (
          <>
            <span>{formatDate(summary.renewalDate)}</span>
            <span className="sub">{relativeDays(today, summary.renewalDate)}</span>
          </>
        ) : (
          <span className="muted">No contract</span>
        )}
      </div>
      <div
        role="cell"
        className={`num book-row__contact${contactDays !== null && contactDays > MONTHLY_CONTACT_DAYS ? ' warn-text' : ''}`}
      >
        <span data-figure="last-contact" data-value={String(contactDays ?? 'never')}>
          {contactDays === null ? <span className="muted">Never</span> : daysAgoWords(contactDays)}
        </span>
        {words && (
          <span className="sub" data-figure="meetings-skipped" data-value={words.meetings.value}>
            {words.meetings.text}
          </span>
        )}
      </div>
      <div role="cell" className={`book-row__qbr${words?.qbr.overdue ? ' bad-text' : ''}`}>
        {words ? (
          <span data-figure="qbr-due" data-value={words.qbr.value}>
            {standing?.qbr ? (
              <>
                <span>{formatDate(standing.qbr.dueDate)}</span>
                <span className="sub">{relativeDays(today, standing.qbr.dueDate)}</span>
              </>
            ) : (
              <span className="muted">None</span>
            )}
          </span>
        ) : (
          <span className="muted">…</span>
        )}
      </div>
      <div role="cell" className={`num${summary.openTickets > 0 ? ' strong' : ' muted'}`}>
        {summary.openTickets}
      </div>
      <div role="cell" className="truncate book-col--wide">
        {account.ownerName}
      </div>
    </div>
  );
});
