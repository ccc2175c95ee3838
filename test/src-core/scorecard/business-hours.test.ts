import { describe, expect, it } from 'vitest';
import {
  addBusinessDays,
  addBusinessMinutes,
  businessMinutesBetween,
} from '../../../src-core/scorecard/business-hours';
import { DEFAULT_SETTINGS } from '../../../src-core/settings';

const H = DEFAULT_SETTINGS.businessHours; // 8:30–17:30, Monday–Friday

describe('business hours', () => {
  it('counts only working time within one day', () => {
    expect(businessMinutesBetween('2026-09-01T09:00:00Z', '2026-09-01T10:45:00Z', H)).toBe(105);
    expect(businessMinutesBetween('2026-09-01T07:00:00Z', '2026-09-01T08:45:00Z', H)).toBe(15);
  });

  it('skips the night', () => {
    // Tuesday 17:00 → Wednesday 9:00: 30 + 30 minutes.
    expect(businessMinutesBetween('2026-09-01T17:00:00Z', '2026-09-02T09:00:00Z', H)).toBe(60);
  });

  it('skips the weekend: Friday 16:45 answered Monday 9:15 took 90 business minutes (45 + 45)', () => {
    expect(businessMinutesBetween('2026-09-04T16:45:00Z', '2026-09-07T09:15:00Z', H)).toBe(90);
  });

  it('counts a message sent on Saturday from Monday’s opening', () => {
    expect(businessMinutesBetween('2026-09-05T11:00:00Z', '2026-09-07T08:40:00Z', H)).toBe(10);
  });

  it('reads the wall clock as written, whatever the offset', () => {
    expect(businessMinutesBetween('2026-09-01T16:00:00-05:00', '2026-09-01T17:00:00-05:00', H)).toBe(60);
  });

  it('finds the 2-business-hour deadline across a weekend', () => {
    expect(addBusinessMinutes('2026-09-04T16:45:00Z', 120, H)).toBe('2026-09-07T09:45:00');
    expect(addBusinessMinutes('2026-09-05T11:00:00Z', 120, H)).toBe('2026-09-07T10:30:00');
    expect(addBusinessMinutes('2026-09-01T09:00:00Z', 120, H)).toBe('2026-09-01T11:00:00');
  });

  it('counts 3 business days after a Friday to Wednesday', () => {
    expect(addBusinessDays('2026-09-04', 3, H)).toBe('2026-09-09');
  });
});
