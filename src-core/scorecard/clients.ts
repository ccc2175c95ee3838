import type { AccountData } from '../health';

/** A client counts on a day if it had started and had not churned: the denominator of per-client rates. */
export function isClientOn(data: AccountData, day: string): boolean {
  const a = data.account;
  return a.startedAt <= day && (a.churnedAt === null || a.churnedAt > day);
}

/** The last day the period can speak for: its end, or today while it is still running. */
export function evaluationDay(periodEnd: string, now: string): string {
  const today = now.slice(0, 10);
  return today < periodEnd ? today : periodEnd;
}
