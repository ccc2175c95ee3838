import type { AccountData } from '../health';
import { aggregateRange, attainment, goalStatus } from '../metrics';
import type { Settings } from '../settings';
import { containsDate, dayIn, daysBetween, type Period } from '../time';
import { byClientName, clientsWithoutApprovedGoal, goalApprovalsThisYear } from '../obligations/goal-approvals';
import { accountRoi } from './account-roi';
import { isClientOn, yearToDate } from './clients';
import type { FigureRow, WithAccounts } from './figure-accounts';

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

type Figure = { value: number | null; rows: FigureRow[] };

const share = (rows: FigureRow[]): Figure => ({
  value: rows.length ? rows.filter((r) => r.counted).length / rows.length : null,
  rows,
});
const mean = (rows: FigureRow[]): Figure => ({
  value: rows.length ? rows.reduce((t, r) => t + (r.value ?? 0), 0) / rows.length : null,
  rows,
});

/** One account's rows under each value figure for a period (`valuePart`). */
export interface ValuePart {
  kpi: FigureRow[];
  goals: FigureRow[];
  firstValue: FigureRow[];
  /** Its goals started in the calendar year so far (a client only). */
  powerGoals: FigureRow[];
  roi: FigureRow[];
  /** A client this year: its approvals row, listed by account name. */
  approval: { name: string; row: FigureRow } | null;
}

export function valuePart(data: AccountData, period: Period, day: string, settings: Settings, zone: string): ValuePart {
  const client = isClientOn(data, day) ? [data] : [];
  const year = yearToDate(day);
  const approvals = approvalRows([data], day);
  return {
    kpi: kpiRows(client, period, settings),
    goals: goalRows([data], period, day),
    firstValue: firstValueRows([data], period, zone),
    // Goals started in the calendar year so far, per client: one row per client with its count.
    powerGoals: client.map((a) => ({
      accountId: a.account.id,
      value: a.goals.filter((g) => g.startDate >= year.start && g.startDate <= year.end).length,
    })),
    roi: roiRows(client, day),
    approval: approvals[0] ? { name: data.account.name, row: approvals[0] } : null,
  };
}

/** The value figures from each account's part, in the accounts' order (approvals by account name). */
export function combineValue(parts: readonly { value: ValuePart }[]): WithAccounts<ValueMetrics> {
  const all = parts.map((p) => p.value);
  const rows = (pick: (p: ValuePart) => FigureRow[]) => all.flatMap(pick);
  const approvals = all.flatMap((p) => (p.approval ? [p.approval] : [])).sort(byClientName);
  const figures = {
    kpiHitRate: share(rows((p) => p.kpi)),
    goalCompletion: share(rows((p) => p.goals)),
    timeToFirstValueDays: mean(rows((p) => p.firstValue)),
    powerGoalsPerClient: mean(rows((p) => p.powerGoals)),
    roiClients: share(rows((p) => p.roi)),
    approvedGoalClients: share(approvals.map((a) => a.row)),
  };
  const keys = Object.keys(figures) as (keyof ValueMetrics)[];
  return {
    ...(Object.fromEntries(keys.map((k) => [k, figures[k].value])) as unknown as ValueMetrics),
    accounts: Object.fromEntries(keys.map((k) => [k, figures[k].rows])),
  };
}

/** Clients with KPI data over the period: their attainment, `counted` when at or above target. */
function kpiRows(clients: readonly AccountData[], period: Period, settings: Settings): FigureRow[] {
  return clients.flatMap((a) => {
    const agg = aggregateRange(a.metrics, settings.health.kpiMetric, 'all', period.start, period.end);
    const att = attainment(settings.health.kpiMetric, agg.value, agg.target);
    return att === null ? [] : [{ accountId: a.account.id, value: att, counted: att >= 1 }];
  });
}

/** POWER goals due in the period (and already due, or achieved), `counted` when achieved. */
function goalRows(accounts: readonly AccountData[], period: Period, day: string): FigureRow[] {
  const rows: FigureRow[] = [];
  for (const a of accounts) {
    for (const g of a.goals) {
      if (g.status === 'dropped' || !containsDate(period, g.dueDate)) continue;
      const done = goalStatus(g, a.metrics, day).status === 'achieved';
      if (g.dueDate > day && !done) continue;
      rows.push({ accountId: a.account.id, value: null, counted: done, label: g.title });
    }
  }
  return rows;
}

/** "First value" steps completed in the period: days from the client's start. */
function firstValueRows(accounts: readonly AccountData[], period: Period, zone: string): FigureRow[] {
  return accounts.flatMap((a) =>
    a.onboardingSteps.flatMap((s) => {
      if (s.key !== 'first_value' || s.completedAt === null) return [];
      const done = dayIn(s.completedAt, zone);
      return containsDate(period, done)
        ? [{ accountId: a.account.id, value: daysBetween(a.account.startedAt, done) }]
        : [];
    }),
  );
}

/**
 * Clients who paid anything in their agreement year so far: their ROI ratio (null without a goal
 * of stated value), `counted` when ROI ≥ 100% (seed 002). The share is the ROI-validated figure.
 */
function roiRows(clients: readonly AccountData[], day: string): FigureRow[] {
  return clients.flatMap((a) => {
    const r = accountRoi(a, day);
    return r.investmentCents === 0 ? [] : [{ accountId: a.account.id, value: r.ratio, counted: r.validated }];
  });
}

/** Every client this year: its goals approved this year, `counted` unless it has none (the year-end bonus rule). */
function approvalRows(accounts: readonly AccountData[], day: string): FigureRow[] {
  const clients = goalApprovalsThisYear(accounts, day);
  const without = new Set(clientsWithoutApprovedGoal(clients).map((c) => c.accountId));
  return clients.map((c) => ({ accountId: c.accountId, value: c.approved.length, counted: !without.has(c.accountId) }));
}
