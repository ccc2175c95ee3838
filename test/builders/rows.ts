import type {
  Activity,
  Contact,
  Contract,
  Feedback,
  Goal,
  Invoice,
  Note,
  Opportunity,
  Task,
  Ticket,
  TimeEntry,
} from '../../src-core/model';

/**
 * The whole shape of each account-scoped row, once (STYLE rule 12). Suites' builders pass the
 * values their hand-computed fixtures depend on; a field added to the model is added here.
 * Every row built with no overrides is valid by its schema.
 */
const scoped = (id: string) => ({
  id,
  rev: 1,
  deleted: false,
  updatedAt: '2026-09-01T00:00:00.000Z',
  accountId: 'a-1',
});

export function makeActivity(overrides: Partial<Activity> = {}): Activity {
  return {
    ...scoped('act-1'),
    kind: 'meeting',
    status: 'completed',
    direction: 'two_way',
    at: '2026-09-10T15:00:00.000Z',
    durationMinutes: 30,
    subject: 'Monthly review',
    outcome: '',
    attendeeIds: [],
    insight: null,
    ...overrides,
  };
}

export function makeContract(overrides: Partial<Contract> = {}): Contract {
  return {
    ...scoped('c-1'),
    startDate: '2026-01-01',
    renewalDate: '2027-01-01',
    monthlyValueCents: 500_000,
    services: ['seo'],
    status: 'active',
    termMonths: 12,
    ...overrides,
  };
}

export function makeTicket(overrides: Partial<Ticket> = {}): Ticket {
  return {
    ...scoped('t-1'),
    subject: 'Question',
    channel: 'email',
    priority: 'normal',
    status: 'open',
    openedAt: '2026-09-01T09:00:00.000Z',
    firstResponseAt: null,
    resolvedAt: null,
    ...overrides,
  };
}

export function makeInvoice(overrides: Partial<Invoice> = {}): Invoice {
  return {
    ...scoped('inv-1'),
    number: 'INV-1',
    issuedAt: '2026-08-01',
    dueDate: '2026-08-31',
    amountCents: 500_000,
    paidAt: null,
    ...overrides,
  };
}

export function makeTask(overrides: Partial<Task> = {}): Task {
  return {
    ...scoped('task-1'),
    title: 'Follow up',
    detail: '',
    dueDate: null,
    status: 'open',
    source: 'manual',
    playbookId: null,
    completedAt: null,
    ...overrides,
  };
}

export function makeNote(overrides: Partial<Note> = {}): Note {
  return {
    ...scoped('n-1'),
    body: 'Dana wants more calls',
    createdAt: '2026-09-01T10:00:00.000Z',
    authorName: 'Sam Rivera',
    pinned: false,
    conflictOf: null,
    ...overrides,
  };
}

export function makeContact(overrides: Partial<Contact> = {}): Contact {
  return {
    ...scoped('p-1'),
    name: 'Dana Lee',
    title: 'Practice manager',
    role: 'decision_maker',
    email: 'dana@brightsmiles.test',
    phone: '',
    isPrimary: true,
    birthday: null,
    family: '',
    interests: '',
    personalNotes: '',
    ...overrides,
  };
}

export function makeGoal(overrides: Partial<Goal> = {}): Goal {
  return {
    ...scoped('g-1'),
    title: 'More leads',
    metric: 'leads',
    channel: 'all',
    baseline: 10,
    target: 20,
    startDate: '2026-01-01',
    dueDate: '2026-12-31',
    status: 'open',
    achievedAt: null,
    valueCents: 0,
    note: '',
    ...overrides,
  };
}

export function makeFeedback(overrides: Partial<Feedback> = {}): Feedback {
  return {
    ...scoped('fb-1'),
    date: '2026-09-01',
    nps: 9,
    csat: null,
    comment: '',
    contactId: null,
    trigger: 'quarterly',
    ...overrides,
  };
}

export function makeOpportunity(overrides: Partial<Opportunity> = {}): Opportunity {
  return {
    ...scoped('o-1'),
    kind: 'upsell',
    title: 'Add paid search',
    amountCents: 100_000,
    stage: 'identified',
    trigger: null,
    problem: '',
    expectedImpact: '',
    pilot: '',
    createdAt: '2026-09-01',
    passedToSalesAt: null,
    closedAt: null,
    csmIsLeadSource: true,
    ...overrides,
  };
}

export function makeTimeEntry(overrides: Partial<TimeEntry> = {}): TimeEntry {
  return { ...scoped('te-1'), date: '2026-09-09', minutes: 15, category: 'prep', note: '', ...overrides };
}
