import type { BookSortKey } from './book-rows';

export interface BookColumn {
  key: BookSortKey;
  label: string;
  numeric?: boolean;
}

/** The Book's columns, left to right; widths live in CSS (`.book-grid`). */
export const BOOK_COLUMNS: readonly BookColumn[] = [
  { key: 'name', label: 'Account' },
  { key: 'health', label: 'Health' },
  { key: 'industry', label: 'Industry' },
  { key: 'tier', label: 'Tier' },
  { key: 'stage', label: 'Stage' },
  { key: 'monthlyValue', label: 'Monthly value', numeric: true },
  { key: 'renewal', label: 'Renewal' },
  { key: 'lastContact', label: 'Last contact', numeric: true },
  { key: 'openTickets', label: 'Open tickets', numeric: true },
  { key: 'owner', label: 'Owner' },
];

/** Renewal planning starts 90 days before the renewal date (DESIGN §2). */
export const RENEWAL_PLANNING_DAYS = 90;
/** Every client is contacted at least once a month (DESIGN §2). */
export const MONTHLY_CONTACT_DAYS = 30;
