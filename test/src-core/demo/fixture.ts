import { generateDemoBook, type DemoBookOptions } from '../../../src-core/demo';
import type { BookFile, MetricSeries } from '../../../src-core/model';

export const OWNER = { id: 'user-sam', email: 'sam@agency.test', name: 'Sam Rivera', role: 'csm' as const };

/** A Friday: "today" has an afternoon, "tomorrow" is a weekend, the next business day is Monday. */
export const AS_OF = '2026-11-20';
/** The book's now: noon on the as-of day in the demo CSM's zone, Chicago (CST, UTC−6). */
export const NOW = '2026-11-20T18:00:00.000Z';

const cache = new Map<string, BookFile>();

/** The demo book for these options, generated once per test file. */
export function demoBook(overrides: Partial<DemoBookOptions> = {}): BookFile {
  const options: DemoBookOptions = { seed: 'fieldbook-demo', asOf: AS_OF, owner: OWNER, ...overrides };
  const key = JSON.stringify(options);
  let book = cache.get(key);
  if (!book) {
    book = generateDemoBook(options);
    cache.set(key, book);
  }
  return book;
}

export function dayNumber(date: string): number {
  return Date.parse(`${date.slice(0, 10)}T00:00:00Z`) / 86_400_000;
}

export function addDays(date: string, days: number): string {
  return new Date((dayNumber(date) + days) * 86_400_000).toISOString().slice(0, 10);
}

/** One account's weekly values for a metric and channel, years joined in order. */
export function weeklyHistory(
  book: BookFile,
  accountId: string,
  metric: MetricSeries['metric'],
  channel: MetricSeries['channel'],
) {
  const series = book.tables.metrics
    .filter((s) => s.accountId === accountId && s.metric === metric && s.channel === channel)
    .sort((a, b) => a.year - b.year);
  return {
    dates: series.flatMap((s) => s.dates),
    values: series.flatMap((s) => s.values.map((v) => v ?? 0)),
    targets: series.flatMap((s) => s.targets.map((t) => t ?? 0)),
  };
}

export const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/** Minutes east of UTC in `zone` at an instant, read from Intl (independent of the generator's own zone code). */
export function offsetMinutes(zone: string, ms: number): number {
  const name =
    new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
      .formatToParts(new Date(ms))
      .find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const m = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
}

/** The calendar day of an instant in `zone`. */
export function localDay(instant: string, zone: string): string {
  const ms = Date.parse(instant);
  return new Date(ms + offsetMinutes(zone, ms) * 60_000).toISOString().slice(0, 10);
}

/** The wall-clock minute of the day of an instant in `zone`. */
export function localMinute(instant: string, zone: string): number {
  const ms = Date.parse(instant);
  const local = new Date(ms + offsetMinutes(zone, ms) * 60_000);
  return local.getUTCHours() * 60 + local.getUTCMinutes();
}
