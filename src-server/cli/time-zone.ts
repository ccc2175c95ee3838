import { readFileSync } from 'node:fs';
import { describeIssues } from '../../src-core/model';
import { DEFAULT_SETTINGS, settingsSchema, withDeviceTimeZone, type Settings } from '../../src-core/settings';
import { isTimeZone, UTC } from '../../src-core/time';
import { UsageError } from './args';

/** The zone the process runs in (TZ, else the machine's): what "follow the computer" means on the command line. */
export function processTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || UTC;
}

/**
 * The settings a command judges a book by: the seeds' defaults (a lead reading any CSM's export
 * gets the same yardstick) unless `--settings FILE` gives the CSM's own (workday, holidays,
 * targets…), in `--tz ZONE`, else the settings' zone, else the process's — so "today", month ends
 * and business hours are the CSM's and not UTC's.
 */
export function cliSettings(tz: string | undefined, settingsFile?: string): Settings {
  if (tz !== undefined && !isTimeZone(tz))
    throw new UsageError(`--tz must be a time zone like America/Chicago, not "${tz}".`);
  const base = settingsFile === undefined ? DEFAULT_SETTINGS : readSettingsFile(settingsFile);
  return withDeviceTimeZone(tz === undefined ? base : { ...base, timeZone: tz }, processTimeZone());
}

function readSettingsFile(path: string): Settings {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(code ? `Cannot read ${path}: ${code}.` : `${path} is not JSON.`);
  }
  const parsed = settingsSchema.safeParse(json);
  if (!parsed.success) throw new UsageError(`${path} is not valid settings: ${describeIssues(parsed.error)[0]}.`);
  return parsed.data;
}
