import type { AccountDetail } from '../../store/types';

export const ACCOUNT_TABS = [
  'overview',
  'health',
  'kpis',
  'goals',
  'timeline',
  'tasks',
  'invoices',
  'feedback',
  'relationship',
  'opportunities',
  'notes',
  'decks',
] as const;
export type AccountTab = (typeof ACCOUNT_TABS)[number];

export const TAB_LABELS: Record<AccountTab, string> = {
  overview: 'Overview',
  health: 'Health',
  kpis: 'KPIs',
  goals: 'Goals',
  timeline: 'Timeline',
  tasks: 'Tasks',
  invoices: 'Invoices',
  feedback: 'Feedback',
  relationship: 'Relationship',
  opportunities: 'Opportunities',
  notes: 'Notes',
  decks: 'Decks',
};

const live = <T extends { deleted: boolean }>(rows: readonly T[]) => rows.filter((r) => !r.deleted).length;

/** The count shown beside a tab's name, when a count means something. */
export function tabCount(tab: AccountTab, detail: AccountDetail): number | null {
  switch (tab) {
    case 'goals':
      return live(detail.goals);
    case 'timeline':
      return live(detail.activities) + live(detail.tickets);
    case 'tasks':
      return detail.tasks.filter((t) => !t.deleted && t.status === 'open').length;
    case 'invoices':
      return live(detail.invoices);
    case 'feedback':
      return live(detail.feedback);
    case 'relationship':
      return live(detail.referrals);
    case 'opportunities':
      return live(detail.opportunities);
    case 'notes':
      return live(detail.notes);
    case 'decks':
      return live(detail.decks);
    default:
      return null;
  }
}

/** The tab a link names (`#/accounts/a-1?tab=feedback`), or the Overview. */
export function tabFromHash(hash: string): AccountTab {
  const wanted = new URLSearchParams(hash.split('?')[1] ?? '').get('tab');
  return (ACCOUNT_TABS as readonly string[]).includes(wanted ?? '') ? (wanted as AccountTab) : 'overview';
}
