import type { BookTables, RowOf } from '../model';

/**
 * The tables the day's views read. A slice of the book, not the whole of it: Today never needs
 * the KPI series (the heaviest table, DESIGN §3), so the screen can load only these.
 */
export type DayTables =
  | 'accounts'
  | 'activities'
  | 'tickets'
  | 'timeEntries'
  | 'onboardingSteps'
  | 'contracts'
  | 'decks';
export type DayBook = Pick<BookTables, DayTables>;

/** Rows that are not tombstones. Sync keeps deleted rows around until they are purged. */
export function live<T extends { deleted: boolean }>(rows: readonly T[]): T[] {
  return rows.filter((r) => !r.deleted);
}

/** Accounts a CSM still serves: not churned, not deleted. */
export function activeAccounts(book: Pick<BookTables, 'accounts'>): RowOf<'accounts'>[] {
  return live(book.accounts).filter((a) => a.stage !== 'churned' && a.churnedAt === null);
}
