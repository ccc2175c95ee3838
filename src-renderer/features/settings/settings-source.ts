import { FIELD_DEPTH, leafPaths, type SettingsKind } from '../../../src-core/user-settings';
import type { SettingsState } from '../../store/settings-repo';

/**
 * Where one kind of settings comes from and how it stands with the team server, in the CSM's
 * words: what the Settings, Branding and Playbooks screens say under their titles. Pure, so each
 * case is tested with its wording.
 */
export type SourceTone = 'ok' | 'pending' | 'error' | 'local';

export interface SettingsSource {
  tone: SourceTone;
  /** How it syncs: "Synced with your team server", "Saved on this laptop — waiting to sync", … */
  status: string;
  /** Whose values these are: "3 of your own values; the rest from your team". */
  origin: string;
  /** Whether the CSM has values of their own to reset, and what resetting brings back. */
  resetLabel: string | null;
}

const NOUN: Record<SettingsKind, [string, string]> = {
  settings: ['value', 'values'],
  branding: ['choice', 'choices'],
  playbooks: ['playbook change', 'playbook changes'],
};

export function settingsSource(state: SettingsState, kind: SettingsKind): SettingsSource {
  const own = leafPaths(state.layers[kind].user ?? {}, FIELD_DEPTH[kind]).length;
  const team = leafPaths(state.layers[kind].team ?? {}, FIELD_DEPTH[kind]).length > 0;
  const [one, many] = NOUN[kind];
  const mine = own === 0 ? null : `${own} ${own === 1 ? one : many} of your own`;
  const rest = team ? 'your team’s values (set by your admin)' : 'the SOP defaults';
  const origin = mine ? `${mine}; the rest from ${rest}.` : `Using ${rest}.`;
  const resetLabel = own === 0 ? null : team ? 'Use the team’s values' : 'Reset to defaults';
  if (state.local) {
    return {
      tone: 'local',
      status: 'Stored in this book on this laptop. Connect to your team server to keep them with you.',
      origin,
      resetLabel,
    };
  }
  const refused = state.rejected.filter((e) => e.kind === kind).length;
  if (refused > 0) return { tone: 'error', status: 'A change here couldn’t sync — see below.', origin, resetLabel };
  if (state.pending[kind] > 0)
    return {
      tone: 'pending',
      status: 'Saved on this laptop — waiting to sync with your team server.',
      origin,
      resetLabel,
    };
  return {
    tone: 'ok',
    status: 'Synced with your team server.',
    origin,
    resetLabel,
  };
}
