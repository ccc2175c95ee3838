import type {
  Account,
  Activity,
  Channel,
  Contract,
  Feedback,
  Goal,
  HealthOverride,
  Invoice,
  MetricKey,
  MetricSeries,
  Opportunity,
  Task,
  Ticket,
} from '../../../src-core/model';
import { addDays, mondayOf } from '../../../src-core/time';
import {
  makeAccount as baseAccount,
  makeActivity as baseActivity,
  makeFeedback as baseFeedback,
  makeContract as baseContract,
  makeInvoice as baseInvoice,
  makeOpportunity as baseOpportunity,
  makeTask as baseTask,
  makeTicket as baseTicket,
  makeGoal as baseGoal,
} from '../../builders';

/** Builders with overrides (STYLE rule 12). Every row is valid per its schema. */
const sync = (id: string) => ({ id, rev: 1, deleted: false, updatedAt: '2026-01-01T00:00:00.000Z' });
let seq = 0;
const nextId = (prefix: string) => `${prefix}-${++seq}`;

export function makeAccount(overrides: Partial<Account> = {}): Account {
  return baseAccount({ ...sync('a-1'), ownerName: 'Sam', ...overrides });
}

export function makeActivity(overrides: Partial<Activity> = {}): Activity {
  return baseActivity({
    ...sync(nextId('act')),
    accountId: 'a-1',
    at: '2026-09-25T15:00:00.000Z',
    ...overrides,
  });
}

export function makeFeedback(overrides: Partial<Feedback> = {}): Feedback {
  return baseFeedback({
    ...sync(nextId('fb')),
    accountId: 'a-1',
    csat: 5,
    ...overrides,
  });
}

export function makeContract(overrides: Partial<Contract> = {}): Contract {
  return baseContract({
    ...sync(nextId('c')),
    accountId: 'a-1',
    ...overrides,
  });
}

export function makeInvoice(overrides: Partial<Invoice> = {}): Invoice {
  return baseInvoice({
    ...sync(nextId('inv')),
    accountId: 'a-1',
    paidAt: '2026-08-20',
    ...overrides,
  });
}

export function makeOpportunity(overrides: Partial<Opportunity> = {}): Opportunity {
  return baseOpportunity({
    ...sync(nextId('opp')),
    accountId: 'a-1',
    ...overrides,
  });
}

export function makeTask(overrides: Partial<Task> = {}): Task {
  return baseTask({
    ...sync(nextId('task')),
    accountId: 'a-1',
    ...overrides,
  });
}

export function makeTicket(overrides: Partial<Ticket> = {}): Ticket {
  return baseTicket({
    ...sync(nextId('t')),
    accountId: 'a-1',
    status: 'resolved',
    firstResponseAt: '2026-09-01T10:00:00.000Z',
    resolvedAt: '2026-09-01T12:00:00.000Z',
    ...overrides,
  });
}

export function makeGoal(overrides: Partial<Goal> = {}): Goal {
  return baseGoal({
    ...sync(nextId('g')),
    accountId: 'a-1',
    ...overrides,
  });
}

export function makeOverride(overrides: Partial<HealthOverride> = {}): HealthOverride {
  return {
    ...sync(nextId('ho')),
    accountId: 'a-1',
    band: 'green',
    reason: 'Owner on holiday; calls resume in October',
    createdAt: '2026-09-20T10:00:00.000Z',
    expiresAt: '2026-10-15',
    createdBy: 'Sam',
    ...overrides,
  };
}

/** Weekly series (one record per year) from `from` to `to`, each week's [value, target] from `at`. */
export function weeklySeries(
  metric: MetricKey,
  channel: Channel,
  from: string,
  to: string,
  at: (monday: string) => [number | null, number | null],
  accountId = 'a-1',
): MetricSeries[] {
  const byYear = new Map<number, MetricSeries>();
  for (let d = mondayOf(from); d <= to; d = addDays(d, 7)) {
    const year = Number(d.slice(0, 4));
    let s = byYear.get(year);
    if (!s) {
      s = {
        ...sync(`m-${accountId}-${metric}-${channel}-${year}`),
        accountId,
        metric,
        channel,
        year,
        dates: [],
        values: [],
        targets: [],
      };
      byYear.set(year, s);
    }
    const [v, t] = at(d);
    s.dates.push(d);
    s.values.push(v);
    s.targets.push(t);
  }
  return [...byYear.values()];
}
