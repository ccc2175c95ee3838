import { generateDemoBook } from '../../../src-core/demo';
import { importBook, type ActivityInput, type FieldbookDb } from '../../../src-renderer/store';
import { freshDb } from '../store/fixtures';

/** The instant the book worker's tests run at, and the demo books they score (UTC, as of that day). */
export const WORKER_NOW = '2026-11-24T09:30:00.000Z';

export function workerDemoBook(seed: number, accounts = 12) {
  return generateDemoBook({
    seed,
    accounts,
    years: 2,
    asOf: WORKER_NOW.slice(0, 10),
    now: WORKER_NOW,
    timeZone: 'UTC',
    owner: { id: 'u', email: 'u@agency.test', name: 'Sam', role: 'csm' },
  });
}

/** A fresh local database holding a demo book. */
export async function workerDemoDb(seed: number, accounts = 12): Promise<FieldbookDb> {
  const db = freshDb();
  await importBook(db, workerDemoBook(seed, accounts), 'demo');
  return db;
}

/** A two-way meeting held the day before: it changes the account's last contact and health. */
export function keptMeeting(accountId: string): ActivityInput {
  return {
    accountId,
    kind: 'meeting',
    status: 'completed',
    direction: 'two_way',
    at: '2026-11-23T15:00:00.000Z',
    durationMinutes: 45,
    subject: 'Quarterly review',
    outcome: 'Agreed next steps',
    attendeeIds: [],
    insight: null,
  };
}
