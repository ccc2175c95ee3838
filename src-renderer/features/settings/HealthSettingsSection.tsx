import { useState, type FormEvent } from 'react';
import type { Settings } from '../../../src-core/settings';
import { PlaybooksEditor } from '../playbooks/PlaybooksEditor';
import { useResetSettingsKind, useSaveSettingsKind } from './mutations';
import { useEffectiveSettings, type LoadedSettingsState } from './queries';
import { settingsSource } from './settings-source';
import { SettingsSyncNote } from './SettingsSyncNote';
import { formValuesOf, SETTING_GROUPS, settingsFromForm, weightsLine, type FormValues } from './health-settings-form';
import { SettingFieldInput } from './SettingFieldInput';
import './health-settings.css';
import { ProblemList } from '../shared/ProblemList';

/** Settings › Targets & health: every target, weight, threshold, business hour and cadence, with the seeds' defaults. */
export function HealthSettingsSection() {
  const loaded = useEffectiveSettings();
  if (!loaded.data) return null;
  // Re-mounted when the effective settings change (a save, a sync), so the form starts from them.
  return <HealthSettingsForm key={JSON.stringify(loaded.data.settings)} state={loaded.data} />;
}

function HealthSettingsForm({ state }: { state: LoadedSettingsState }) {
  const settings = state.settings;
  // A zone that follows the computer shows as "This computer's" and is saved as such (null).
  const [values, setValues] = useState<FormValues>(() => formValuesOf(settings, state.followsComputer));
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
        Defaults come from the SOPs. Health, warnings, Today, Prep, the cadence board, the scorecard and decks use these
        at once; your time zone decides “today”, month ends and business hours.
      </p>
      <SettingsSyncNote state={state} kind="settings" />
      <form onSubmit={onSubmit}>
        {SETTING_GROUPS.map((g) => (
          <details
            key={g.title}
            className="health-settings__group"
            open={g.title.startsWith('Health') || g.title.startsWith('Time zone')}
          >
            <summary>{g.title}</summary>
            <div className="health-settings__grid">
              {g.fields.map((field) => (
                // Each input is named by its own aria-label (the same words), whatever kind of input it is.
                <div
                  key={field.path}
                  className={`field health-settings__field${field.unit === 'weekdays' || field.unit === 'dates' ? ' health-settings__field--wide' : ''}`}
                >
                  <span aria-hidden="true">{field.label}</span>
                  <SettingFieldInput
                    field={field}
                    value={values[field.path] ?? ''}
                    onChange={(value) => setValues({ ...values, [field.path]: value })}
                  />
                </div>
              ))}
            </div>
            {g.fields.some((field) => field.path.startsWith('health.weights.')) && <WeightsTotal values={values} />}
          </details>
        ))}
        <ProblemList problems={problems} />
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

/** Live, beside the weights: their total, so 120% is seen before Save rather than after. */
function WeightsTotal({ values }: { values: FormValues }) {
  const line = weightsLine(values);
  return (
    <p className={line.ok ? 'muted' : 'bad-text'} role="status" aria-live="polite">
      {line.text}
    </p>
  );
}
