import { useMemo, useState } from 'react';
import type { AccountData, AccountHealth } from '../../../src-core/health';
import { DEFAULT_PLAYBOOKS } from '../../../src-core/playbooks';
import type { Settings } from '../../../src-core/settings';
import { PlaybookDialog } from '../playbooks/PlaybookDialog';
import { playsFor, type Play } from '../playbooks/plays';
import { useEffectiveSettings } from '../settings/queries';

/** Expansion triggers and recorded risks on this account, each one click from its playbook. */
export function PlaysCard({
  data,
  health,
  settings,
}: {
  data: AccountData;
  health: AccountHealth;
  settings: Settings;
}) {
  const playbooks = useEffectiveSettings().data?.playbooks ?? DEFAULT_PLAYBOOKS;
  const plays = useMemo(
    () => playsFor(data, health.band, new Date().toISOString(), settings, playbooks),
    [data, health.band, settings, playbooks],
  );
  const [open, setOpen] = useState<Play | null>(null);
  return (
    <section className="card plays" aria-labelledby="plays-title">
      <h2 className="card__title" id="plays-title">
        Playbooks for this account
      </h2>
      {plays.length === 0 ? (
        <p className="muted">
          No expansion trigger or recorded risk right now. Warnings have their own playbooks in the Warnings inbox.
        </p>
      ) : (
        <ul className="plays__list">
          {plays.map((p) => (
            <li key={p.key} className={`plays__item plays__item--${p.kind}`}>
              <div>
                <strong>{p.title}</strong>
                <div className="muted">{p.cause.evidence}</div>
              </div>
              <button type="button" className="button button--small" onClick={() => setOpen(p)}>
                Run playbook
              </button>
            </li>
          ))}
        </ul>
      )}
      {open && (
        <PlaybookDialog cause={open.cause} account={data.account} warningId={null} onClose={() => setOpen(null)} />
      )}
    </section>
  );
}
