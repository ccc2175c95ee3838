import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysBetween, mondayOf, weekStarts, weekdayIndex } from '../../../src-core/time';
import { parsePeriod, previousPeriod } from '../../../src-core/time';

describe('calendar arithmetic', () => {
  it('adds days across months, leap days and years', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2026-01-01', '2026-12-31')).toBe(364);
  });

  it('finds Mondays, also before 1970', () => {
    expect(mondayOf('2026-11-22')).toBe('2026-11-16'); // a Sunday
    expect(mondayOf('2026-11-16')).toBe('2026-11-16');
    expect(weekdayIndex('1969-12-29')).toBe(0);
    expect(mondayOf('1969-12-31')).toBe('1969-12-29');
    expect(weekStarts('2026-09-01', '2026-09-30')).toEqual([
      '2026-08-31',
      '2026-09-07',
      '2026-09-14',
      '2026-09-21',
      '2026-09-28',
    ]);
  });

  it('clamps month ends', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
  });
});

describe('periods', () => {
  it('parses quarters, months and years with inclusive bounds', () => {
    expect(parsePeriod('2026-Q3')).toMatchObject({
      kind: 'quarter',
      start: '2026-07-01',
      end: '2026-09-30',
      label: 'Q3 2026',
    });
    expect(parsePeriod('2026-02')).toMatchObject({ kind: 'month', start: '2026-02-01', end: '2026-02-28' });
    expect(previousPeriod(parsePeriod('2026-Q1')).key).toBe('2025-Q4');
    expect(() => parsePeriod('2026-13')).toThrow('"2026-13" is not a period');
  });
});
