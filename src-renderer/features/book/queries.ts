import { useQuery } from '@tanstack/react-query';
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
  contactNames: () => [...bookKeys.all, 'contact-names'] as const,
  renewalRows: () => [...bookKeys.all, 'renewal-rows'] as const,
};

export function useBookRows() {
  const db = useDb();
  return useQuery({ queryKey: bookKeys.list(), queryFn: () => listBook(db) });
}

async function readContactNames(db: FieldbookDb): Promise<ContactNames> {
  const names = new Map<string, string[]>();
  await db.contacts.each((contact) => {
    if (contact.deleted) return;
    const list = names.get(contact.accountId) ?? [];
    list.push(contact.name);
    names.set(contact.accountId, list);
  });
  return names;
}

/** Contact names per account, so the search finds an account by the person the CSM remembers. */
export function useContactNames() {
  const db = useDb();
  return useQuery({ queryKey: bookKeys.contactNames(), queryFn: () => readContactNames(db) });
}
