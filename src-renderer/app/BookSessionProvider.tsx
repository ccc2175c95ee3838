import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { VersionChangeBanner } from '../features/recovery/VersionChangeBanner';
import type { FieldbookDb } from '../store/db';
import { openCurrentBookDb } from '../store/set-aside';
import { watchVersionChange } from '../store/version-change';
import { BookSessionContext, type BookSession, type BookSessionValue } from './book-session';
import { readPreference, writePreference } from './preferences';
import { refreshQueriesOnChange } from './refresh-by-table';

function restoreSession(): BookSession | null {
  const userKey = readPreference('activeBook');
  return userKey ? { userKey, db: openCurrentBookDb(userKey) } : null;
}

export function BookSessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [session, setSession] = useState<BookSession | null>(restoreSession);
  // Another window upgraded the open book: its connection is closed; only a reload continues.
  const [updatedElsewhere, setUpdatedElsewhere] = useState(false);
  useEffect(() => (session ? watchVersionChange(session.db, () => setUpdatedElsewhere(true)) : undefined), [session]);
  // Every committed write, pulled page or import re-reads the queries of the tables it changed.
  useEffect(() => (session ? refreshQueriesOnChange(queryClient, session.db) : undefined), [session, queryClient]);

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

  return (
    <BookSessionContext.Provider value={value}>
      {updatedElsewhere && <VersionChangeBanner />}
      {children}
    </BookSessionContext.Provider>
  );
}
