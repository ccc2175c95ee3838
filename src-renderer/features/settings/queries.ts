import { useQuery } from '@tanstack/react-query';
import { withDeviceTimeZone, type Settings } from '../../../src-core/settings';
import { deviceTimeZone } from '../../app/device-time-zone';
import { useDb } from '../../app/book-session';
import { readSettingsState, type SettingsState } from '../../store/settings-repo';

export const settingsKeys = {
  all: ['settings'] as const,
  state: () => [...settingsKeys.all, 'state'] as const,
};

/** The settings as every screen and worker uses them: the CSM's time zone always filled in. */
export interface LoadedSettingsState extends SettingsState {
  /**
   * True when the CSM (and their team) left the time zone unset: it follows this laptop, and
   * `settings.timeZone` holds the laptop's zone. The Settings form shows "This computer's" and
   * saves null again, so the layers never pin one laptop's zone on the others.
   */
  followsComputer: boolean;
}

/**
 * Layered settings leave the time zone null to mean "this computer's" (DESIGN §9): it is filled in
 * here, once, with the laptop's zone, so "today", business hours and month ends are the CSM's on
 * every screen and in every worker request.
 */
export function withLaptopZone<S extends { settings: Settings }>(
  state: S,
  laptopZone: string = deviceTimeZone(),
): S & { followsComputer: boolean } {
  return {
    ...state,
    settings: withDeviceTimeZone(state.settings, laptopZone),
    followsComputer: state.settings.timeZone === null,
  };
}

// A module-level function, so react-query keeps the same result (and screens do not re-render)
// until the stored settings change; and one result per stored state, shared by every observer, so
// a component mounting (a Book row scrolling into view) neither asks Intl for the laptop's zone
// again nor hands the settings' fingerprint a new object to hash.
const loaded = new WeakMap<SettingsState, LoadedSettingsState>();
const selectLoaded = (state: SettingsState): LoadedSettingsState => {
  let found = loaded.get(state);
  if (!found) {
    found = withLaptopZone(state);
    loaded.set(state, found);
  }
  return found;
};

/**
 * The one settings hook: the CSM's effective settings (targets, health, cadence, business hours,
 * time zone, comp plan…), deck branding and playbooks — the defaults, then the team's values, then
 * their own, with edits not yet synced on top — and how they stand with the team server. Every
 * screen reads settings here and hands them to the workers; nothing reads DEFAULT_SETTINGS in their place.
 */
export function useEffectiveSettings() {
  const db = useDb();
  return useQuery({ queryKey: settingsKeys.state(), queryFn: () => readSettingsState(db), select: selectLoaded });
}
