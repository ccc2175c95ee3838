import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src-core/settings';
import {
  addBusinessDays,
  addBusinessMinutes,
  answerBy,
  businessMinutesBetween,
  previousWorkday,
  workCalendar,
  workdayEnd,
} from '../../../src-core/time';

// The seeds' day: 08:30–17:30, Monday to Friday. UTC for the plain cases, Chicago and New York for zones.
const UTC_DAY = workCalendar(DEFAULT_SETTINGS);
const CHICAGO = workCalendar({ ...DEFAULT_SETTINGS, timeZone: 'America/Chicago' });
const NEW_YORK = workCalendar({ ...DEFAULT_SETTINGS, timeZone: 'America/New_York' });
const LOS_ANGELES = workCalendar({ ...DEFAULT_SETTINGS, timeZone: 'America/Los_Angeles' });

describe('business minutes (one workday for the whole app)', () => {
  it('counts only working time within one day', () => {
    expect(businessMinutesBetween('2026-09-01T09:00:00Z', '2026-09-01T10:45:00Z', UTC_DAY)).toBe(105);
    // 07:00 → 08:45: only 08:30–08:45 is working time.
    expect(businessMinutesBetween('2026-09-01T07:00:00Z', '2026-09-01T08:45:00Z', UTC_DAY)).toBe(15);
  });

  it('skips the night: Tuesday 17:00 → Wednesday 09:00 is 30 + 30 minutes', () => {
    expect(businessMinutesBetween('2026-09-01T17:00:00Z', '2026-09-02T09:00:00Z', UTC_DAY)).toBe(60);
  });

  it('skips the weekend: Friday 16:45 answered Monday 09:15 took 45 + 45 = 90 minutes', () => {
    expect(businessMinutesBetween('2026-09-04T16:45:00Z', '2026-09-07T09:15:00Z', UTC_DAY)).toBe(90);
  });

  it('counts a message sent on Saturday from Monday’s opening: 08:30 → 08:40 is 10', () => {
    expect(businessMinutesBetween('2026-09-05T11:00:00Z', '2026-09-07T08:40:00Z', UTC_DAY)).toBe(10);
  });

  it('reads each timestamp with its own offset', () => {
    // Opened 16:00 Chicago (−05:00) = 17:00 New York; answered 17:30 New York (−04:00) = 16:30 Chicago.
    // On the Chicago CSM's clock: 16:00 → 16:30 = 30 business minutes.
    expect(businessMinutesBetween('2026-09-01T16:00:00-05:00', '2026-09-01T17:30:00-04:00', CHICAGO)).toBe(30);
    // The same two instants on a New York CSM's clock: 17:00 → 17:30 = 30 as well (the day ends at 17:30).
    expect(businessMinutesBetween('2026-09-01T16:00:00-05:00', '2026-09-01T17:30:00-04:00', NEW_YORK)).toBe(30);
  });

  it('a ticket opened at 03:10 New York time has waited 5 minutes of a Chicago workday at 08:35 Chicago time', () => {
    // 03:10 EDT = 07:10Z = 02:10 CDT; 08:35 CDT = 13:35Z. Working time: 08:30–08:35 CDT = 5 minutes.
    expect(businessMinutesBetween('2026-09-10T03:10:00-04:00', '2026-09-10T13:35:00Z', CHICAGO)).toBe(5);
  });

  it('treats a holiday like a weekend', () => {
    const labor = workCalendar({
      ...DEFAULT_SETTINGS,
      businessHours: { ...DEFAULT_SETTINGS.businessHours, holidays: ['2026-09-07'] },
    });
    // Friday 16:45 → Tuesday 09:15 with Monday a holiday: 45 + 45.
    expect(businessMinutesBetween('2026-09-04T16:45:00Z', '2026-09-08T09:15:00Z', labor)).toBe(90);
    expect(previousWorkday('2026-09-08', labor)).toBe('2026-09-04');
  });

  it('keeps an 08:30–17:30 day nine hours long across the US daylight-saving change (1 November 2026)', () => {
    // Friday 30 October 17:00 CDT (22:00Z) → Monday 2 November 09:00 CST (15:00Z): 30 + 30 minutes,
    // although the clocks went back an hour on Sunday.
    expect(businessMinutesBetween('2026-10-30T22:00:00Z', '2026-11-02T15:00:00Z', CHICAGO)).toBe(60);
    expect(workdayEnd('2026-10-30', CHICAGO)).toBe('2026-10-30T22:30:00.000Z');
    expect(workdayEnd('2026-11-02', CHICAGO)).toBe('2026-11-02T23:30:00.000Z');
  });
});

describe('deadlines', () => {
  it('finds the 2-business-hour deadline across a weekend', () => {
    // Friday 16:45: 45 minutes Friday, 75 Monday from 08:30 → 09:45.
    expect(addBusinessMinutes('2026-09-04T16:45:00Z', 120, UTC_DAY)).toBe('2026-09-07T09:45:00.000Z');
    expect(addBusinessMinutes('2026-09-05T11:00:00Z', 120, UTC_DAY)).toBe('2026-09-07T10:30:00.000Z');
    expect(addBusinessMinutes('2026-09-01T09:00:00Z', 120, UTC_DAY)).toBe('2026-09-01T11:00:00.000Z');
  });

  it('answers a message from after hours by the end of the next workday, on the CSM’s clock', () => {
    // 20:30 Tuesday in Los Angeles (PDT, −7) = 03:30Z Wednesday: due by 17:30 PDT Wednesday = 00:30Z Thursday.
    expect(answerBy('2026-09-09T03:30:00Z', LOS_ANGELES)).toBe('2026-09-10T00:30:00.000Z');
    // 10:00 in New York on Wednesday = 07:00 in Los Angeles: due by 17:30 PDT the same day.
    expect(answerBy('2026-09-09T10:00:00-04:00', LOS_ANGELES)).toBe('2026-09-10T00:30:00.000Z');
  });

  it('counts 3 business days after a Friday to Wednesday', () => {
    expect(addBusinessDays('2026-09-04', 3, UTC_DAY)).toBe('2026-09-09');
  });
});
