import { createContext, useContext } from 'react';
import type { FieldbookDb } from '../store/db';

/** The local book the CSM has open: which user's database, and the database itself. */
export interface BookSession {
  userKey: string;
  db: FieldbookDb;
}

export interface BookSessionValue {
  session: BookSession | null;
  /** Makes a freshly imported (or already present) local book the open one. */
  activate(userKey: string, db: FieldbookDb): void;
  /** Closes the open book, e.g. after "Reset local data"; the welcome screen follows. */
  deactivate(): void;
}

export const BookSessionContext = createContext<BookSessionValue | null>(null);

export function useBookSession(): BookSessionValue {
  const value = useContext(BookSessionContext);
  if (!value) throw new Error('useBookSession outside BookSessionProvider');
  return value;
}

/** The open book's database; only screens shown after a book is open call this. */
export function useDb(): FieldbookDb {
  const { session } = useBookSession();
  if (!session) throw new Error('No book is open');
  return session.db;
}
