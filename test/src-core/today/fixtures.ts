import type {
  Account,
  Activity,
  Contact,
  Contract,
  DeckRecord,
  Feedback,
  Goal,
  Invoice,
  MetricSeries,
  Note,
  OnboardingStep,
  Opportunity,
  Task,
  Ticket,
  TimeEntry,
} from '../../../src-core/model';
import type { AccountData } from '../../../src-core/prep';
import type { DayBook } from '../../../src-core/today';
import {
  makeAccount as baseAccount,
  makeSeries as baseSeries,
  weeklyDates,
  makeActivity as baseActivity,
  makeTicket as baseTicket,
  makeContract as baseContract,
  makeContact as baseContact,
  makeGoal as baseGoal,
  makeFeedback as baseFeedback,
  makeInvoice as baseInvoice,
  makeTimeEntry as baseTimeEntry,
  makeNote as baseNote,
  makeTask as baseTask,
  makeOpportunity as baseOpportunity,
} from '../../builders';

/** Small row builders with overrides (STYLE rule 12). Every row is valid by its schema. */

const sync = (id: string) => ({ id, rev: 1, deleted: false, updatedAt: '2026-09-01T00:00:00.000Z' });
const scoped = (id: string, accountId: string) => ({ ...sync(id), accountId });

export function makeAccount(o: Partial<Account> = {}): Account {
  return baseAccount({ ...sync(o.id ?? 'a-1'), ...o });
}

export function makeActivity(o: Partial<Activity> = {}): Activity {
  return baseActivity({
    ...scoped(o.id ?? 'act-1', o.accountId ?? 'a-1'),
    status: 'scheduled',
    ...o,
  });
}

export function makeTicket(o: Partial<Ticket> = {}): Ticket {
  return baseTicket({
    ...scoped(o.id ?? 't-1', o.accountId ?? 'a-1'),
    subject: 'Website form broken',
    openedAt: '2026-09-09T20:00:00.000Z',
    ...o,
  });
}

export function makeTimeEntry(o: Partial<TimeEntry> = {}): TimeEntry {
  return baseTimeEntry({ ...scoped(o.id ?? 'te-1', o.accountId ?? 'a-1'), ...o });
}

export function makeContract(o: Partial<Contract> = {}): Contract {
  return baseContract({
    ...scoped(o.id ?? 'c-1', o.accountId ?? 'a-1'),
    startDate: '2025-01-06',
    renewalDate: '2027-01-06',
    monthlyValueCents: 450_000,
    services: ['seo', 'ppc'],
    ...o,
  });
}

export function makeOnboardingStep(o: Partial<OnboardingStep> = {}): OnboardingStep {
  return {
    ...scoped(o.id ?? 'ob-1', o.accountId ?? 'a-1'),
    key: 'kickoff',
    title: 'Kickoff call',
    dueDate: '2026-09-10',
    completedAt: null,
    ...o,
  };
}

export function makeDeck(o: Partial<DeckRecord> = {}): DeckRecord {
  return {
    ...scoped(o.id ?? 'd-1', o.accountId ?? 'a-1'),
    kind: 'qbr',
    period: '2026-Q3',
    generatedAt: '2026-09-20T10:00:00.000Z',
    fileName: 'deck.pptx',
    slideCount: 14,
    sizeBytes: 150_000,
    dataHash: 'h',
    commentary: {},
    omittedSlides: [],
    ...o,
  };
}

export function makeContact(o: Partial<Contact> = {}): Contact {
  return baseContact({
    ...scoped(o.id ?? 'p-1', o.accountId ?? 'a-1'),
    ...o,
  });
}

export function makeGoal(o: Partial<Goal> = {}): Goal {
  return baseGoal({
    ...scoped(o.id ?? 'g-1', o.accountId ?? 'a-1'),
    startDate: '2026-07-06',
    dueDate: '2026-12-28',
    valueCents: 1_000_000,
    ...o,
  });
}

export function makeFeedback(o: Partial<Feedback> = {}): Feedback {
  return baseFeedback({
    ...scoped(o.id ?? 'f-1', o.accountId ?? 'a-1'),
    date: '2026-09-02',
    ...o,
  });
}

export function makeInvoice(o: Partial<Invoice> = {}): Invoice {
  return baseInvoice({
    ...scoped(o.id ?? 'i-1', o.accountId ?? 'a-1'),
    dueDate: '2026-08-15',
    amountCents: 450_000,
    paidAt: '2026-08-14',
    ...o,
  });
}

export function makeNote(o: Partial<Note> = {}): Note {
  return baseNote({
    ...scoped(o.id ?? 'n-1', o.accountId ?? 'a-1'),
    createdAt: '2026-09-03T10:00:00.000Z',
    ...o,
  });
}

export function makeTask(o: Partial<Task> = {}): Task {
  return baseTask({
    ...scoped(o.id ?? 'k-1', o.accountId ?? 'a-1'),
    title: 'Fix tracking on the booking form',
    dueDate: '2026-09-15',
    ...o,
  });
}

export function makeOpportunity(o: Partial<Opportunity> = {}): Opportunity {
  return baseOpportunity({
    ...scoped(o.id ?? 'o-1', o.accountId ?? 'a-1'),
    title: 'Paid search pilot',
    amountCents: 150_000,
    trigger: 'exceeding_targets',
    problem: 'More demand than organic can bring',
    expectedImpact: '+20 leads a month',
    ...o,
  });
}

/** A weekly series of one metric on the `all` channel: `values[i]` and `targets[i]` for the Mondays from `firstMonday`. */
export function makeSeries(
  metric: MetricSeries['metric'],
  firstMonday: string,
  values: (number | null)[],
  targets: (number | null)[],
  o: Partial<MetricSeries> = {},
): MetricSeries {
  return baseSeries({
    ...scoped(o.id ?? `s-${metric}`, o.accountId ?? 'a-1'),
    metric,
    year: Number(firstMonday.slice(0, 4)),
    dates: weeklyDates(firstMonday, values.length),
    values,
    targets,
    ...o,
  });
}

export function makeAccountData(o: Partial<AccountData> = {}): AccountData {
  return {
    account: makeAccount(),
    contacts: [],
    contracts: [],
    goals: [],
    metrics: [],
    activities: [],
    tickets: [],
    opportunities: [],
    referrals: [],
    feedback: [],
    invoices: [],
    notes: [],
    tasks: [],
    timeEntries: [],
    healthOverrides: [],
    onboardingSteps: [],
    decks: [],
    clientRequests: [],
    caseStudies: [],
    processes: [],
    ...o,
  };
}

export function makeDayBook(o: Partial<DayBook> = {}): DayBook {
  return {
    accounts: [],
    activities: [],
    tickets: [],
    timeEntries: [],
    onboardingSteps: [],
    contracts: [],
    decks: [],
    ...o,
  };
}
