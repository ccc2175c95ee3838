import { useSyncExternalStore } from 'react';
import { csmTimeZone } from '../../../src-core/settings';
import { todayIn } from '../../../src-core/time';
import { deviceTimeZone } from '../../app/device-time-zone';
import { useEffectiveSettings } from '../settings/queries';

/**
 * The renderer's one clock. Every screen reads "now" and "today" here: now is the laptop's
 * instant, today is its day in the CSM's time zone (settings; the laptop's zone until they pick
 * one), so a CSM in Los Angeles who keeps Chicago time sees Chicago's day everywhere. Both move
 * with the minute, so a laptop left open overnight does not keep yesterday.
 */
export function currentInstant(): string {
  return new Date().toISOString();
}

// Half a minute: "synced 2 minutes ago" and the day's lists stay current without busy work.
const TICK_MS = 30_000;
let minute = currentInstant();
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | null = null;

function subscribe(onChange: () => void): () => void {
  listeners.add(onChange);
  timer ??= setInterval(() => {
    minute = currentInstant();
    for (const l of listeners) l();
  }, TICK_MS);
  return () => {
    listeners.delete(onChange);
    if (listeners.size === 0 && timer) {
      clearInterval(timer);
      timer = null;
    }
  };
}

/** The current instant, refreshed every half minute (Today's overnight and end-of-day lists move with it). */
export function useNow(): string {
  return useSyncExternalStore(subscribe, () => minute);
}

/** The CSM's time zone: their setting, or the laptop's while settings load or follow the computer. */
export function useTimeZone(): string {
  const settings = useEffectiveSettings().data?.settings;
  return settings ? csmTimeZone(settings) : deviceTimeZone();
}

/**
 * Today's date (`YYYY-MM-DD`) in the CSM's time zone. Screens re-render when the day turns, not
 * at every tick: a 500-account Book must not re-sort twice a minute.
 */
export function useToday(): string {
  const zone = useTimeZone();
  return useSyncExternalStore(subscribe, () => todayIn(minute, zone));
}
