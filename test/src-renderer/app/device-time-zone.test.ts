import { afterEach, describe, expect, it, vi } from 'vitest';
import { deviceTimeZone } from '../../../src-renderer/app/device-time-zone';

const laptopZone = process.env.TZ;
afterEach(() => {
  vi.useRealTimers();
  if (laptopZone === undefined) delete process.env.TZ;
  else process.env.TZ = laptopZone;
});

describe("the laptop's time zone", () => {
  it('is read once per clock tick, and a laptop carried to another zone shows it by the next tick', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    process.env.TZ = 'America/Chicago';
    vi.setSystemTime(new Date('2026-09-01T12:01:00Z'));
    expect(deviceTimeZone()).toBe('America/Chicago');
    // Landed in Paris: within the same half minute the app keeps Chicago…
    process.env.TZ = 'Europe/Paris';
    vi.setSystemTime(new Date('2026-09-01T12:01:20Z'));
    expect(deviceTimeZone()).toBe('America/Chicago');
    // …and 30 s after it last read the zone, it shows Paris.
    vi.setSystemTime(new Date('2026-09-01T12:01:30Z'));
    expect(deviceTimeZone()).toBe('Europe/Paris');
  });
});
