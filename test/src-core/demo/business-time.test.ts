import { describe, expect, it } from 'vitest';
import {
  addBusinessDays,
  addBusinessMinutes,
  nthBusinessDay,
  onOrAfterBusinessDay,
} from '../../../src-core/demo/business-time';

// 2026-11-20 is a Friday.
describe('agency business time (Mon–Fri 09:00–17:30)', () => {
  it('adds working minutes inside the day', () => {
    expect(addBusinessMinutes('2026-11-20T10:00:00.000Z', 45)).toBe('2026-11-20T10:45:00.000Z');
  });

  it('carries past the end of the day into the next working day', () => {
    expect(addBusinessMinutes('2026-11-20T17:00:00.000Z', 60)).toBe('2026-11-23T09:30:00.000Z');
  });

  it('starts the clock at 09:00 for a message sent overnight or at the weekend', () => {
    expect(addBusinessMinutes('2026-11-19T22:15:00.000Z', 20)).toBe('2026-11-20T09:20:00.000Z');
    expect(addBusinessMinutes('2026-11-21T11:00:00.000Z', 90)).toBe('2026-11-23T10:30:00.000Z');
    expect(addBusinessMinutes('2026-11-20T07:05:00.000Z', 10)).toBe('2026-11-20T09:10:00.000Z');
  });

  it('spans several days: 600 working minutes from Thursday 16:00', () => {
    // Thu 90 min, Fri 510 min → done at Fri 17:30.
    expect(addBusinessMinutes('2026-11-19T16:00:00.000Z', 600)).toBe('2026-11-20T17:30:00.000Z');
    expect(addBusinessMinutes('2026-11-19T16:00:00.000Z', 601)).toBe('2026-11-23T09:01:00.000Z');
  });

  it('counts business days over weekends, from weekdays and weekend days alike', () => {
    expect(addBusinessDays('2026-11-20', 1)).toBe('2026-11-23');
    expect(addBusinessDays('2026-11-20', 5)).toBe('2026-11-27');
    expect(addBusinessDays('2026-11-21', 1)).toBe('2026-11-23');
    expect(addBusinessDays('2026-11-22', 3)).toBe('2026-11-25');
    expect(addBusinessDays('2026-11-18', 3)).toBe('2026-11-23');
    expect(addBusinessDays('2026-11-22', 0)).toBe('2026-11-22');
  });

  it('finds the n-th business day of a month', () => {
    // November 2026 starts on a Sunday.
    expect(nthBusinessDay('2026-11-01', 0)).toBe('2026-11-02');
    expect(nthBusinessDay('2026-11-01', 4)).toBe('2026-11-06');
    expect(nthBusinessDay('2026-11-01', 5)).toBe('2026-11-09');
    expect(onOrAfterBusinessDay('2026-11-20')).toBe('2026-11-20');
  });
});
