import { SETTINGS_WORDS } from '../../store/settings-repo';
import { useEffectiveSettings } from './queries';
import { RefusedSettingsEdit } from './RefusedSettingsEdit';

/** The couldn't-sync screen's settings part: refused settings edits, each with Try again and Discard. */
export function RefusedSettingsList() {
  const refused = useEffectiveSettings().data?.rejected ?? [];
  if (refused.length === 0) return null;
  return (
    <section className="card" aria-label="Settings changes that couldn’t sync">
      <h2 className="card__title">Settings</h2>
      {refused.map((e) => (
        <RefusedSettingsEdit key={e.editId} entry={e} what={`Your change to the ${SETTINGS_WORDS[e.kind]}`} />
      ))}
    </section>
  );
}
