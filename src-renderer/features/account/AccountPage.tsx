import { useMemo, useState } from 'react';
import { useMenuCommand } from '../../platform';
import type { AccountDetail } from '../../store/types';
import { useEffectiveSettings } from '../settings/queries';
import { useToday } from '../shared/useToday';
import { healthOfDetail } from './account-health';
import { AccountHeader } from './AccountHeader';
import { AccountPanel } from './AccountPanel';
import { AccountTabs } from './AccountTabs';
import type { AccountTab } from './account-tabs';
import { AddTaskDialog } from './AddTaskDialog';
import { currentContract } from './current-contract';
import { LogActivityDialog } from './LogActivityDialog';
import { useAccountDetail } from './queries';

/** `#/accounts/:id`: one account, everything the CSM knows about it, and the writes they make offline. */
export function AccountPage({ accountId }: { accountId: string }) {
  const detail = useAccountDetail(accountId);
  if (detail.isPending)
    return (
      <p className="loading page" role="status">
        Opening the account…
      </p>
    );
  if (!detail.data) {
    return (
      <div className="page">
        <div className="empty empty--page">
          <h1>This account is not in your book</h1>
          <p>It may have been reassigned or removed, or the link is mistyped.</p>
          <a className="button" href="#/book">
            Back to the Book
          </a>
        </div>
      </div>
    );
  }
  return <AccountView detail={detail.data} />;
}

function AccountView({ detail }: { detail: AccountDetail }) {
  const today = useToday();
  const [tab, setTab] = useState<AccountTab>('overview');
  const [dialog, setDialog] = useState<'activity' | 'task' | null>(null);
  const contract = useMemo(() => currentContract(detail.contracts, today), [detail, today]);
  // Recomputed when the account's rows change (every write re-reads them) or the day turns.
  const settings = useEffectiveSettings().data?.settings;
  // biome-ignore lint/correctness/useExhaustiveDependencies: `today` re-scores the account when the day turns.
  const health = useMemo(() => healthOfDetail(detail, new Date().toISOString(), settings), [detail, today, settings]);
  const accountId = detail.account.id;
  useMenuCommand('generate-qbr', () => setTab('decks'));
  return (
    <div className="page account">
      <AccountHeader
        account={detail.account}
        contract={contract}
        health={health}
        today={today}
        onLogActivity={() => setDialog('activity')}
        onAddTask={() => setDialog('task')}
        onGenerateDeck={() => setTab('decks')}
      />
      <AccountTabs active={tab} detail={detail} onSelect={setTab} />
      <section id="account-panel" role="tabpanel" aria-labelledby={`tab-${tab}`} className="account-panel">
        <AccountPanel tab={tab} detail={detail} contract={contract} today={today} />
      </section>
      <LogActivityDialog
        open={dialog === 'activity'}
        detail={detail}
        onClose={() => setDialog(null)}
        onLogged={() => {
          setDialog(null);
          setTab('timeline');
        }}
      />
      <AddTaskDialog
        open={dialog === 'task'}
        accountId={accountId}
        onClose={() => setDialog(null)}
        onAdded={() => {
          setDialog(null);
          setTab('tasks');
        }}
      />
    </div>
  );
}
