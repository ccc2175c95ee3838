import { qbrDueDefinition } from '../../../src-core/cadence';
import { LAST_CONTACT_DEFINITION } from '../../../src-core/health/engagement';
import type { BookSortKey } from './book-rows';

export interface BookColumn {
  key: BookSortKey;
  label: string;
  numeric?: boolean;
  /** How the column is counted, on hover of its header. */
  title?: string;
  /** Shown only when the table is wide enough (`.book-col--wide`); a laptop shows it elsewhere. */
  wide?: boolean;
}

/** The Book's columns, left to right; widths live in CSS (`.book-grid`). */
export const BOOK_COLUMNS: readonly BookColumn[] = [
  { key: 'name', label: 'Account' },
  { key: 'health', label: 'Health' },
  { key: 'industry', label: 'Industry', wide: true },
  { key: 'tier', label: 'Tier' },
  { key: 'stage', label: 'Stage' },
  { key: 'monthlyValue', label: 'Monthly value', numeric: true },
  { key: 'renewal', label: 'Renewal' },
  {
    key: 'lastContact',
    label: 'Last two-way',
    numeric: true,
    title: `${LAST_CONTACT_DEFINITION.two_way} Below it: meetings skipped in the health look-back.`,
  },
  { key: 'qbrDue', label: 'QBR due', title: qbrDueDefinition(90).replace('90 days', "the tier's interval (Settings)") },
  { key: 'openTickets', label: 'Tickets', numeric: true, title: 'Open tickets: client messages not yet resolved.' },
  { key: 'owner', label: 'Owner', wide: true },
];

/** Renewal planning starts 90 days before the renewal date (DESIGN §2). */
export const RENEWAL_PLANNING_DAYS = 90;
/** Every client is contacted at least once a month (DESIGN §2). */
export const MONTHLY_CONTACT_DAYS = 30;
