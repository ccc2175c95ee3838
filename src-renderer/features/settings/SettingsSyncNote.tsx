import type { SettingsKind } from '../../../src-core/user-settings';
import type { SettingsState } from '../../store/settings-repo';
import { useDiscardSettingsEdit, useRetrySettingsEdit } from './mutations';
import { settingsSource } from './settings-source';
import './settings-sync.css';

/**
 * Under each settings card's title: whose values these are and whether they have reached the team
 * server; refused changes with Try again / Discard; stored values that could not be used.
 */
export function SettingsSyncNote({ state, kind }: { state: SettingsState; kind: SettingsKind }) {
  const source = settingsSource(state, kind);
  const retry = useRetrySettingsEdit();
  const discard = useDiscardSettingsEdit();
  const refused = state.rejected.filter((e) => e.kind === kind);
  return (
    <div className="settings-sync" data-testid={`settings-sync-${kind}`}>
      <p className={`settings-sync__status settings-sync__status--${source.tone}`} role="status">
        <span className="settings-sync__dot" aria-hidden="true" />
        {source.status}
      </p>
      <p className="settings-sync__origin muted">{source.origin}</p>
      {refused.map((e) => (
        <div key={e.editId} className="settings-sync__refused" role="alert">
          <span>Couldn’t sync: {e.rejected?.message}</span>
          <button type="button" className="button button--small" onClick={() => retry.mutate(e.editId)}>
            Try again
          </button>
          <button type="button" className="button button--ghost button--small" onClick={() => discard.mutate(e.editId)}>
            Discard
          </button>
        </div>
      ))}
      {state.problems[kind].map((p) => (
        <p key={p} className="bad-text" role="alert">
          {p}
        </p>
      ))}
    </div>
  );
}
