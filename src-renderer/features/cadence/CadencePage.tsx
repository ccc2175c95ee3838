import { useMemo, useState } from 'react';
import { useBookInsights } from '../health/queries';
import { useEffectiveSettings } from '../settings/queries';
import { OnboardingTracker } from '../onboarding/OnboardingTracker';
import { useToday } from '../shared/clock';
import { AccountCadence } from './AccountCadence';
import { CadenceBoard } from './CadenceBoard';
import './cadence.css';

/** `#/cadence`: the cadence board and the onboarding tracker, recomputed in the book worker. */
export function CadencePage() {
  const today = useToday();
  const insights = useBookInsights();
  const settings = useEffectiveSettings();
  const names = useMemo(() => new Map((insights.data?.accounts ?? []).map((a) => [a.id, a.name])), [insights.data]);
  const [accountId, setAccountId] = useState('');
  return (
    <div className="page cadence-page">
      <header className="page-header">
        <div>
          <h1>Cadence and onboarding</h1>
          <p className="page-header__sub">
            Weekly email, bi-weekly sync, monthly review, QBR every 90 days (after the last QBR held), monthly insight,
            feedback and renewal planning, per tier.
          </p>
        </div>
        <a className="button" href="#/warnings">
          Warnings
        </a>
      </header>
      {!insights.data || !settings.data ? (
        <p className="loading" role="status">
          Checking every account’s cadence…
        </p>
      ) : (
        <>
          <OnboardingTracker
            list={insights.data.onboarding}
            names={names}
            firstValueDays={settings.data.settings.onboarding.firstValueDays}
          />
          <AccountCadence
            accounts={insights.data.accounts}
            accountId={accountId}
            onSelect={setAccountId}
            items={insights.data.cadence}
            settings={settings.data.settings}
            today={today}
          />
          <CadenceBoard items={insights.data.cadence} names={names} today={today} />
        </>
      )}
    </div>
  );
}
