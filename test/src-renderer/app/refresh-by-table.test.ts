import 'fake-indexeddb/auto';
import { QueryClient, type QueryKey } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insightKeys } from '../../../src-renderer/features/health/queries';
import { queriesToRefresh, refreshQueriesOnChange } from '../../../src-renderer/app/refresh-by-table';
import { accountKeys } from '../../../src-renderer/features/account/queries';
import { bookKeys } from '../../../src-renderer/features/book/queries';
import { sessionKeys } from '../../../src-renderer/features/session/queries';
import { settingsKeys } from '../../../src-renderer/features/settings/queries';
import { todayKeys } from '../../../src-renderer/features/today/queries';
import { warningKeys } from '../../../src-renderer/features/warnings/queries';
import { createWriter, importBook, type FieldbookDb } from '../../../src-renderer/store';
import { changeLogScope, recordChange } from '../../../src-renderer/store/change-log';
import { freshDb, makeAccount, makeBook, makeClock } from '../store/fixtures';

let db: FieldbookDb;
let client: QueryClient;
beforeEach(async () => {
  db = freshDb();
  await importBook(db, makeBook({ accounts: [makeAccount(), makeAccount({ id: 'acc-2', name: 'Cool Air' })] }), 'file');
  client = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity } } });
});
afterEach(async () => db.delete());

/** Screens that have read something: each query holds data and is fresh. */
const SHOWN: QueryKey[] = [
  bookKeys.list(),
  bookKeys.contactNames(),
  accountKeys.detail('acc-1'),
  accountKeys.detail('acc-2'),
  todayKeys.day('2026-09-01'),
  todayKeys.pending(),
  sessionKeys.pending(),
  settingsKeys.state(),
  warningKeys.list(),
  insightKeys.computed(),
];
const stale = () => SHOWN.filter((key) => client.getQueryState(key)?.isInvalidated).map((key) => JSON.stringify(key));

describe('screens re-read by the tables a change touched', () => {
  it('a note re-reads its account, the pending counts and the book-wide figures, not the Book or Today', async () => {
    for (const key of SHOWN) client.setQueryData(key, 'shown');
    refreshQueriesOnChange(client, db);
    await createWriter(db, makeClock(), 'Sam').addNote('acc-2', 'Renewal talk went well');
    expect(stale().sort()).toEqual(
      [accountKeys.detail('acc-2'), todayKeys.pending(), sessionKeys.pending(), insightKeys.computed()]
        .map((k) => JSON.stringify(k))
        .sort(),
    );
  });

  it('a logged call also re-reads the Book (its last contact) and Today', () => {
    const keys = queriesToRefresh({ rev: 3, tables: ['activities', 'outbox'], accounts: ['acc-1'], wholeBook: false });
    const text = keys.map((k) => JSON.stringify(k));
    expect(text).toContain(JSON.stringify(bookKeys.list()));
    expect(text).toContain(JSON.stringify([...todayKeys.all, 'day']));
    expect(text).toContain(JSON.stringify(accountKeys.detail('acc-1')));
    expect(text).not.toContain(JSON.stringify(accountKeys.all));
  });

  it("a task ticked done re-reads the sidebar's due-now count with the task inbox", async () => {
    const dueNow = todayKeys.dueNow('2026-09-01');
    for (const key of [...SHOWN, dueNow, todayKeys.tasks()]) client.setQueryData(key, 'shown');
    refreshQueriesOnChange(client, db);
    const task = await createWriter(db, makeClock(), 'Sam').addTask({ accountId: 'acc-1', title: 'Send the audit' });
    client.setQueryData(dueNow, 'shown');
    client.setQueryData(todayKeys.tasks(), 'shown');
    await createWriter(db, makeClock(), 'Sam').setTaskStatus(task.id, 'done');
    expect(client.getQueryState(dueNow)?.isInvalidated).toBe(true);
    expect(client.getQueryState(todayKeys.tasks())?.isInvalidated).toBe(true);
  });

  it('a replaced book re-reads every account screen; nothing ever invalidates every query', () => {
    const keys = queriesToRefresh({ rev: 4, tables: ['accounts', 'notes'], accounts: [], wholeBook: true });
    expect(keys.map((k) => JSON.stringify(k))).toContain(JSON.stringify(accountKeys.all));
    expect(keys.every((k) => k.length > 0)).toBe(true);
    // Only the outbox changed (a push settled): the book-wide figures stay.
    const pushed = queriesToRefresh({ rev: 5, tables: ['outbox'], accounts: [], wholeBook: false });
    expect(pushed.map((k) => JSON.stringify(k))).not.toContain(JSON.stringify(insightKeys.computed()));
  });

  it('pulled pages re-read the screens at most once a window; a local write re-reads at once', async () => {
    const WINDOW_MS = 300;
    const off = refreshQueriesOnChange(client, db, WINDOW_MS);
    const book = bookKeys.list();
    const shown = () => client.setQueryData(book, 'shown');
    const stale = () => client.getQueryState(book)?.isInvalidated === true;
    // A page of pulled activities (the Book shows last contact), recorded as the pull does.
    const pulledPage = () =>
      db.transaction('rw', [db.activities, ...changeLogScope(db)], () =>
        recordChange(db, { tables: ['activities'], accounts: ['acc-1'], pulled: true }),
      );
    shown();
    await pulledPage();
    expect(stale()).toBe(true); // the first page after a quiet window: at once
    shown();
    await pulledPage();
    await pulledPage();
    expect(stale()).toBe(false); // gathered
    await new Promise((resolve) => setTimeout(resolve, WINDOW_MS + 100));
    expect(stale()).toBe(true); // together, one window after the last re-read
    shown();
    await pulledPage();
    expect(stale()).toBe(false);
    // A note saved meanwhile: its own queries and the gathered pages' re-read at once.
    await createWriter(db, makeClock(), 'Sam').addNote('acc-2', 'Call went well');
    expect(stale()).toBe(true);
    off();
  });
});
