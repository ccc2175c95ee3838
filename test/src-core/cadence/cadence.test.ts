import { describe, expect, it } from 'vitest';
import {
  cadenceBoard,
  cadenceStatus,
  createOnboardingSteps,
  onboardingPlan,
  onboardingStatus,
} from '../../../src-core/cadence';
import { accountDataOf } from '../../../src-core/health';
import { validateRow } from '../../../src-core/model';
import { DEFAULT_SETTINGS } from '../../../src-core/settings';
import { makeAccount, makeActivity } from '../health/builders';
import { healthyAccount, NOW } from '../health/fixtures';

const S = DEFAULT_SETTINGS;
const brief = (items: ReturnType<typeof cadenceStatus>) => items.map((i) => [i.key, i.lastDone, i.dueDate, i.state]);

describe('cadence', () => {
  it('shows a gold account each rhythm with its last date and next due date', () => {
    expect(brief(cadenceStatus(healthyAccount(), NOW, S))).toEqual([
      ['weekly_performance_email', null, null, 'automated'],
      ['sync', '2026-09-25', '2026-10-09', 'ok'],
      ['monthly_review', '2026-09-25', '2026-10-26', 'ok'],
      ['qbr', null, '2025-04-06', 'overdue'], // never held: 90 days from the client's start
      ['monthly_contact', null, '2025-02-06', 'overdue'],
      ['feedback', '2026-09-01', '2026-11-30', 'ok'],
      ['renewal_planning', null, '2026-12-01', 'ok'], // 90 days before the 1 March renewal
    ]);
  });

  it('calls something due when it falls due within the week', () => {
    const data = healthyAccount();
    data.activities = [makeActivity({ at: '2026-09-20T15:00:00.000Z' })];
    expect(cadenceStatus(data, NOW, S).find((i) => i.key === 'sync')).toMatchObject({
      dueDate: '2026-10-04',
      state: 'due',
    });
  });

  it('drops the bi-weekly sync for silver accounts', () => {
    expect(cadenceStatus(healthyAccount({ tier: 'silver' }), NOW, S).map((i) => i.key)).not.toContain('sync');
  });

  it('asks for feedback after a QBR, and counts the three-part insight as the monthly contact', () => {
    const data = healthyAccount();
    data.activities.push(
      makeActivity({ kind: 'qbr', at: '2026-09-20T15:00:00.000Z' }),
      makeActivity({
        kind: 'monthly_insight',
        direction: 'outbound',
        at: '2026-09-21T16:00:00.000Z',
        insight: { working: 'a', needsWork: 'b', workingOn: 'c' },
      }),
    );
    const items = cadenceStatus(data, NOW, S);
    expect(items.find((i) => i.key === 'deliverable_feedback')).toMatchObject({
      dueDate: '2026-09-27',
      state: 'overdue',
    });
    expect(items.find((i) => i.key === 'monthly_contact')).toMatchObject({
      lastDone: '2026-09-21',
      dueDate: '2026-10-22',
      state: 'ok',
    });
    expect(items.find((i) => i.key === 'qbr')).toMatchObject({
      lastDone: '2026-09-20',
      dueDate: '2026-12-19',
      state: 'ok',
    });
  });

  it('lists only due and overdue items on the board, most overdue first, without churned clients', () => {
    const churned = healthyAccount({ id: 'gone', churnedAt: '2026-06-01' });
    const board = cadenceBoard([healthyAccount(), churned], NOW, S);
    expect(board.map((i) => [i.accountId, i.key])).toEqual([
      ['a-1', 'monthly_contact'],
      ['a-1', 'qbr'],
    ]);
    expect(board.every((i) => i.accountId !== 'gone')).toBe(true);
  });
});

describe('onboarding', () => {
  // Signed on Friday 4 September 2026.
  const account = makeAccount({ id: 'new-1', startedAt: '2026-09-04', stage: 'onboarding' });

  it('sets the SOP clocks from the start date', () => {
    expect(onboardingPlan('2026-09-04', S).map((s) => [s.key, s.dueDate])).toEqual([
      ['welcome_package', '2026-09-05'],
      ['kickoff', '2026-09-09'], // 3 business days after a Friday
      ['quick_win', '2026-09-11'],
      ['week1_welcome_call', '2026-09-11'],
      ['week2_progress_check', '2026-09-18'],
      ['week3_initial_results', '2026-09-25'],
      ['week4_first_results_review', '2026-10-02'],
      ['first_value', '2026-10-04'],
    ]);
  });

  it('creates valid step rows', () => {
    let n = 0;
    const rows = createOnboardingSteps(account, '2026-09-04T12:00:00.000Z', () => `st-${++n}`, S);
    expect(rows).toHaveLength(8);
    for (const r of rows) expect(validateRow('onboardingSteps', r).ok).toBe(true);
  });

  it('tracks each step against its clock and the time to first value', () => {
    let n = 0;
    const rows = createOnboardingSteps(account, '2026-09-04T12:00:00.000Z', () => `st-${++n}`, S);
    rows[0]!.completedAt = '2026-09-04T15:00:00.000Z';
    rows[1]!.completedAt = '2026-09-10T10:00:00.000Z';
    const data = accountDataOf(account, { onboardingSteps: rows });
    const mid = onboardingStatus(data, '2026-09-12T10:00:00.000Z', S);
    expect(mid.steps.map((s) => s.state)).toEqual([
      'done',
      'done_late',
      'late',
      'late',
      'upcoming',
      'upcoming',
      'upcoming',
      'upcoming',
    ]);
    expect(mid).toMatchObject({ late: 2, timeToFirstValueDays: null });
    rows[7]!.completedAt = '2026-09-20T16:00:00.000Z';
    expect(onboardingStatus(data, '2026-09-21T10:00:00.000Z', S).timeToFirstValueDays).toBe(16);
  });
});
