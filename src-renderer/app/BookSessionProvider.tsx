import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState, type ReactNode } from 'react';
import { fieldbookDbName, openFieldbookDb, type FieldbookDb } from '../store/db';
import { BookSessionContext, type BookSession, type BookSessionValue } from './book-session';
import { readPreference, writePreference } from './preferences';

function restoreSession(): BookSession | null {
  const userKey = readPreference('activeBook');
  return userKey ? { userKey, db: openFieldbookDb(fieldbookDbName(userKey)) } : null;
}

export function BookSessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [session, setSession] = useState<BookSession | null>(restoreSession);

  const value = useMemo<BookSessionValue>(
    () => ({
      session,
      activate(userKey: string, db: FieldbookDb) {
        if (session && session.db !== db) session.db.close();
        writePreference('activeBook', userKey);
        // Cached reads belong to the previous book; drop them all rather than risk mixing books.
        queryClient.clear();
        setSession({ userKey, db });
      },
      deactivate() {
        session?.db.close();
        writePreference('activeBook', null);
        queryClient.clear();
        setSession(null);
      },
    }),
    [session, queryClient],
  );

  return <BookSessionContext.Provider value={value}>{children}</BookSessionContext.Provider>;
}
