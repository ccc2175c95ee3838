import { addMonths } from '../time';

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

/** `YYYY-MM` of a date. */
export const monthOf = (date: string): string => date.slice(0, 7);

export const monthStart = (month: string): string => `${month}-01`;

/** Whole calendar months from the month of `a` to the month of `b`. */
export function monthsBetween(a: string, b: string): number {
  return (Number(b.slice(0, 4)) - Number(a.slice(0, 4))) * 12 + Number(b.slice(5, 7)) - Number(a.slice(5, 7));
}

/** Month keys from the month of `from` through the month of `to`. */
export function monthRange(from: string, to: string): string[] {
  const months: string[] = [];
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  for (let key = monthOf(from); key <= to; key = `${year}-${String(month).padStart(2, '0')}`) {
    months.push(key);
    month = month === 12 ? 1 : month + 1;
    if (month === 1) year++;
  }
  return months;
}

export const previousMonth = (month: string): string => monthOf(addMonths(monthStart(month), -1));

/** "September 2026". */
export function monthLabel(month: string): string {
  return `${MONTH_NAMES[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;
}

/** "Q3 2026". */
export function quarterLabel(month: string): string {
  return `Q${Math.floor((Number(month.slice(5, 7)) - 1) / 3) + 1} ${month.slice(0, 4)}`;
}
