import './playbooks.css';
import { useState } from 'react';
import { parsePlaybooks, type Playbook } from '../../../src-core/playbooks';
import { WARNING_LABELS } from '../../../src-core/warnings';
import type { SettingsState } from '../../store/settings-repo';
import { useResetSettingsKind, useSaveSettingsKind } from '../settings/mutations';
import { useEffectiveSettings } from '../settings/queries';
import { settingsSource } from '../settings/settings-source';
import { SettingsSyncNote } from '../settings/SettingsSyncNote';

/**
 * Playbooks are data: each names the warnings, signals, bands or expansion triggers it answers,
 * the tasks it creates and the opportunity it frames. The CSM can edit them (as JSON, checked
 * against the same schema the app runs them with) or go back to the team's or the seeds' playbooks.
 */
export function PlaybooksEditor() {
  const loaded = useEffectiveSettings();
  if (!loaded.data) return null;
  return <Editor key={JSON.stringify(loaded.data.playbooks)} state={loaded.data} />;
}

function Editor({ state }: { state: SettingsState }) {
  const [text, setText] = useState(() => JSON.stringify(state.playbooks, null, 2));
  const [problems, setProblems] = useState<string[]>([]);
  const save = useSaveSettingsKind<Playbook[]>('playbooks');
  const reset = useResetSettingsKind('playbooks');
  const resetLabel = settingsSource(state, 'playbooks').resetLabel;
  const onSave = () => {
    const result = parsePlaybooks(text);
    if (!result.ok) return setProblems(result.problems.slice(0, 8));
    setProblems([]);
    save.mutate(result.playbooks);
  };
  return (
    <div className="playbooks-editor">
      <SettingsSyncNote state={state} kind="playbooks" />
      <ul className="playbooks-editor__list">
        {state.playbooks.map((p) => (
          <li key={p.id}>
            <strong>{p.name}</strong>{' '}
            <span className="muted">
              {p.tasks.length} tasks{p.opportunity ? ' + an opportunity' : ''}
              {p.when.warnings.length ? ` · on ${p.when.warnings.map((w) => WARNING_LABELS[w]).join(', ')}` : ''}
            </span>
          </li>
        ))}
      </ul>
      <details>
        <summary>Edit the playbooks</summary>
        <label className="field">
          <span>
            Playbooks (JSON). Templates may use {'{account}'} and {'{evidence}'}.
          </span>
          <textarea
            className="mono playbooks-editor__json"
            rows={18}
            spellCheck={false}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
        </label>
        {problems.length > 0 && (
          <ul className="bad-text" role="alert">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        )}
        <div className="form-actions form-actions--start">
          <button type="button" className="button button--primary" onClick={onSave} disabled={save.isPending}>
            Save playbooks
          </button>
          <button
            type="button"
            className="button"
            onClick={() => reset.mutate()}
            disabled={reset.isPending || !resetLabel}
          >
            {resetLabel ? `${resetLabel} (playbooks)` : 'Reset playbooks to defaults'}
          </button>
        </div>
      </details>
    </div>
  );
}
