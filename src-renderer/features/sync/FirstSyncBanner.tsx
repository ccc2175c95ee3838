import type { SyncEngine, SyncStatus } from '../../sync';
import { useSyncStatus } from '../../sync';
import { useBookRows } from '../book/queries';

interface Props {
  engine: SyncEngine;
  serverUrl: string;
  userName: string;
  onSignOut(): void;
}

/**
 * Above the Book while a team server book downloads for the first time: how many accounts have
 * arrived whole (each shown below with its health) of about how many, the items received, and
 * what to do when the download stops. The rest of the app opens once the last page has landed.
 */
export function FirstSyncBanner({ engine, serverUrl, userName, onSignOut }: Props) {
  const status = useSyncStatus(engine);
  // The Book's own list of the accounts that arrived (their summary is stored: sync/first-sync.ts),
  // so the count says exactly how many rows the Book below shows.
  const count = useBookRows(true).data?.length ?? 0;
  const expected = status.progress?.accountsExpected;
  const rows = status.progress?.rows ?? 0;
  const stopped = status.phase === 'offline' || status.phase === 'error';
  return (
    <section className="first-sync-banner" aria-label="Downloading your book" aria-busy={!stopped}>
      <div className="first-sync-banner__head" role="status" data-testid="first-sync-progress">
        <h2 className="first-sync-banner__title">Downloading your book — {accountWords(count, expected)}</h2>
        <span className="first-sync-banner__items">{rows.toLocaleString('en-US')} items received</span>
      </div>
      <progress
        className="first-sync__bar"
        aria-label="Download progress"
        aria-valuetext={`${accountWords(count, expected)}, ${rows} items received`}
        {...(expected ? { value: Math.min(count, expected), max: expected } : {})}
      />
      <p className="first-sync-banner__hint">
        From {serverUrl}, for {userName}. Each account appears below with its health once all of it has arrived;
        accounts open, and Today, Tasks, Warnings, Renewals, the Scorecard and Decks become available, once the whole
        book is here. It is kept on this laptop so Fieldbook works offline.
      </p>
      <Stopped status={status} onRetry={() => void engine.syncNow().catch(console.error)} onSignOut={onSignOut} />
    </section>
  );
}

function accountWords(count: number, expected: number | undefined): string {
  const n = count.toLocaleString('en-US');
  return expected ? `${n} of ~${expected.toLocaleString('en-US')} accounts` : `${n} accounts so far`;
}

function Stopped({ status, onRetry, onSignOut }: { status: SyncStatus; onRetry(): void; onSignOut(): void }) {
  if (status.retrying)
    return (
      <p className="hint">
        {status.error?.message} Trying again in {Math.ceil(status.retrying.inMs / 1000)} s.
      </p>
    );
  if (status.phase !== 'offline' && status.phase !== 'error') return null;
  return (
    <div className="first-sync-banner__stopped">
      <p className="team-server__error" role="alert">
        {status.error?.message ?? 'The download stopped.'} What arrived so far is kept; the download resumes from there.
      </p>
      <div className="form-actions form-actions--start">
        <button type="button" className="button button--primary" onClick={onRetry}>
          Try again
        </button>
        <button type="button" className="button" onClick={onSignOut}>
          Sign out
        </button>
      </div>
    </div>
  );
}
