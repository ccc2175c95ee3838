import type { BookTables, RowOf } from '../../../src-core/model';
import { ACCOUNT_ID, fixtureBook, leadsSeries, makeAccount, makeTask } from './fixture-book';

/**
 * A Red account the CSM must still present to: everything internal about it is written here with
 * words no client-facing sentence would use, so a test can look for each one on every slide.
 * Built on the hand-computed fixture (leads, goals, contract, feedback) with the relationship
 * gone bad in Q3 2026 and the QBR generated on 2026-10-05.
 */
export const RISK_WORDS = {
  competitor: 'took a demo from a rival agency',
  cancellation: 'will cancel if leads do not recover by November',
  budget: 'CFO wants to cut the retainer by 30%',
  invoiceA: 'INV-1041',
  invoiceB: 'INV-1042',
  playbookTask: 'Call the owner about the rival agency demo',
  qbrChore: 'Prepare the QBR deck',
  birthdayChore: 'Send the birthday card',
  pinnedNote: 'Owner is shopping around; keep this between us',
} as const;

/** What the client may read: the one task the CSM marked for them. */
export const CLIENT_TASK = 'Fix call tracking on the booking form';

const sync = { rev: 1, deleted: false, updatedAt: '2026-10-01T00:00:00.000Z', accountId: ACCOUNT_ID };

function invoice(id: string, number: string, dueDate: string): RowOf<'invoices'> {
  return { ...sync, id, number, issuedAt: '2026-08-01', dueDate, amountCents: 250_000, paidAt: null };
}

export function redAccountBook(): BookTables {
  const t = fixtureBook();
  t.accounts[0] = makeAccount({
    pulse: 1,
    signals: [
      { kind: 'competitor_interest', date: '2026-09-18', note: `The owner ${RISK_WORDS.competitor}` },
      { kind: 'cancellation_threat', date: '2026-09-25', note: `Said they ${RISK_WORDS.cancellation}` },
      { kind: 'budget_concern', date: '2026-09-28', note: RISK_WORDS.budget },
    ],
  });
  // Leads fell to 8 a week in Q3 against a target of 11: 104 of 143 = 73% of target, down 20% on Q2's 130.
  const dates = t.metrics[0]!.dates;
  t.metrics[0] = leadsSeries({
    values: dates.map((d) =>
      d >= '2026-04-01' && d <= '2026-06-30' ? 10 : d >= '2026-07-01' && d <= '2026-09-30' ? 8 : null,
    ),
  });
  // Two invoices unpaid: due 2026-09-01 (34 days late on 2026-10-05) and 2026-09-15 (20 days).
  t.invoices.push(invoice('inv-1041', RISK_WORDS.invoiceA, '2026-09-01'));
  t.invoices.push(invoice('inv-1042', RISK_WORDS.invoiceB, '2026-09-15'));
  t.activities.push(
    { ...meeting('mtg-1', '2026-08-12T15:00:00.000Z'), status: 'no_show' },
    { ...meeting('mtg-2', '2026-09-09T15:00:00.000Z'), status: 'no_show' },
  );
  t.tasks = [
    makeTask({ id: 'task-c', title: CLIENT_TASK, audience: 'client', dueDate: '2026-10-30' }),
    makeTask({
      id: 'task-p',
      title: RISK_WORDS.playbookTask,
      source: 'playbook',
      playbookId: 'pb-competitor',
      audience: 'internal',
    }),
    makeTask({ id: 'task-q', title: RISK_WORDS.qbrChore, dueDate: '2026-10-12' }),
    makeTask({ id: 'task-b', title: RISK_WORDS.birthdayChore, dueDate: '2026-11-03', audience: 'internal' }),
    // Done in Q3 but the CSM's own: not a "win" for the client.
    makeTask({
      id: 'task-d',
      title: 'Chase the unpaid invoices with billing',
      status: 'done',
      completedAt: '2026-09-20T10:00:00.000Z',
      audience: 'internal',
    }),
  ];
  t.notes.push({
    ...sync,
    id: 'note-1',
    body: RISK_WORDS.pinnedNote,
    createdAt: '2026-09-26T10:00:00.000Z',
    authorName: 'Sam Lee',
    pinned: true,
    conflictOf: null,
  });
  // One NPS answer of 6 in Q3: NPS −100 from a single answer.
  t.feedback = [
    {
      ...sync,
      id: 'fb-red',
      date: '2026-09-10',
      nps: 6,
      csat: null,
      comment: 'Leads dropped this summer',
      contactId: null,
      trigger: 'quarterly',
    },
  ];
  return t;
}

function meeting(id: string, at: string): RowOf<'activities'> {
  return {
    ...sync,
    id,
    kind: 'meeting',
    status: 'scheduled',
    direction: 'two_way',
    at,
    durationMinutes: 30,
    subject: 'Monthly review',
    outcome: '',
    attendeeIds: [],
    insight: null,
  };
}
