import { DEFAULT_SETTINGS, withDeviceTimeZone, type Settings } from '../../src-core/settings';
import { isTimeZone } from '../../src-core/time';
import { UsageError } from './args';

/** The zone the process runs in (TZ, else the machine's): what "follow the computer" means on the command line. */
export function processTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/**
 * The settings a command judges a book by: the seeds' defaults (a lead reading any CSM's export
 * gets the same yardstick), in `--tz ZONE` or else the process's zone, so "today", month ends and
 * business hours are the CSM's and not UTC's.
 */
export function cliSettings(tz: string | undefined): Settings {
  if (tz !== undefined && !isTimeZone(tz))
    throw new UsageError(`--tz must be a time zone like America/Chicago, not "${tz}".`);
  return withDeviceTimeZone(DEFAULT_SETTINGS, tz ?? processTimeZone());
}
