import type { AccountData } from '../health';
import { todayIn } from '../time';

/** A client counts on a day if it had started and had not churned: the denominator of per-client rates. */
export function isClientOn(data: AccountData, day: string): boolean {
  const a = data.account;
  return a.startedAt <= day && (a.churnedAt === null || a.churnedAt > day);
}

/** The last day the period can speak for: its end, or today (in the CSM's zone) while it is still running. */
export function evaluationDay(periodEnd: string, now: string, zone: string): string {
  const today = todayIn(now, zone);
  return today < periodEnd ? today : periodEnd;
}

/**
 * What yearly rules are judged on (President's Club, the year-end bonus, POWER goals per client
 * per year): the calendar year of the evaluation day, from 1 January to that day, whatever
 * period is on screen. A Q1 report judges January to March; a September report, January to September.
 */
export function yearToDate(day: string): { start: string; end: string } {
  return { start: `${day.slice(0, 4)}-01-01`, end: day };
}
