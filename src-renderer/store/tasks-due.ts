import type { Account, Task } from '../../src-core/model';
import type { FieldbookDb } from './db';

/**
 * The open tasks due by `today` (overdue or due that day) with their accounts, read through the
 * `[status+dueDate]` index (db.ts, version 8): the few rows a "due now" count needs, where the
 * whole inbox reads every task and account. Deleted tasks and churned or deleted accounts are
 * among them; the caller applies the task inbox's own rules (src-core/today `taskInbox`).
 */
export async function readTasksDueBy(db: FieldbookDb, today: string): Promise<{ accounts: Account[]; tasks: Task[] }> {
  return db.transaction('r', [db.tasks, db.accounts], async () => {
    // Due dates are ISO days: '' sorts before every one of them.
    const tasks = await db.tasks.where('[status+dueDate]').between(['open', ''], ['open', today], true, true).toArray();
    const found = await db.accounts.bulkGet([...new Set(tasks.map((t) => t.accountId))]);
    return { accounts: found.filter((a): a is Account => a !== undefined), tasks };
  });
}
