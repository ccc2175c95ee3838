import { useEffect, useState } from 'react';

/** The current instant, refreshed every `everyMs` (Today's "overnight" and end-of-day lists move with it). */
export function useNow(everyMs = 60_000): string {
  const [now, setNow] = useState(() => new Date().toISOString());
  useEffect(() => {
    const id = setInterval(() => setNow(new Date().toISOString()), everyMs);
    return () => clearInterval(id);
  }, [everyMs]);
  return now;
}

/** Minutes east of UTC for the laptop right now (the core's `utcOffsetMinutes`). */
export function localUtcOffsetMinutes(at: string): number {
  return -new Date(at).getTimezoneOffset();
}
