import type { SettingsEditEntry } from '../../store/types';
import { useDiscardSettingsEdit, useRetrySettingsEdit } from './mutations';
import './settings-sync.css';

/** A settings change the team server refused: why, Try again (under a new id) and Discard. */
export function RefusedSettingsEdit({ entry, what }: { entry: SettingsEditEntry; what: string }) {
  const retry = useRetrySettingsEdit();
  const discard = useDiscardSettingsEdit();
  return (
    <div className="settings-sync__refused" role="alert">
      <span>
        {what}: {entry.rejected?.message}
      </span>
      <button type="button" className="button button--small" onClick={() => retry.mutate(entry.editId)}>
        Try again
      </button>
      <button type="button" className="button button--ghost button--small" onClick={() => discard.mutate(entry.editId)}>
        Discard
      </button>
    </div>
  );
}
