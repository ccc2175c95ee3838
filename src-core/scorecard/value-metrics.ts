import type { AccountData } from '../health';
import { aggregateRange, attainment, goalStatus } from '../metrics';
import type { Settings } from '../settings';
import { containsDate, dayIn, daysBetween, type Period } from '../time';
import { clientsWithoutApprovedGoal, goalApprovalsThisYear } from '../obligations/goal-approvals';
import { accountRoi } from './account-roi';
import { isClientOn, yearToDate } from './clients';

export interface ValueMetrics {
  /** Clients at or above target on the KPI (settings: leads, all channels) over the period ÷ clients with KPI data. */
  kpiHitRate: number | null;
  /**
   * POWER goals due in the period (and already due, or already achieved) that are achieved by the
   * goals' one rule (`goalStatus`) ÷ those goals, dropped ones left out.
   */
  goalCompletion: number | null;
  /** Mean days from client start to the "first value" onboarding step, for steps completed in the period. */
  timeToFirstValueDays: number | null;
  /** POWER goals started in the calendar year to the evaluation day, per client (a yearly rule). */
  powerGoalsPerClient: number | null;
  /** Clients whose ROI (`accountRoi`: the agreement year so far) is at least 100% ÷ clients who paid anything. */
  roiClients: number | null;
  /** Clients with a POWER goal approved by the client this calendar year ÷ clients (the year-end bonus needs all). */
  approvedGoalClients: number | null;
}

export function valueMetrics(
  accounts: readonly AccountData[],
  period: Period,
  day: string,
  settings: Settings,
  zone: string,
): ValueMetrics {
  const clients = accounts.filter((a) => isClientOn(a, day));
  const year = yearToDate(day);
  return {
    kpiHitRate: kpiHitRate(clients, period, settings),
    goalCompletion: goalCompletion(accounts, period, day),
    timeToFirstValueDays: timeToFirstValue(accounts, period, zone),
    powerGoalsPerClient: clients.length
      ? clients.reduce(
          (t, a) => t + a.goals.filter((g) => g.startDate >= year.start && g.startDate <= year.end).length,
          0,
        ) / clients.length
      : null,
    roiClients: roiClients(clients, day),
    approvedGoalClients: approvedGoalShare(accounts, day),
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
  let due = 0;
  let achieved = 0;
  for (const a of accounts) {
    for (const g of a.goals) {
      if (g.status === 'dropped' || !containsDate(period, g.dueDate)) continue;
      const done = goalStatus(g, a.metrics, day).status === 'achieved';
      if (g.dueDate > day && !done) continue;
      due++;
      if (done) achieved++;
    }
  }
  return due ? achieved / due : null;
}

function timeToFirstValue(accounts: readonly AccountData[], period: Period, zone: string): number | null {
  const days = accounts.flatMap((a) =>
    a.onboardingSteps.flatMap((s) => {
      if (s.key !== 'first_value' || s.completedAt === null) return [];
      const done = dayIn(s.completedAt, zone);
      return containsDate(period, done) ? [daysBetween(a.account.startedAt, done)] : [];
    }),
  );
  return days.length ? days.reduce((x, y) => x + y, 0) / days.length : null;
}

/** Clients whose agreement year so far shows ROI ≥ 100% (seed 002) ÷ clients who paid anything in it. */
export function roiClients(clients: readonly AccountData[], day: string): number | null {
  let paying = 0;
  let validated = 0;
  for (const a of clients) {
    const r = accountRoi(a, day);
    if (r.investmentCents === 0) continue;
    paying++;
    if (r.validated) validated++;
  }
  return paying ? validated / paying : null;
}

function approvedGoalShare(accounts: readonly AccountData[], day: string): number | null {
  const clients = goalApprovalsThisYear(accounts, day);
  return clients.length ? (clients.length - clientsWithoutApprovedGoal(clients).length) / clients.length : null;
}
