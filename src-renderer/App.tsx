import { useBookSession } from './app/book-session';
import { Shell } from './app/Shell';
import { StoreGate } from './features/recovery/StoreGate';
import { WelcomePage } from './features/welcome/WelcomePage';
import { TeamFirstSync } from './features/sync/TeamFirstSync';
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
  if (hasBook.isPending)
    return (
      <p className="loading loading--app" role="status">
        Opening your book…
      </p>
    );
  return hasBook.data ? <Shell /> : <TeamFirstSync fallback={<WelcomePage />} />;
}
