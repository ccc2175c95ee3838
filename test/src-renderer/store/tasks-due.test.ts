import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { taskInbox } from '../../../src-core/today';
import { createWriter, importBook, type FieldbookDb } from '../../../src-renderer/store';
import { readTasksDueBy } from '../../../src-renderer/store/tasks-due';
import { demoBookDb, freshDb, makeAccount, makeBook, makeClock, makeTask } from './fixtures';

let db: FieldbookDb;
afterEach(async () => db.delete());

const TODAY = '2026-09-01';
const dueNowOf = async (d: FieldbookDb, today: string) => taskInbox(await readTasksDueBy(d, today), today).dueNow;
const wholeInbox = async (d: FieldbookDb, today: string) =>
  taskInbox({ accounts: await d.accounts.toArray(), tasks: await d.tasks.toArray() }, today);

describe("the sidebar's tasks due now, read from the tasks due by today only", () => {
  it('counts open tasks overdue or due today of accounts still served, as the Tasks screen does', async () => {
    db = freshDb();
    const book = makeBook({
      accounts: [
        makeAccount(),
        makeAccount({ id: 'acc-churned', name: 'Gone Co', stage: 'churned', churnedAt: '2026-06-30' }),
        makeAccount({ id: 'acc-deleted', name: 'Removed Co', deleted: true }),
      ],
      tasks: [
        makeTask({ id: 'overdue', dueDate: '2026-08-31' }),
        makeTask({ id: 'today', dueDate: TODAY }),
        makeTask({ id: 'this-week', dueDate: '2026-09-03' }),
        makeTask({ id: 'no-date', dueDate: null }),
        makeTask({ id: 'done', dueDate: '2026-08-01', status: 'done' }),
        makeTask({ id: 'cancelled', dueDate: '2026-08-01', status: 'cancelled' }),
        makeTask({ id: 'deleted', dueDate: '2026-08-01', deleted: true }),
        makeTask({ id: 'of-churned', accountId: 'acc-churned', dueDate: '2026-08-01' }),
        makeTask({ id: 'of-deleted', accountId: 'acc-deleted', dueDate: '2026-08-01' }),
      ],
    });
    await importBook(db, book, 'file');
    // Only 'overdue' and 'today' count: the rest are later, closed, deleted or of an account no longer served.
    expect(await dueNowOf(db, TODAY)).toBe(2);
    expect((await wholeInbox(db, TODAY)).dueNow).toBe(2);
    // The next day 'today' is overdue and nothing new is due: still 2; on 3 September 'this-week' joins.
    expect(await dueNowOf(db, '2026-09-02')).toBe(2);
    expect(await dueNowOf(db, '2026-09-03')).toBe(3);
  });

  it('follows a task ticked done and a new task due today (the index is kept by every write)', async () => {
    db = freshDb();
    await importBook(
      db,
      makeBook({ accounts: [makeAccount()], tasks: [makeTask({ id: 't-1', dueDate: TODAY })] }),
      'file',
    );
    const writer = createWriter(db, makeClock(), 'Sam');
    expect(await dueNowOf(db, TODAY)).toBe(1);
    await writer.setTaskStatus('t-1', 'done');
    expect(await dueNowOf(db, TODAY)).toBe(0);
    await writer.addTask({ accountId: 'acc-1', title: 'Call back about the invoice', dueDate: TODAY });
    expect(await dueNowOf(db, TODAY)).toBe(1);
  });

  it('gives the same count as the whole inbox on a generated book', async () => {
    db = await demoBookDb(7, 40, '2026-09-01T12:00:00.000Z');
    const whole = await wholeInbox(db, TODAY);
    expect(whole.dueNow).toBeGreaterThan(0);
    expect(await dueNowOf(db, TODAY)).toBe(whole.dueNow);
    // And far fewer rows read than every task of the book.
    expect((await readTasksDueBy(db, TODAY)).tasks.length).toBeLessThan(await db.tasks.count());
  });
});
