import type { Stage, Tier } from '../../../src-core/model';
import { TIERS } from '../../../src-core/model';
import { daysSinceContact } from '../../../src-core/health/engagement';
import { UTC } from '../../../src-core/time';
import type { BookRow } from '../../store/types';

/** What the CSM narrowed the Book down to. Empty strings mean "any". */
export interface BookFilter {
  search: string;
  tier: Tier | '';
  stage: Stage | '';
  industry: string;
}

export const NO_FILTER: BookFilter = { search: '', tier: '', stage: '', industry: '' };

export const BOOK_SORT_KEYS = [
  'name',
  'health',
  'industry',
  'tier',
  'stage',
  'monthlyValue',
  'renewal',
  'lastContact',
  'qbrDue',
  'openTickets',
  'owner',
] as const;
export type BookSortKey = (typeof BOOK_SORT_KEYS)[number];
export type SortDirection = 'asc' | 'desc';
export interface BookSort {
  key: BookSortKey;
  direction: SortDirection;
}

/** Contact names per account id, so search finds "Dr. Patel" as well as "Smile Dental". */
export type ContactNames = ReadonlyMap<string, readonly string[]>;

export function filterBook(rows: readonly BookRow[], filter: BookFilter, contacts: ContactNames): BookRow[] {
  const needle = filter.search.trim().toLowerCase();
  return rows.filter(({ account }) => {
    if (account.deleted) return false;
    if (filter.tier && account.tier !== filter.tier) return false;
    if (filter.stage && account.stage !== filter.stage) return false;
    if (filter.industry && account.industry !== filter.industry) return false;
    if (!needle) return true;
    if (account.name.toLowerCase().includes(needle) || account.city.toLowerCase().includes(needle)) return true;
    return (contacts.get(account.id) ?? []).some((name) => name.toLowerCase().includes(needle));
  });
}

type SortValue = string | number | null;

/** What sorting by the worker's figures needs beyond the rows: the CSM's zone and each account's QBR due date. */
export interface BookSortContext {
  zone?: string;
  qbrDue?: ReadonlyMap<string, string>;
}

function sortValue(
  row: BookRow,
  key: BookSortKey,
  today: string,
  health: HealthScores | undefined,
  ctx: BookSortContext,
): SortValue {
  const { account, summary } = row;
  switch (key) {
    case 'name':
      return account.name.toLowerCase();
    case 'health':
      // Ascending puts the weakest accounts first; unscored accounts sink.
      return health?.get(account.id) ?? null;
    case 'industry':
      return account.industry.toLowerCase();
    case 'tier':
      // Platinum first when ascending: the order a CSM ranks tiers in.
      return TIERS.indexOf(account.tier);
    case 'stage':
      return account.stage;
    case 'monthlyValue':
      return summary.monthlyValueCents;
    case 'renewal':
      return summary.renewalDate;
    case 'lastContact':
      return daysSinceContact(summary.lastContactAt, today, ctx.zone ?? UTC);
    case 'qbrDue':
      return ctx.qbrDue?.get(account.id) ?? null;
    case 'openTickets':
      return summary.openTickets;
    case 'owner':
      return account.ownerName.toLowerCase();
  }
}

function compareValues(a: SortValue, b: SortValue): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

/**
 * Sorted copy of the rows. Missing values (no renewal date, never contacted) always sink to the
 * bottom whatever the direction; ties keep name order so the table never jumps around.
 */
/** Health scores by account id, from the book worker (absent until it has scored them). */
export type HealthScores = ReadonlyMap<string, number>;

export function sortBook(
  rows: readonly BookRow[],
  sort: BookSort,
  today: string,
  health?: HealthScores,
  ctx: BookSortContext = {},
): BookRow[] {
  const sign = sort.direction === 'asc' ? 1 : -1;
  const keyed = rows.map((row) => ({
    row,
    value: sortValue(row, sort.key, today, health, ctx),
    name: row.account.name.toLowerCase(),
  }));
  keyed.sort((a, b) => {
    if (a.value === null || b.value === null) {
      const missing = compareValues(a.value, b.value);
      if (missing !== 0) return missing;
    } else {
      const byValue = compareValues(a.value, b.value) * sign;
      if (byValue !== 0) return byValue;
    }
    return compareValues(a.name, b.name);
  });
  return keyed.map((k) => k.row);
}

/** Clicking a header sorts by it; clicking the same header again flips the direction. */
export function nextSort(current: BookSort, key: BookSortKey): BookSort {
  if (current.key === key) return { key, direction: current.direction === 'asc' ? 'desc' : 'asc' };
  const numeric = key === 'monthlyValue' || key === 'openTickets' || key === 'lastContact';
  return { key, direction: numeric ? 'desc' : 'asc' };
}

export interface BookTotals {
  accounts: number;
  monthlyValueCents: number;
}

export function bookTotals(rows: readonly BookRow[]): BookTotals {
  return {
    accounts: rows.length,
    monthlyValueCents: rows.reduce((sum, r) => sum + r.summary.monthlyValueCents, 0),
  };
}

/** The industries present in the book, for the filter, alphabetically. */
export function industriesOf(rows: readonly BookRow[]): string[] {
  return [...new Set(rows.map((r) => r.account.industry))].sort((a, b) => a.localeCompare(b));
}
