import { useQuery } from '@tanstack/react-query';
import { useBookSession } from '../../app/book-session';
import { BROWSER_CLOCK } from '../../app/browser-clock';
import { teamConnectionFor } from '../../session/team-connections';
import type { FieldbookDb } from '../../store';
import { recoverBrokenStore, type StoreRecovery } from '../../store/recover';
import './recovery.css';

/**
 * What happened to the local book that would not open, in plain words, and what to do next.
 * A "cannot open" book has already been set aside (never deleted) and its unsynced edits moved
 * to a fresh book by the time this shows; every other problem leaves the data as it was.
 */
export function StoreRecoveryPage({ db, userKey, error }: { db: FieldbookDb; userKey: string; error: unknown }) {
  const recovery = useQuery({
    queryKey: ['store', 'recover', db.name],
    queryFn: () => {
      db.close();
      return recoverBrokenStore({ userKey, name: db.name, error }, { now: BROWSER_CLOCK.now });
    },
    throwOnError: false,
    retry: false,
    staleTime: Infinity,
  });
  if (recovery.isPending)
    return (
      <p className="loading loading--app" role="status">
        Checking your local book…
      </p>
    );
  return (
    <main className="welcome">
      <div className="welcome__card">
        {recovery.isError ? <RecoveryFailed /> : <RecoveryReport recovery={recovery.data} userKey={userKey} />}
      </div>
    </main>
  );
}

export function RecoveryReport({ recovery, userKey }: { recovery: StoreRecovery; userKey: string }) {
  const { activate } = useBookSession();
  const { problem } = recovery;
  if (recovery.kind === 'untouched') {
    const title = problem.kind === 'newer-version' ? 'This book was opened by a newer Fieldbook' : problem.title;
    const message =
      problem.kind === 'newer-version'
        ? 'Update Fieldbook to open it. Your data has not been touched.'
        : problem.message;
    return (
      <>
        <h1 className="welcome__title">{title}</h1>
        <p className="welcome__lead" role="alert">
          {message}
        </p>
        {problem.actions.includes('reload') && <ReloadButton label="Reload" />}
        {problem.actions.includes('retry') && <ReloadButton label="Try again" />}
      </>
    );
  }
  const server = teamConnectionFor(userKey);
  const rescued = recovery.rescued;
  return (
    <>
      <h1 className="welcome__title">Fieldbook couldn’t open your local book</h1>
      <p className="welcome__lead" role="alert">
        The copy of your book on this laptop could not be opened. It has been kept aside, not deleted, and Fieldbook
        will not open it again by itself.
      </p>
      <ul className="store-recovery__facts">
        <li>
          Kept aside as the local database <code>{recovery.setAsideName}</code>.
        </li>
        <li data-testid="rescued-count">{rescuedWords(rescued)}</li>
      </ul>
      <div className="welcome__choices">
        {server ? (
          <button type="button" className="choice" onClick={() => activate(userKey, recovery.db)}>
            <span className="choice__title">Rebuild from the team server</span>
            <span className="choice__text">
              Downloads your book again from {server.serverUrl}, then sends the rescued changes once.
            </span>
          </button>
        ) : (
          <button type="button" className="choice" onClick={() => activate(userKey, recovery.db)}>
            <span className="choice__title">Open the demo book again or import a book file</span>
            <span className="choice__text">Starts a fresh local book; the old one stays kept aside.</span>
          </button>
        )}
      </div>
    </>
  );
}

function rescuedWords(rescued: { outbox: number; rejected: number } | null): string {
  if (!rescued) return 'Its unsynced changes could not be read; they stay in the kept-aside copy.';
  const changes = `${rescued.outbox} unsynced ${rescued.outbox === 1 ? 'change was' : 'changes were'} rescued`;
  const refused =
    rescued.rejected > 0 ? `, and ${rescued.rejected} the server had refused (still in “Couldn’t sync”)` : '';
  return `${changes}${refused}.`;
}

function RecoveryFailed() {
  return (
    <>
      <h1 className="welcome__title">Fieldbook can’t open your local book</h1>
      <p className="welcome__lead" role="alert">
        It has been kept aside, not deleted, but a fresh book could not be started either. Check that the disk has free
        space, then try again.
      </p>
      <ReloadButton label="Try again" />
    </>
  );
}

function ReloadButton({ label }: { label: string }) {
  return (
    <div className="form-actions form-actions--start">
      <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
        {label}
      </button>
    </div>
  );
}
