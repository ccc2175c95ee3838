import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useBookSession } from './app/book-session';
import { Shell } from './app/Shell';
import { StoreGate } from './features/recovery/StoreGate';
import { WelcomePage } from './features/welcome/WelcomePage';
import { TeamFirstSync } from './features/sync/TeamFirstSync';
import { prefetchBookRows } from './features/book/queries';
import { prefetchStoredInsights } from './features/health/queries';
import { useHasBook } from './features/session/queries';
import type { FieldbookDb } from './store';

/** First run (or after a reset) shows the welcome screen; otherwise the app. */
export function App() {
  const { session } = useBookSession();
  if (!session) return <WelcomePage />;
  return (
    <StoreGate db={session.db} userKey={session.userKey}>
      <OpenBook db={session.db} />
    </StoreGate>
  );
}

function OpenBook({ db }: { db: FieldbookDb }) {
  const hasBook = useHasBook(db);
  const queryClient = useQueryClient();
  // Health shows with the Book's first rows: the rows and the stored results are read before anything else asks.
  useEffect(() => {
    prefetchStoredInsights(queryClient, db);
    prefetchBookRows(queryClient, db);
  }, [queryClient, db]);
  if (hasBook.isPending)
    return (
      <p className="loading loading--app" role="status">
        Opening your book…
      </p>
    );
  if (hasBook.data) return <Shell />;
  return <TeamFirstSync fallback={<WelcomePage />} book={(banner) => <Shell downloading={banner} />} />;
}
