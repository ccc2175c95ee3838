import { useQuery } from '@tanstack/react-query';
import { useDb } from '../../app/book-session';
import { readSettingsState } from '../../store/settings-repo';

export const settingsKeys = {
  all: ['settings'] as const,
  state: () => [...settingsKeys.all, 'state'] as const,
};

/**
 * The one settings hook: the CSM's effective settings (targets, health, cadence, business hours,
 * comp plan…), deck branding and playbooks — the defaults, then the team's values, then their own,
 * with edits not yet synced on top — and how they stand with the team server. Every screen reads
 * settings here and hands them to the workers; nothing reads DEFAULT_SETTINGS in their place.
 */
export function useEffectiveSettings() {
  const db = useDb();
  return useQuery({ queryKey: settingsKeys.state(), queryFn: () => readSettingsState(db) });
}
