import type { Contract } from '../../../src-core/model';
import type { AccountDetail } from '../../store/types';
import { HealthPanel } from '../health/HealthPanel';
import type { AccountFigures } from '../health/useAccountStanding';
import { AccountDecksPanel } from '../decks/AccountDecksPanel';
import type { AccountTab } from './account-tabs';
import { FeedbackTab } from './FeedbackTab';
import { GoalsTab } from './GoalsTab';
import { InvoicesTab } from './InvoicesTab';
import { KpiTab } from './KpiTab';
import { NotesTab } from './NotesTab';
import { OpportunitiesTab } from './OpportunitiesTab';
import { OverviewTab } from './OverviewTab';
import { RelationshipTab } from '../obligations/RelationshipTab';
import { TasksTab } from './TasksTab';
import { TimelineTab } from './TimelineTab';

interface Props {
  tab: AccountTab;
  detail: AccountDetail;
  contract: Contract | null;
  today: string;
  figures: AccountFigures;
}

export function AccountPanel({ tab, detail, contract, today, figures }: Props) {
  const accountId = detail.account.id;
  switch (tab) {
    case 'overview':
      return <OverviewTab detail={detail} contract={contract} today={today} />;
    case 'health':
      return <HealthPanel detail={detail} today={today} figures={figures} />;
    case 'kpis':
      return <KpiTab series={detail.metrics} today={today} />;
    case 'goals':
      return (
        <GoalsTab
          accountId={accountId}
          accountName={detail.account.name}
          goals={detail.goals}
          series={detail.metrics}
          contacts={detail.contacts}
          today={today}
        />
      );
    case 'timeline':
      return <TimelineTab detail={detail} today={today} />;
    case 'tasks':
      return <TasksTab detail={detail} today={today} />;
    case 'invoices':
      return <InvoicesTab invoices={detail.invoices} today={today} />;
    case 'feedback':
      return <FeedbackTab detail={detail} today={today} />;
    case 'relationship':
      return <RelationshipTab detail={detail} today={today} />;
    case 'opportunities':
      return <OpportunitiesTab opportunities={detail.opportunities} />;
    case 'notes':
      return <NotesTab accountId={accountId} notes={detail.notes} />;
    case 'decks':
      return <AccountDecksPanel detail={detail} />;
  }
}
