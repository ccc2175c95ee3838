import { describe, expect, it } from 'vitest';
import {
  containsInstant,
  formatClockIn,
  dayIn,
  dayRangeIn,
  endOfDayIn,
  instantAt,
  instantMs,
  isTimeZone,
  parsePeriod,
  timeIn,
} from '../../../src-core/time';

describe('instants and wall clocks', () => {
  it('reads an instant with its own offset and never guesses a zone for text without one', () => {
    expect(instantMs('2026-09-30T20:30:00-05:00')).toBe(Date.parse('2026-10-01T01:30:00.000Z'));
    expect(instantMs('2026-09-30T20:30:00')).toBeNaN();
  });

  it('puts 20:30 on 30 September in Chicago in September for a Chicago CSM, October for a UTC one', () => {
    const at = '2026-10-01T01:30:00.000Z';
    expect(dayIn(at, 'America/Chicago')).toBe('2026-09-30');
    expect(dayIn(at, 'UTC')).toBe('2026-10-01');
    expect(containsInstant(parsePeriod('2026-09'), at, 'America/Chicago')).toBe(true);
    expect(containsInstant(parsePeriod('2026-Q3'), at, 'America/Chicago')).toBe(true);
    expect(containsInstant(parsePeriod('2026-Q4'), at, 'America/Los_Angeles')).toBe(false);
  });

  it('turns a wall clock into an instant across the US daylight-saving change (1 November 2026)', () => {
    // Before: CDT (−5); after: CST (−6).
    expect(instantAt('2026-10-30', '10:00', 'America/Chicago')).toBe('2026-10-30T15:00:00.000Z');
    expect(instantAt('2026-11-02', '10:00', 'America/Chicago')).toBe('2026-11-02T16:00:00.000Z');
    // 01:30 happens twice on 1 November: the first (CDT) is meant.
    expect(instantAt('2026-11-01', '01:30', 'America/Chicago')).toBe('2026-11-01T06:30:00.000Z');
    // 02:30 never happens on 8 March: the clock moves on to 03:30 CDT.
    expect(instantAt('2026-03-08', '02:30', 'America/Chicago')).toBe('2026-03-08T08:30:00.000Z');
    expect(timeIn('2026-11-01T07:30:00Z', 'America/Chicago')).toBe('01:30');
  });

  it('makes 1 November 25 hours long in Los Angeles and ends it there', () => {
    const { from, to } = dayRangeIn('2026-11-01', 'America/Los_Angeles');
    expect([from, to]).toEqual(['2026-11-01T07:00:00.000Z', '2026-11-02T08:00:00.000Z']);
    expect((Date.parse(to) - Date.parse(from)) / 3_600_000).toBe(25);
    expect(endOfDayIn('2026-11-01', 'America/Los_Angeles')).toBe('2026-11-02T07:59:59.999Z');
  });

  it('knows real zones and refuses made-up ones', () => {
    expect(isTimeZone('America/Chicago')).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
    expect(isTimeZone('')).toBe(false);
  });
});

describe('a clock time in a named zone', () => {
  it('reads the same instant on each zone’s clock, without the zone’s name', () => {
    // 2026-11-24T14:30Z is 8:30 in Chicago (CST, UTC−6) and 6:30 in Los Angeles (PST, UTC−8).
    expect(formatClockIn('2026-11-24T14:30:00.000Z', 'America/Chicago')).toBe('8:30 AM');
    expect(formatClockIn('2026-11-24T14:30:00.000Z', 'America/Los_Angeles')).toBe('6:30 AM');
    expect(formatClockIn('2026-11-24T14:30:00.000Z', 'Asia/Tokyo')).toBe('11:30 PM');
  });
});

describe('the wall clock through a day on which the clocks change', () => {
  // The runtime's own time-zone data, read directly, is the reference: every quarter hour of each
  // UTC day below reads the wall clock Intl shows for it, before, across and after the change.
  const reference = (ms: number, zone: string) => {
    const parts = new Intl.DateTimeFormat('en-CA', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    }).formatToParts(new Date(ms));
    const part = (type: string) => parts.find((p) => p.type === type)!.value;
    return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`;
  };
  it.each([
    ['America/Los_Angeles', '2026-03-08'], // spring forward at 10:00 UTC
    ['America/Los_Angeles', '2026-11-01'], // fall back at 09:00 UTC
    ['Europe/London', '2026-03-29'], // at 01:00 UTC
    ['Australia/Lord_Howe', '2026-04-04'], // half an hour back, at 15:00 UTC
    ['Australia/Lord_Howe', '2026-10-03'], // half an hour forward, at 15:30 UTC
    ['Asia/Kolkata', '2026-03-29'], // no change, a half-hour offset
  ])('%s on %s (UTC)', (zone, day) => {
    const start = Date.parse(`${day}T00:00:00Z`);
    for (let ms = start; ms < start + 86_400_000; ms += 15 * 60_000)
      expect(`${dayIn(ms, zone)} ${timeIn(ms, zone)}`, new Date(ms).toISOString()).toBe(reference(ms, zone));
  });
});
