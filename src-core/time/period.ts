import { MAX_YEAR, MIN_YEAR } from '../model/primitives';
import { addDays, addMonths } from './dates';
import { dayIn } from './zone';

/**
 * Reporting periods: a month (`2026-09`), a quarter (`2026-Q3`) or a year (`2026`).
 * `start` and `end` are inclusive calendar days.
 */
export interface Period {
  key: string;
  kind: 'month' | 'quarter' | 'year';
  start: string;
  end: string;
  label: string;
}

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export class PeriodError extends Error {}

export function parsePeriod(key: string): Period {
  if (isPeriodShape(key) && !inYearRange(key))
    throw new PeriodError(`"${key}" is outside the years Fieldbook keeps (${MIN_YEAR} to ${MAX_YEAR}).`);
  const quarter = /^(\d{4})-Q([1-4])$/.exec(key);
  if (quarter) {
    const year = Number(quarter[1]);
    const q = Number(quarter[2]);
    const start = `${year}-${String((q - 1) * 3 + 1).padStart(2, '0')}-01`;
    return { key, kind: 'quarter', start, end: addDays(addMonths(start, 3), -1), label: `Q${q} ${year}` };
  }
  const month = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(key);
  if (month) {
    const start = `${month[1]}-${month[2]}-01`;
    return {
      key,
      kind: 'month',
      start,
      end: addDays(addMonths(start, 1), -1),
      label: `${MONTH_NAMES[Number(month[2]) - 1]} ${month[1]}`,
    };
  }
  const year = /^(\d{4})$/.exec(key);
  if (year) return { key, kind: 'year', start: `${key}-01-01`, end: `${key}-12-31`, label: key };
  throw new PeriodError(
    `"${key}" is not a period: use a quarter like 2026-Q3, a month like 2026-09 or a year like 2026.`,
  );
}

function isPeriodShape(key: string): boolean {
  return /^\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$/.test(key);
}

function inYearRange(key: string): boolean {
  const year = Number(key.slice(0, 4));
  return year >= MIN_YEAR && year <= MAX_YEAR;
}

/** The period of the same kind just before this one (Q3 → Q2, 2026-01 → 2025-12). */
export function previousPeriod(period: Period): Period {
  return periodContaining(addDays(period.start, -1), period.kind);
}

export function periodContaining(isoDate: string, kind: Period['kind']): Period {
  const y = isoDate.slice(0, 4);
  const m = Number(isoDate.slice(5, 7));
  if (kind === 'year') return parsePeriod(y);
  if (kind === 'quarter') return parsePeriod(`${y}-Q${Math.floor((m - 1) / 3) + 1}`);
  return parsePeriod(`${y}-${String(m).padStart(2, '0')}`);
}

export function containsDate(period: Period, isoDate: string): boolean {
  const d = isoDate.slice(0, 10);
  return d >= period.start && d <= period.end;
}

/** Whether an instant falls in the period on the wall calendar of `zone` (20:30 on 30 September in Chicago is September there). */
export function containsInstant(period: Period, instant: string, zone: string): boolean {
  return containsDate(period, dayIn(instant, zone));
}
