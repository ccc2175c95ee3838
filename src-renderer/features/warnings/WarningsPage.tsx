import { useMemo, useState } from 'react';
import type { WarningKind } from '../../../src-core/warnings';
import { useBookRows } from '../book/queries';
import { useBookInsights } from '../health/queries';
import { causeOfWarning } from '../playbooks/playbook-drafts';
import { PlaybookDialog } from '../playbooks/PlaybookDialog';
import { useEffectiveSettings } from '../settings/queries';
import { useToday } from '../shared/clock';
import { formatMoney } from '../shared/format';
import { useWarningsInbox } from './queries';
import { daysBetween } from '../../../src-core/time';
import { BulkActions } from './BulkActions';
import { WarningGroups } from './WarningGroups';
import { WarningItem } from './WarningItem';
import { groupByAccount, valueAtRisk } from './warnings-groups';
import { countsByKind, sortForInbox, warningsIn, type InboxView } from './warnings-view';
import type { StoredWarning } from './warnings-store';
import './warnings.css';

const PAGE = 60;
const VIEWS: { view: InboxView; label: string }[] = [
  { view: 'open', label: 'Inbox' },
  { view: 'snoozed', label: 'Snoozed' },
  { view: 'resolved', label: 'Resolved' },
];

/** `#/warnings`: every early warning in one inbox, each with its evidence, a snooze and a playbook. */
export function WarningsPage() {
  const today = useToday();
  const { inbox, stored, run } = useWarningsInbox();
  const book = useBookRows();
  const insights = useBookInsights();
  const [view, setView] = useState<InboxView>('open');
  const [kind, setKind] = useState<WarningKind | ''>('');
  const [shown, setShown] = useState(PAGE);
  const [playbookFor, setPlaybookFor] = useState<StoredWarning | null>(null);
  const [byAccount, setByAccount] = useState(true);

  const accounts = useMemo(() => new Map((book.data ?? []).map((r) => [r.account.id, r.account])), [book.data]);
  const bands = useMemo(
    () => new Map((insights.data?.health ?? []).map((h) => [h.accountId, h.band])),
    [insights.data],
  );
  const list = useMemo(
    () => (view === 'open' ? sortForInbox(inbox) : warningsIn(view, stored.data ?? [], today)),
    [view, inbox, stored.data, today],
  );
  const filtered = kind ? list.filter((w) => w.kind === kind) : list;
  const kinds = countsByKind(list);
  const money = useMemo(
    () =>
      new Map(
        (book.data ?? []).map((r) => [
          r.account.id,
          {
            monthlyValueCents: r.summary.monthlyValueCents,
            renewalInDays: r.summary.renewalDate ? daysBetween(today, r.summary.renewalDate) : null,
          },
        ]),
      ),
    [book.data, today],
  );
  // The renewal window that weighs a group's rank is health's, the one the Renewals view uses.
  const windowDays = useEffectiveSettings().data?.settings.health.renewalWindowDays ?? 90;
  const groups = useMemo(() => groupByAccount(filtered, money, windowDays), [filtered, money, windowDays]);
  const allGroups = useMemo(() => groupByAccount(inbox, money, windowDays), [inbox, money, windowDays]);
  const names = useMemo(() => new Map([...accounts].map(([id, a]) => [id, a.name])), [accounts]);

  return (
    <div className="page warnings-page">
      <header className="page-header">
        <div>
          <h1>Warnings</h1>
          <p className="page-header__sub">
            {run.isFetching
              ? 'Checking the book for new warnings…'
              : `${inbox.length} open on ${allGroups.length} accounts worth ${formatMoney(valueAtRisk(allGroups))} a month, the most at stake first (value at risk, weighted by severity and a renewal within ${windowDays} days). The same cause never raises two; a resolved warning comes back only on new evidence.`}
          </p>
        </div>
        <a className="button" href="#/cadence">
          Cadence and onboarding
        </a>
      </header>
      {run.error && (
        <p className="bad-text" role="alert">
          {run.error.message} The list below is from the last check that worked.
        </p>
      )}
      <div className="toolbar toolbar--tight">
        <div className="segmented" role="tablist" aria-label="Warnings to show">
          {VIEWS.map((v) => (
            <button
              key={v.view}
              type="button"
              role="tab"
              aria-selected={view === v.view}
              className="segmented__item"
              onClick={() => {
                setView(v.view);
                setShown(PAGE);
              }}
            >
              {v.label}
              {v.view === 'open' && <span className="tab__count">{inbox.length}</span>}
            </button>
          ))}
        </div>
        <label className="filter">
          <span className="filter__label">Kind</span>
          <select value={kind} onChange={(e) => setKind(e.target.value as WarningKind | '')}>
            <option value="">All kinds ({list.length})</option>
            {kinds.map((k) => (
              <option key={k.kind} value={k.kind}>
                {k.label} ({k.count})
              </option>
            ))}
          </select>
        </label>
        <label className="check">
          <input type="checkbox" checked={byAccount} onChange={(e) => setByAccount(e.target.checked)} /> Group by
          account, most at stake first
        </label>
        {view === 'open' && <BulkActions ids={filtered.map((w) => w.id)} today={today} what="shown" />}
      </div>
      {stored.isPending ? (
        <p className="loading" role="status">
          Reading warnings…
        </p>
      ) : stored.error ? (
        <p className="bad-text" role="alert">
          The warnings stored on this laptop could not be read: {stored.error.message}
        </p>
      ) : filtered.length === 0 ? (
        <p className="empty">{view === 'open' ? 'No open warnings. Nothing needs you right now.' : 'Nothing here.'}</p>
      ) : byAccount ? (
        <WarningGroups groups={groups} names={names} today={today} onRunPlaybook={setPlaybookFor} />
      ) : (
        <ul className="warnings" aria-label="Warnings">
          {filtered.slice(0, shown).map((w) => (
            <WarningItem
              key={w.id}
              warning={w}
              accountName={accounts.get(w.accountId)?.name ?? 'Account no longer in your book'}
              today={today}
              onRunPlaybook={accounts.has(w.accountId) ? () => setPlaybookFor(w) : null}
            />
          ))}
        </ul>
      )}
      {!byAccount && filtered.length > shown && (
        <button type="button" className="button warnings__more" onClick={() => setShown(shown + PAGE)}>
          Show {Math.min(PAGE, filtered.length - shown)} more of {filtered.length - shown}
        </button>
      )}
      {playbookFor && accounts.get(playbookFor.accountId) && (
        <PlaybookDialog
          cause={causeOfWarning(playbookFor, bands.get(playbookFor.accountId) ?? null)}
          account={accounts.get(playbookFor.accountId)!}
          warningId={playbookFor.id}
          onClose={() => setPlaybookFor(null)}
        />
      )}
    </div>
  );
}
