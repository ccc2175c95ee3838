import { isTimeZone, UTC } from '../../src-core/time';

/** As often as the renderer's clock ticks (features/shared/clock.ts): a laptop carried to another zone shows it within that. */
const RECHECK_MS = 30_000;
let known: { zone: string; at: number } | null = null;

/**
 * The laptop's IANA time zone, as Chromium reports it: the default for the CSM's time-zone setting.
 * Every `useToday` asks on every render until settings load; building an `Intl.DateTimeFormat` each
 * time took 8–20 ms of a 500-account Book's open (profiled), so the answer is kept for a clock tick.
 */
export function deviceTimeZone(): string {
  const now = Date.now();
  if (!known || now - known.at >= RECHECK_MS || now < known.at) {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    known = { zone: zone && isTimeZone(zone) ? zone : UTC, at: now };
  }
  return known.zone;
}
