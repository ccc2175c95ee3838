import { isTimeZone, UTC } from '../time/zone';
import type { Settings } from './settings-schema';

/**
 * The CSM's time zone. Settings that follow the computer carry null until an edge fills it in
 * (`withDeviceTimeZone`: the app with the laptop's zone, the CLI with the process's or --tz);
 * the core reads null as UTC, which only a test without a zone ever sees.
 */
export function csmTimeZone(settings: Pick<Settings, 'timeZone'>): string {
  return settings.timeZone ?? UTC;
}

/** The settings with "follow the computer" resolved to the device's zone (an unknown zone falls back to UTC). */
export function withDeviceTimeZone(settings: Settings, deviceZone: string | undefined): Settings {
  if (settings.timeZone !== null) return settings;
  return { ...settings, timeZone: deviceZone && isTimeZone(deviceZone) ? deviceZone : UTC };
}
