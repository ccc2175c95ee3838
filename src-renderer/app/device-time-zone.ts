import { isTimeZone, UTC } from '../../src-core/time';

/** The laptop's IANA time zone, as Chromium reports it: the default for the CSM's time-zone setting. */
export function deviceTimeZone(): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return zone && isTimeZone(zone) ? zone : UTC;
}
