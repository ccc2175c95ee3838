import type { ActivityStatus } from '../model';
import { addDays, daysBetween } from '../time/dates';
import type { AccountPlan } from './account-plan';
import type { DemoContext } from './context';
import { monthsBetween } from './month-keys';

export type MeetingKind = 'review' | 'qbr' | 'sync';

/** Chance a past meeting was skipped (no-show) or cancelled, by how the account is doing. */
const SKIP_RATES: Record<AccountPlan['trajectory'], { noShow: number; cancelled: number }> = {
  thriving: { noShow: 0.02, cancelled: 0.04 },
  steady: { noShow: 0.04, cancelled: 0.05 },
  flat: { noShow: 0.08, cancelled: 0.08 },
  declining: { noShow: 0.1, cancelled: 0.08 },
};

/** How far ahead the demo calendar runs after the book's today. */
export const CALENDAR_AHEAD_DAYS = 21;

/**
 * What happened to a meeting at `at`: scheduled when it is after the book's now, otherwise kept
 * or skipped. Declining accounts skip more as they slide; the HVAC story skipped its last two
 * monthly reviews and has been dodging its syncs for six weeks.
 */
export function meetingStatus(
  ctx: DemoContext,
  plan: AccountPlan,
  kind: MeetingKind,
  at: string,
  roll: number,
): ActivityStatus {
  if (at > ctx.now) return 'scheduled';
  if (plan.role === 'story') {
    if (kind === 'review' && monthsBetween(at, ctx.asOf) <= 2) return 'no_show';
    if (kind === 'sync' && daysBetween(at.slice(0, 10), ctx.asOf) <= 42) return roll < 0.5 ? 'no_show' : 'cancelled';
    return 'completed';
  }
  const rates = { ...SKIP_RATES[plan.trajectory] };
  const end = plan.churnedAt ?? ctx.asOf;
  if (plan.trajectory === 'declining' && at.slice(0, 10) >= addDays(end, -120)) {
    rates.noShow = 0.25;
    rates.cancelled = 0.15;
  }
  if (roll < rates.noShow) return 'no_show';
  if (roll < rates.noShow + rates.cancelled) return 'cancelled';
  return 'completed';
}

/** Past meetings and the ones in the next three weeks; nothing further out. */
export function inCalendarWindow(ctx: DemoContext, at: string): boolean {
  return at <= `${addDays(ctx.asOf, CALENDAR_AHEAD_DAYS)}T23:59:59.999Z`;
}
