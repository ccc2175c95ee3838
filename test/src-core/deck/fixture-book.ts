import { emptyBookTables, type BookTables, type RowOf } from '../../../src-core/model';
import { weekStarts } from '../../../src-core/time';
import { DEFAULT_BRANDING } from '../../../src-core/deck';
import { makeAccount as baseAccount, makeGoal as baseGoal } from '../../builders';

/**
 * A hand-computed account for the deck specs. 2026 Mondays: Q2 has 13 (Apr 6 – Jun 29), Q3 has 13
 * (Jul 6 – Sep 28). Leads are 10 a week in Q2 and 12 a week in Q3 against a target of 11 in Q3:
 * Q3 = 156 leads, Q2 = 130, +26 (+20%), target 143, 156/143 = 109%.
 */
const sync = { rev: 1, deleted: false, updatedAt: '2026-10-01T00:00:00.000Z' };
export const ACCOUNT_ID = 'acct-1';
export const NOW = '2026-10-05T12:00:00.000Z';
const scoped = { ...sync, accountId: ACCOUNT_ID };

export function makeAccount(o: Partial<RowOf<'accounts'>> = {}): RowOf<'accounts'> {
  return baseAccount({
    ...sync,
    id: ACCOUNT_ID,
    name: 'Acme Plumbing',
    industry: 'Plumbing',
    ownerName: 'Sam Lee',
    ...o,
  });
}

export function leadsSeries(o: Partial<RowOf<'metrics'>> = {}): RowOf<'metrics'> {
  // The Mondays of 2026 (the first is 5 January): a series holds only its own year's weeks.
  const dates = weekStarts('2026-01-05', '2026-12-31');
  const inQ2 = (d: string) => d >= '2026-04-01' && d <= '2026-06-30';
  const inQ3 = (d: string) => d >= '2026-07-01' && d <= '2026-09-30';
  return {
    ...scoped,
    id: 'ser-leads',
    metric: 'leads',
    channel: 'all',
    year: 2026,
    dates,
    values: dates.map((d) => (inQ2(d) ? 10 : inQ3(d) ? 12 : null)),
    targets: dates.map((d) => (inQ2(d) ? 10 : inQ3(d) ? 11 : null)),
    ...o,
  };
}

export function makeGoal(o: Partial<RowOf<'goals'>> = {}): RowOf<'goals'> {
  return baseGoal({
    ...scoped,
    id: 'goal-1',
    baseline: 8,
    target: 12,
    startDate: '2026-01-05',
    valueCents: 3_000_000,
    ...o,
  });
}

/** An open task of the account, due 2026-10-20; a task's audience is left out (internal) unless given. */
export function makeTask(o: Partial<RowOf<'tasks'>> = {}): RowOf<'tasks'> {
  const task: RowOf<'tasks'> = {
    ...scoped,
    id: 'task-1',
    title: 'Set up call tracking',
    detail: '',
    dueDate: '2026-10-20',
    status: 'open',
    source: 'manual',
    playbookId: null,
    completedAt: null,
    ...o,
  };
  if (task.audience === undefined) delete task.audience;
  return task;
}

export function fixtureBook(): BookTables {
  const t = emptyBookTables();
  t.accounts.push(makeAccount());
  t.metrics.push(leadsSeries());
  // Achieved: the last 4 weeks average 12 = target → counts its full $30,000.
  t.goals.push(makeGoal());
  // Behind: (12 − 10) / (20 − 10) = 20% of the way with 177 of 266 days gone; counts 20% of $20,000 = $4,000.
  t.goals.push(
    makeGoal({
      id: 'goal-2',
      title: 'Double leads',
      baseline: 10,
      target: 20,
      startDate: '2026-04-06',
      dueDate: '2026-12-28',
      valueCents: 2_000_000,
    }),
  );
  // $2,500 a month for each of the 12 months Oct 2025 – Sep 2026 → $30,000 invested; ROI 34,000 / 30,000 = 113%.
  t.contracts.push({
    ...scoped,
    id: 'contract-1',
    startDate: '2025-01-01',
    renewalDate: '2026-12-15',
    monthlyValueCents: 250_000,
    services: ['seo', 'ppc'],
    status: 'active',
    termMonths: 24,
  });
  t.opportunities.push({
    ...scoped,
    id: 'opp-1',
    kind: 'upsell',
    title: 'Add a second service area',
    amountCents: 150_000,
    stage: 'proposed',
    trigger: 'exceeding_targets',
    problem: 'Calls exceed what one crew can serve',
    expectedImpact: '+30 leads a month',
    pilot: '60-day pilot in one ZIP code',
    createdAt: '2026-09-01',
    passedToSalesAt: null,
    closedAt: null,
    csmIsLeadSource: true,
  });
  t.feedback.push({
    ...scoped,
    id: 'fb-1',
    date: '2026-08-10',
    nps: 9,
    csat: null,
    comment: 'Great quarter',
    contactId: null,
    trigger: 'quarterly',
  });
  t.feedback.push({
    ...scoped,
    id: 'fb-2',
    date: '2026-09-01',
    nps: 6,
    csat: 4,
    comment: '',
    contactId: null,
    trigger: 'deliverable',
  });
  t.tasks.push(
    makeTask({
      id: 'task-1',
      title: 'Launch new landing page',
      dueDate: '2026-08-20',
      status: 'done',
      completedAt: '2026-08-20T10:00:00.000Z',
      audience: 'client',
    }),
    makeTask({ id: 'task-2', title: 'Set up call tracking', audience: 'client' }),
    // The CSM's own to-dos: never a win or a plan line on a slide (one written before tasks had an audience).
    makeTask({ id: 'task-3', title: 'Prepare the QBR deck', dueDate: '2026-10-12', audience: undefined }),
    makeTask({
      id: 'task-4',
      title: 'Send the birthday card',
      dueDate: '2026-08-01',
      status: 'done',
      completedAt: '2026-08-01T09:00:00.000Z',
      audience: 'internal',
    }),
  );
  return t;
}

export const BRANDING = { ...DEFAULT_BRANDING, agencyName: 'Northwind Agency' };

/** The fixture book with no leads result for the weeks (Mondays) `missing` picks. */
export function bookMissingWeeks(missing: (monday: string) => boolean): BookTables {
  const book = fixtureBook();
  const series = book.metrics[0]!;
  book.metrics[0] = { ...series, values: series.values.map((v, i) => (missing(series.dates[i]!) ? null : v)) };
  return book;
}
