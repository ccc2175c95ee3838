import { currentInstant } from '../features/shared/clock';
import type { StoreClock } from '../store';

/** The renderer's clock for the store: the one clock's instant (UTC) and random UUIDs (tests inject their own). */
export const BROWSER_CLOCK: StoreClock = {
  now: currentInstant,
  newId: () => crypto.randomUUID(),
};
