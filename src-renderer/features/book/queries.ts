import { useQuery, type QueryClient } from '@tanstack/react-query';
import { useDb } from '../../app/book-session';
import { listBook, type FieldbookDb } from '../../store';
import type { ContactNames } from './book-rows';

/**
 * The Book reads every account with its counters once and filters in memory: a 500-account book
 * is a few hundred KB, and filtering it per keystroke is instant.
 */
export const bookKeys = {
  all: ['book'] as const,
  lists: () => [...bookKeys.all, 'list'] as const,
  list: () => [...bookKeys.lists(), 'all-accounts'] as const,
  /** During a first sync: only the accounts that have fully arrived (their summary is stored). */
  arrived: () => [...bookKeys.lists(), 'arrived'] as const,
  contactNames: () => [...bookKeys.all, 'contact-names'] as const,
  renewalRows: () => [...bookKeys.all, 'renewal-rows'] as const,
};

export function useBookRows(arrivedOnly = false) {
  const db = useDb();
  return useQuery({
    queryKey: arrivedOnly ? bookKeys.arrived() : bookKeys.list(),
    queryFn: () => listBook(db, { arrivedOnly }),
  });
}

/**
 * Starts reading the Book's rows as soon as the book is open, beside the stored results
 * (features/health/queries.ts), rather than once the shell and the Book have rendered and asked.
 */
export function prefetchBookRows(queryClient: QueryClient, db: FieldbookDb): void {
  void queryClient.prefetchQuery({ queryKey: bookKeys.list(), queryFn: () => listBook(db) });
}

/** One request for every contact: a cursor costs a round trip per contact (1,600 for a 500-account book). */
async function readContactNames(db: FieldbookDb): Promise<ContactNames> {
  const names = new Map<string, string[]>();
  for (const contact of await db.contacts.toArray()) {
    if (contact.deleted) continue;
    const list = names.get(contact.accountId) ?? [];
    list.push(contact.name);
    names.set(contact.accountId, list);
  }
  return names;
}

/**
 * Contact names per account, so the search finds an account by the person the CSM remembers.
 * Read once the CSM searches (`enabled`), not as the Book opens: the Book's first rows and health
 * never wait behind every contact of the book.
 */
export function useContactNames(enabled: boolean) {
  const db = useDb();
  return useQuery({ queryKey: bookKeys.contactNames(), queryFn: () => readContactNames(db), enabled });
}
