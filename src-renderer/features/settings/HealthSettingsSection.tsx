import { useState, type FormEvent } from 'react';
import type { Settings } from '../../../src-core/settings';
import type { SettingsState } from '../../store/settings-repo';
import { PlaybooksEditor } from '../playbooks/PlaybooksEditor';
import { useResetSettingsKind, useSaveSettingsKind } from './mutations';
import { useEffectiveSettings } from './queries';
import { settingsSource } from './settings-source';
import { SettingsSyncNote } from './SettingsSyncNote';
import {
  formValuesOf,
  SETTING_GROUPS,
  settingsFromForm,
  type FieldUnit,
  type FormValues,
} from './health-settings-form';
import './health-settings.css';

const SUFFIX: Record<FieldUnit, string> = {
  percent: '%',
  number: '',
  dollars: '$',
  days: 'days',
  time: '',
  minutes: 'min',
  hours: 'h',
};

/** Settings › Targets & health: every target, weight, threshold, business hour and cadence, with the seeds' defaults. */
export function HealthSettingsSection() {
  const loaded = useEffectiveSettings();
  if (!loaded.data) return null;
  // Re-mounted when the effective settings change (a save, a sync), so the form starts from them.
  return <HealthSettingsForm key={JSON.stringify(loaded.data.settings)} state={loaded.data} />;
}

function HealthSettingsForm({ state }: { state: SettingsState }) {
  const settings = state.settings;
  const [values, setValues] = useState<FormValues>(() => formValuesOf(settings));
  const [problems, setProblems] = useState<string[]>([]);
  const save = useSaveSettingsKind<Settings>('settings');
  const reset = useResetSettingsKind('settings');
  const resetLabel = settingsSource(state, 'settings').resetLabel;
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const result = settingsFromForm(settings, values);
    if (!result.ok) return setProblems(result.problems);
    setProblems([]);
    save.mutate(result.settings);
  };
  return (
    <section className="card settings-section health-settings" aria-labelledby="health-settings-title">
      <h2 className="card__title" id="health-settings-title">
        Targets &amp; health
      </h2>
      <p className="muted">
        Defaults come from the SOPs. Health, warnings, the cadence board and the scorecard use these at once.
      </p>
      <SettingsSyncNote state={state} kind="settings" />
      <form onSubmit={onSubmit}>
        {SETTING_GROUPS.map((g) => (
          <details key={g.title} className="health-settings__group" open={g.title.startsWith('Health')}>
            <summary>{g.title}</summary>
            <div className="health-settings__grid">
              {g.fields.map((field) => (
                <label key={field.path} className="field health-settings__field">
                  <span>{field.label}</span>
                  <span className="health-settings__input">
                    {field.unit === 'dollars' && <span className="muted">$</span>}
                    <input
                      type={field.unit === 'time' ? 'time' : 'number'}
                      step="any"
                      value={values[field.path] ?? ''}
                      onChange={(e) => setValues({ ...values, [field.path]: e.target.value })}
                    />
                    {field.unit !== 'dollars' && SUFFIX[field.unit] && (
                      <span className="muted">{SUFFIX[field.unit]}</span>
                    )}
                  </span>
                </label>
              ))}
            </div>
          </details>
        ))}
        {problems.length > 0 && (
          <ul className="bad-text" role="alert">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        )}
        <div className="form-actions form-actions--start">
          <button type="submit" className="button button--primary" disabled={save.isPending}>
            {save.isPending ? 'Saving…' : 'Save targets and health'}
          </button>
          <button
            type="button"
            className="button"
            disabled={reset.isPending || !resetLabel}
            onClick={() => reset.mutate()}
          >
            {resetLabel ?? 'Reset to defaults'}
          </button>
        </div>
      </form>
      <details className="health-settings__group">
        <summary>Playbooks</summary>
        <PlaybooksEditor />
      </details>
    </section>
  );
}
