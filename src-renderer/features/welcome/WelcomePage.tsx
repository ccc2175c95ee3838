import { isBookFileRejected } from './book-file-check';
import { ImportProblems } from './ImportProblems';
import { useOpenDemoBook } from './mutations';
import { usePickBookFile } from './usePickBookFile';
import { ConnectTeamServerChoice } from '../sync/ConnectTeamServerChoice';

/** First run: there is no local book yet. */
export function WelcomePage() {
  const openDemo = useOpenDemoBook();
  const { pick, importFile } = usePickBookFile();
  const working = openDemo.isPending || importFile.isPending;
  const rejected = isBookFileRejected(importFile.error) ? importFile.error : null;

  return (
    <main className="welcome" aria-busy={working}>
      <div className="welcome__card">
        <div className="brand brand--large">
          <span className="brand__mark" aria-hidden="true">
            F
          </span>
          <span className="brand__name">Fieldbook</span>
        </div>
        <h1 className="welcome__title">Your book of business, on this laptop</h1>
        <p className="welcome__lead">
          Fieldbook keeps every account you own — contracts, KPIs, goals, touchpoints and notes — on this machine, so it
          works on a plane, at a client site or in a hotel.
        </p>
        <div className="welcome__choices">
          <button type="button" className="choice" onClick={() => openDemo.mutate()} disabled={working}>
            <span className="choice__title">Open the demo book</span>
            <span className="choice__text">
              40 marketing-agency clients with two years of history, to explore Fieldbook.
            </span>
          </button>
          <button type="button" className="choice" onClick={() => void pick()} disabled={working}>
            <span className="choice__title">Import a book file</span>
            <span className="choice__text">A Fieldbook book exported by your team (.json, fieldbook-book/1).</span>
          </button>
          <ConnectTeamServerChoice disabled={working} />
        </div>
        {working && (
          <p className="working" role="status">
            <span className="spinner" aria-hidden="true" />
            {openDemo.isPending ? 'Building the demo book…' : 'Checking and importing the book…'}
          </p>
        )}
        {rejected && <ImportProblems error={rejected} />}
      </div>
    </main>
  );
}
