import { describe, expect, it } from 'vitest';
import { snoozeDates, taskBucket, taskInbox } from '../../../src-core/today';
import { makeAccount, makeTask } from './fixtures';

/** Wednesday 2026-09-16; its week runs Monday the 14th to Sunday the 20th. */
const TODAY = '2026-09-16';

describe('the task inbox', () => {
  const accounts = [
    makeAccount({ id: 'a-1', name: 'Bright Smiles Dental' }),
    makeAccount({ id: 'a-2', name: 'Cool Air HVAC' }),
    makeAccount({ id: 'gone', name: 'Churned Co', stage: 'churned', churnedAt: '2026-08-01' }),
  ];
  const tasks = [
    makeTask({ id: 'late', accountId: 'a-2', dueDate: '2026-09-15', source: 'meeting' }),
    makeTask({ id: 'now', accountId: 'a-1', dueDate: TODAY, source: 'playbook' }),
    makeTask({ id: 'sun', accountId: 'a-1', dueDate: '2026-09-20', source: 'onboarding' }),
    makeTask({ id: 'mon', accountId: 'a-1', dueDate: '2026-09-21' }),
    makeTask({ id: 'undated', accountId: 'a-2', dueDate: null }),
    makeTask({ id: 'done', accountId: 'a-1', dueDate: '2026-09-10', status: 'done' }),
    makeTask({ id: 'deleted', accountId: 'a-1', dueDate: '2026-09-10', deleted: true }),
    makeTask({ id: 'churned', accountId: 'gone', dueDate: '2026-09-10' }),
  ];

  it('buckets every open task of a served account: overdue, today, the rest of the week, later', () => {
    const inbox = taskInbox({ accounts, tasks }, TODAY);
    expect(inbox.overdue.map((t) => [t.task.id, t.accountName])).toEqual([['late', 'Cool Air HVAC']]);
    expect(inbox.today.map((t) => t.task.id)).toEqual(['now']);
    // Sunday is still this week; Monday the 21st is next week.
    expect(inbox.thisWeek.map((t) => t.task.id)).toEqual(['sun']);
    expect(inbox.later.map((t) => t.task.id)).toEqual(['mon', 'undated']);
    expect(inbox.dueNow).toBe(2);
  });

  it('snoozes to tomorrow or to Monday of next week', () => {
    expect(snoozeDates(TODAY)).toEqual({ tomorrow: '2026-09-17', nextWeek: '2026-09-21' });
    // On a Sunday, next week starts tomorrow.
    expect(snoozeDates('2026-09-20')).toEqual({ tomorrow: '2026-09-21', nextWeek: '2026-09-21' });
    expect(taskBucket('2026-09-21', '2026-09-20')).toBe('later');
  });
});
