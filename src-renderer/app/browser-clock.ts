import type { StoreClock } from '../store';

/** The renderer's clock for the store: real time and random UUIDs (tests inject their own). */
export const BROWSER_CLOCK: StoreClock = {
  now: () => new Date().toISOString(),
  newId: () => crypto.randomUUID(),
};
