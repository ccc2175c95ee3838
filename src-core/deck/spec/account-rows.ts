import { SCOPED_TABLE_NAMES, type BookTables } from '../../model';
import type { AccountData } from '../../prep/account-data';

const SCOPED = SCOPED_TABLE_NAMES;

/** One account's live rows (tombstones left out), or null when the book does not hold it. */
export function accountRows(book: BookTables, accountId: string): AccountData | null {
  const account = book.accounts.find((a) => a.id === accountId && !a.deleted);
  if (!account) return null;
  const data = { account } as AccountData;
  for (const t of SCOPED) {
    (data as Record<string, unknown>)[t] = (book[t] as { accountId: string; deleted: boolean }[]).filter(
      (r) => r.accountId === accountId && !r.deleted,
    );
  }
  return data;
}
