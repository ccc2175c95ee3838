import type { SettingsKind } from '../../../src-core/user-settings';
import type { SettingsState } from '../../store/settings-repo';
import { RefusedSettingsEdit } from './RefusedSettingsEdit';
import { settingsSource } from './settings-source';
import './settings-sync.css';

/**
 * Under each settings card's title: whose values these are and whether they have reached the team
 * server; refused changes with Try again / Discard; stored values that could not be used.
 */
export function SettingsSyncNote({ state, kind }: { state: SettingsState; kind: SettingsKind }) {
  const source = settingsSource(state, kind);
  const refused = state.rejected.filter((e) => e.kind === kind);
  return (
    <div className="settings-sync" data-testid={`settings-sync-${kind}`}>
      <p className={`settings-sync__status settings-sync__status--${source.tone}`} role="status">
        <span className="settings-sync__dot" aria-hidden="true" />
        {source.status}
      </p>
      <p className="settings-sync__origin muted">{source.origin}</p>
      {refused.map((e) => (
        <RefusedSettingsEdit key={e.editId} entry={e} what="Couldn’t sync" />
      ))}
      {state.problems[kind].map((p) => (
        <p key={p} className="bad-text" role="alert">
          {p}
        </p>
      ))}
    </div>
  );
}
