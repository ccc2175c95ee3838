import { describe, expect, it } from 'vitest';
import { checkPlaybookForm, DEFAULT_PLAYBOOKS, moveStep, newPlaybook } from '../../../src-core/playbooks';

const steps = [
  { title: 'Call', detail: '', dueInDays: 1 },
  { title: 'Plan', detail: '', dueInDays: 3 },
  { title: 'Review', detail: '', dueInDays: 28 },
];

describe('playbook steps as the Settings form edits them', () => {
  it('moves a step up or down without changing the list it was given', () => {
    expect(moveStep(steps, 2, 1).map((s) => s.title)).toEqual(['Call', 'Review', 'Plan']);
    expect(moveStep(steps, 0, 1).map((s) => s.title)).toEqual(['Plan', 'Call', 'Review']);
    expect(moveStep(steps, 0, -1).map((s) => s.title)).toEqual(['Call', 'Plan', 'Review']);
    expect(moveStep(steps, 2, 9).map((s) => s.title)).toEqual(['Call', 'Plan', 'Review']);
    expect(steps.map((s) => s.title)).toEqual(['Call', 'Plan', 'Review']);
  });

  it('accepts the seeds’ playbooks and a new one once its step has a title', () => {
    expect(checkPlaybookForm(DEFAULT_PLAYBOOKS)).toEqual({ ok: true, playbooks: DEFAULT_PLAYBOOKS });
    const fresh = newPlaybook('p-new');
    expect(checkPlaybookForm([{ ...fresh, tasks: [{ title: 'Call them', detail: '', dueInDays: 2 }] }]).ok).toBe(true);
  });

  it('names the playbook and the step of each problem, in the CSM’s words', () => {
    const broken = structuredClone(DEFAULT_PLAYBOOKS);
    broken[1]!.tasks[0]!.dueInDays = -2;
    broken[1]!.tasks[2]!.title = ' ';
    const name = broken[1]!.name;
    expect(checkPlaybookForm(broken)).toEqual({
      ok: false,
      problems: [
        `“${name}” › step 1 › days after the start: cannot be before the playbook starts`,
        `“${name}” › step 3 › title: is empty`,
      ],
    });
    expect(checkPlaybookForm([{ ...newPlaybook('p'), name: '' }])).toEqual({
      ok: false,
      problems: ['“playbook 1” › name: is empty', '“playbook 1” › step 1 › title: is empty'],
    });
    const nan = [{ ...newPlaybook('p'), tasks: [{ title: 'Call', detail: '', dueInDays: Number.NaN }] }];
    expect(checkPlaybookForm(nan)).toEqual({
      ok: false,
      problems: ['“New playbook” › step 1 › days after the start: is not a number of days'],
    });
  });
});
