import './playbooks.css';
import { useState } from 'react';
import { checkPlaybookForm, newPlaybook, type Playbook } from '../../../src-core/playbooks';
import type { SettingsState } from '../../store/settings-repo';
import { useResetSettingsKind, useSaveSettingsKind } from '../settings/mutations';
import { useEffectiveSettings } from '../settings/queries';
import { settingsSource } from '../settings/settings-source';
import { SettingsSyncNote } from '../settings/SettingsSyncNote';
import { PlaybookForm } from './PlaybookForm';
import { ProblemList } from '../shared/ProblemList';

/**
 * Playbooks are data: each names the warnings, signals, bands or expansion triggers it answers and
 * the steps it creates, each due some days after it runs. The CSM edits them as forms, checked on
 * Save with the schema the app runs them with, or goes back to the team's or the seeds' playbooks.
 */
export function PlaybooksEditor() {
  const loaded = useEffectiveSettings();
  if (!loaded.data) return null;
  return <Editor key={JSON.stringify(loaded.data.playbooks)} state={loaded.data} />;
}

function Editor({ state }: { state: SettingsState }) {
  const [drafts, setDrafts] = useState<Playbook[]>(() => structuredClone(state.playbooks));
  const [open, setOpen] = useState(0);
  const [problems, setProblems] = useState<string[]>([]);
  const save = useSaveSettingsKind<Playbook[]>('playbooks');
  const reset = useResetSettingsKind('playbooks');
  const resetLabel = settingsSource(state, 'playbooks').resetLabel;
  const current = drafts[open];
  const onSave = () => {
    const result = checkPlaybookForm(drafts);
    if (!result.ok) return setProblems(result.problems.slice(0, 8));
    setProblems([]);
    save.mutate(result.playbooks);
  };
  const add = () => {
    setDrafts([...drafts, newPlaybook(crypto.randomUUID())]);
    setOpen(drafts.length);
  };
  const remove = () => {
    setDrafts(drafts.filter((_, i) => i !== open));
    setOpen(Math.max(0, open - 1));
  };
  return (
    <div className="playbooks-editor">
      <SettingsSyncNote state={state} kind="playbooks" />
      <div className="playbooks-editor__pick">
        <label className="field">
          <span>Playbook to edit</span>
          <select value={open} onChange={(e) => setOpen(Number(e.target.value))}>
            {drafts.map((p, i) => (
              <option key={p.id} value={i}>
                {p.name || `Playbook ${i + 1}`} · {p.tasks.length} steps
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="button" onClick={add}>
          Add playbook
        </button>
        <button type="button" className="button" onClick={remove} disabled={!current}>
          Delete this playbook
        </button>
      </div>
      {current && (
        <PlaybookForm
          key={current.id}
          playbook={current}
          onChange={(p) => setDrafts(drafts.map((d, i) => (i === open ? p : d)))}
        />
      )}
      <ProblemList problems={problems} />
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
    </div>
  );
}
