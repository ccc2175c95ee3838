import type { AccountData } from '../health';
import { aggregateRange, attainment } from '../metrics';
import type { Settings } from '../settings';
import { addMonths, containsDate, daysBetween, type Period } from '../time';
import { accountMrrOn } from './book-value';
import { isClientOn } from './clients';

export interface ValueMetrics {
  /** Clients at or above target on the KPI (settings: leads, all channels) over the period ÷ clients with KPI data. */
  kpiHitRate: number | null;
  /** POWER goals due in the period (and already due) that were achieved ÷ those goals, dropped ones left out. */
  goalCompletion: number | null;
  /** Mean days from client start to the "first value" onboarding step, for steps completed in the period. */
  timeToFirstValueDays: number | null;
  /** POWER goals started this year (to the period's end) per client. */
  powerGoalsPerClient: number | null;
  /**
   * Clients whose POWER goals achieved over the last 12 months are worth more than what they paid
   * in those months (ROI ≥ 100%, job description) ÷ clients who paid anything.
   */
  roiClients: number | null;
}

export function valueMetrics(
  accounts: readonly AccountData[],
  period: Period,
  day: string,
  settings: Settings,
): ValueMetrics {
  const clients = accounts.filter((a) => isClientOn(a, day));
  return {
    kpiHitRate: kpiHitRate(clients, period, settings),
    goalCompletion: goalCompletion(accounts, period, day),
    timeToFirstValueDays: timeToFirstValue(accounts, period),
    powerGoalsPerClient: clients.length
      ? clients.reduce(
          (t, a) => t + a.goals.filter((g) => g.startDate >= `${day.slice(0, 4)}-01-01` && g.startDate <= day).length,
          0,
        ) / clients.length
      : null,
    roiClients: roiClients(clients, day),
  };
}

function kpiHitRate(clients: readonly AccountData[], period: Period, settings: Settings): number | null {
  let measured = 0;
  let hit = 0;
  for (const a of clients) {
    const agg = aggregateRange(a.metrics, settings.health.kpiMetric, 'all', period.start, period.end);
    const att = attainment(settings.health.kpiMetric, agg.value, agg.target);
    if (att === null) continue;
    measured++;
    if (att >= 1) hit++;
  }
  return measured ? hit / measured : null;
}

function goalCompletion(accounts: readonly AccountData[], period: Period, day: string): number | null {
  const due = accounts
    .flatMap((a) => a.goals)
    .filter(
      (g) => g.status !== 'dropped' && containsDate(period, g.dueDate) && (g.dueDate <= day || g.status === 'achieved'),
    );
  return due.length ? due.filter((g) => g.status === 'achieved').length / due.length : null;
}

function timeToFirstValue(accounts: readonly AccountData[], period: Period): number | null {
  const days = accounts.flatMap((a) =>
    a.onboardingSteps
      .filter((s) => s.key === 'first_value' && s.completedAt !== null && containsDate(period, s.completedAt))
      .map((s) => daysBetween(a.account.startedAt, (s.completedAt as string).slice(0, 10))),
  );
  return days.length ? days.reduce((x, y) => x + y, 0) / days.length : null;
}

function roiClients(clients: readonly AccountData[], day: string): number | null {
  const from = addMonths(day, -12);
  let paying = 0;
  let exceeding = 0;
  for (const a of clients) {
    let invested = 0;
    for (let m = 1; m <= 12; m++) invested += accountMrrOn(a.account, a.contracts, addMonths(from, m));
    if (invested === 0) continue;
    paying++;
    const value = a.goals
      .filter((g) => g.status === 'achieved' && g.achievedAt !== null && g.achievedAt > from && g.achievedAt <= day)
      .reduce((t, g) => t + g.valueCents, 0);
    if (value > invested) exceeding++;
  }
  return paying ? exceeding / paying : null;
}
