import { describe, expect, it } from 'vitest';
import { goalSchema } from '../../../src-core/model';
import { emptyGoalForm, parseGoalForm, type GoalForm } from '../../../src-core/obligations';

/** A new POWER goal as typed on the Goals tab: checked field by field, in the CSM's words. */
const typed = (o: Partial<GoalForm> = {}): GoalForm => ({
  ...emptyGoalForm('2026-09-14'),
  title: '30 booked jobs a week',
  metric: 'booked_jobs',
  baseline: '20',
  target: '30',
  value: '24,000',
  ...o,
});

describe('a new POWER goal from the Goals tab form', () => {
  it('turns a well-typed goal into a goal row that the shared schema accepts, open and unapproved', () => {
    const parsed = parseGoalForm('acc-1', typed({ note: '  Found at the kickoff ' }));
    expect(parsed).toEqual({
      ok: true,
      draft: {
        accountId: 'acc-1',
        title: '30 booked jobs a week',
        metric: 'booked_jobs',
        channel: 'all',
        baseline: 20,
        target: 30,
        startDate: '2026-09-14',
        // The form's default due date is a year after today.
        dueDate: '2027-09-14',
        status: 'open',
        achievedAt: null,
        // $24,000 → 2,400,000 cents.
        valueCents: 2_400_000,
        note: 'Found at the kickoff',
        direction: 'higher',
      },
    });
    if (!parsed.ok) return;
    const row = { id: 'g-1', rev: 0, deleted: false, updatedAt: '2026-09-14T10:00:00.000Z', ...parsed.draft };
    expect(goalSchema.safeParse(row).success).toBe(true);
  });

  it('stores money KPIs in cents and reads lower-is-better from the metric', () => {
    const parsed = parseGoalForm('acc-1', typed({ metric: 'cost_per_lead', baseline: '$55', target: '39.5' }));
    expect(parsed.ok && [parsed.draft.baseline, parsed.draft.target, parsed.draft.direction]).toEqual([
      5500,
      3950,
      'lower',
    ]);
  });

  it('says what is wrong with each field instead of saving a goal that cannot be measured', () => {
    const parsed = parseGoalForm(
      'acc-1',
      typed({
        title: '  ',
        baseline: 'twenty',
        target: '',
        value: '0',
        startDate: '2026-09-14',
        dueDate: '2026-09-01',
      }),
    );
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors).toEqual({
      title: expect.stringMatching(/Name the outcome/),
      baseline: 'Enter where booked jobs stand now (a number).',
      target: 'Enter the target (a number).',
      dueDate: 'The due date must be after the start.',
      value: expect.stringMatching(/worth to the client in dollars/),
    });
  });

  it('refuses a target on the wrong side of the baseline, or equal to it', () => {
    const up = parseGoalForm('acc-1', typed({ baseline: '30', target: '20' }));
    expect(!up.ok && up.errors.target).toBe('Booked jobs: higher is better, so the target must be above the baseline.');
    const down = parseGoalForm('acc-1', typed({ metric: 'cost_per_lead', baseline: '40', target: '45' }));
    expect(!down.ok && down.errors.target).toBe(
      'Cost per lead: lower is better, so the target must be below the baseline.',
    );
    const same = parseGoalForm('acc-1', typed({ baseline: '30', target: '30' }));
    expect(!same.ok && same.errors.target).toBe('The target must differ from the baseline.');
  });

  it('refuses impossible dates and a goal running past 24 months', () => {
    const bad = parseGoalForm('acc-1', typed({ startDate: '2026-02-30' }));
    expect(!bad.ok && bad.errors.startDate).toBe('Enter the day the goal starts.');
    // 2026-09-14 → 2028-09-15 is 24 months and a day: over the limit; 2028-09-14 is exactly 24 months.
    const long = parseGoalForm('acc-1', typed({ dueDate: '2028-09-15' }));
    expect(!long.ok && long.errors.dueDate).toBe('A POWER goal is due within 24 months of its start.');
    expect(parseGoalForm('acc-1', typed({ dueDate: '2028-09-14' })).ok).toBe(true);
  });

  it('defaults the due date of a 29 February start to 28 February next year', () => {
    expect(emptyGoalForm('2028-02-29').dueDate).toBe('2029-02-28');
  });
});
