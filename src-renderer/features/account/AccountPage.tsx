import { useMemo, useState } from 'react';
import { useMenuCommand } from '../../platform';
import type { AccountDetail } from '../../store/types';
import { useAccountFigures } from '../health/useAccountStanding';
import { useToday } from '../shared/clock';
import { AccountHeader } from './AccountHeader';
import { AccountPanel } from './AccountPanel';
import { AccountTabs } from './AccountTabs';
import { tabFromHash, type AccountTab } from './account-tabs';
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
  const [tab, setTab] = useState<AccountTab>(() => tabFromHash(window.location.hash));
  const [dialog, setDialog] = useState<'activity' | 'task' | null>(null);
  const contract = useMemo(() => currentContract(detail.contracts, today), [detail, today]);
  // Health and standing, once for the header and the Health tab (recomputed when the rows change or time moves).
  const figures = useAccountFigures(detail);
  const accountId = detail.account.id;
  useMenuCommand('generate-qbr', () => setTab('decks'));
  if (!figures)
    return (
      <p className="loading page" role="status">
        Opening the account…
      </p>
    );
  return (
    <div className="page account">
      <AccountHeader
        account={detail.account}
        contract={contract}
        figures={figures}
        today={today}
        onLogActivity={() => setDialog('activity')}
        onAddTask={() => setDialog('task')}
        onGenerateDeck={() => setTab('decks')}
      />
      <AccountTabs active={tab} detail={detail} onSelect={setTab} />
      <section id="account-panel" role="tabpanel" aria-labelledby={`tab-${tab}`} className="account-panel">
        <AccountPanel tab={tab} detail={detail} contract={contract} today={today} figures={figures} />
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
