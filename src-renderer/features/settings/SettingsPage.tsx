import { useBookSession } from '../../app/book-session';
import { isBookFileRejected } from '../welcome/book-file-check';
import { ImportProblems } from '../welcome/ImportProblems';
import { usePickBookFile } from '../welcome/usePickBookFile';
import { useBookRows } from '../book/queries';
import { useBookSource, usePendingCount } from '../session/queries';
import { BrandingCard } from '../decks/BrandingCard';
import { AuthorNameForm } from './AuthorNameForm';
import { CarryOverCard } from './CarryOverCard';
import { HealthSettingsSection } from './HealthSettingsSection';
import { useEffectiveSettings } from './queries';
import { ResetLocalData } from './ResetLocalData';
import { TeamServerSection } from '../sync/TeamServerSection';

const SOURCE_WORDS: Record<string, string> = {
  demo: 'The demo book (generated on this laptop)',
  file: 'A book file you imported',
  server: 'Your team server',
};

/** `#/settings`: who you are, the team server, the book, deck branding, your targets, health settings and playbooks. */
export function SettingsPage() {
  const source = useBookSource();
  const book = useBookRows();
  const pending = usePendingCount();
  const { pick, importFile } = usePickBookFile();
  const { session } = useBookSession();
  const settings = useEffectiveSettings().data;
  const rejected = isBookFileRejected(importFile.error) ? importFile.error : null;
  const accounts = book.data?.filter((r) => !r.account.deleted).length ?? 0;

  return (
    <div className="page page--narrow">
      <header className="page-header">
        <div>
          <h1>Settings</h1>
          <p className="page-header__sub">
            {!settings
              ? ' '
              : settings.local
                ? 'Stored in this book on this laptop. Connect to your team server to keep them on every laptop.'
                : 'Your targets, health settings, branding and playbooks follow you to every laptop you sign in on.'}
          </p>
        </div>
      </header>
      <section className="card settings-section">
        <h2 className="card__title">You</h2>
        <AuthorNameForm />
      </section>
      {settings && <CarryOverCard state={settings} />}
      <TeamServerSection />
      <section className="card settings-section">
        <h2 className="card__title">Book</h2>
        <dl className="facts">
          <dt>Data source</dt>
          <dd>{source.data ? (SOURCE_WORDS[source.data] ?? source.data) : '—'}</dd>
          <dt>Accounts</dt>
          <dd>{accounts}</dd>
          <dt>Changes not yet synced</dt>
          <dd>{pending.data ?? 0}</dd>
          <dt>Local database</dt>
          <dd className="mono">{session?.db.name}</dd>
        </dl>
        <div className="settings-actions">
          <button type="button" className="button" onClick={() => void pick()} disabled={importFile.isPending}>
            {importFile.isPending ? 'Importing…' : 'Replace book…'}
          </button>
          <span className="hint">Imports a book file (fieldbook-book/1) in place of this one, all or nothing.</span>
        </div>
        {rejected && <ImportProblems error={rejected} />}
      </section>
      <BrandingCard />
      <HealthSettingsSection />
      <section className="card settings-section settings-section--danger">
        <h2 className="card__title">Reset</h2>
        <p className="muted">Removes the book and every local change from this laptop.</p>
        <ResetLocalData />
      </section>
    </div>
  );
}
