import { SETTINGS_WORDS } from '../../store/settings-repo';
import { useDiscardSettingsEdit, useRetrySettingsEdit } from './mutations';
import { useEffectiveSettings } from './queries';
import './settings-sync.css';

/** The couldn't-sync screen's settings part: refused settings edits, each with Try again and Discard. */
export function RefusedSettingsList() {
  const state = useEffectiveSettings().data;
  const retry = useRetrySettingsEdit();
  const discard = useDiscardSettingsEdit();
  const refused = state?.rejected ?? [];
  if (refused.length === 0) return null;
  return (
    <section className="card" aria-label="Settings changes that couldn’t sync">
      <h2 className="card__title">Settings</h2>
      {refused.map((e) => (
        <div key={e.editId} className="settings-sync__refused" role="alert">
          <span>
            Your change to the {SETTINGS_WORDS[e.kind]}: {e.rejected?.message}
          </span>
          <button type="button" className="button button--small" onClick={() => retry.mutate(e.editId)}>
            Try again
          </button>
          <button type="button" className="button button--ghost button--small" onClick={() => discard.mutate(e.editId)}>
            Discard
          </button>
        </div>
      ))}
    </section>
  );
}
