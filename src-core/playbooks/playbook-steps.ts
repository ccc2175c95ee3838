import type { z } from 'zod';
import { playbookListSchema } from './playbook-list';
import type { Playbook } from './playbook-schema';

type Step = Playbook['tasks'][number];

/** A new step: due the day the playbook runs, until the CSM sets its offset. */
export const NEW_STEP: Step = { title: '', detail: '', dueInDays: 0 };

/** A new playbook that answers nothing yet, with one empty step to fill in. */
export function newPlaybook(id: string): Playbook {
  return {
    id,
    name: 'New playbook',
    description: '',
    when: { warnings: [], signals: [], bands: [], expansion: [] },
    tasks: [{ ...NEW_STEP }],
    opportunity: null,
  };
}

/** The steps with one moved from `from` to `to` (both clamped to the list); the input is not changed. */
export function moveStep(steps: readonly Step[], from: number, to: number): Step[] {
  const out = [...steps];
  if (from < 0 || from >= out.length) return out;
  const [step] = out.splice(from, 1);
  out.splice(Math.max(0, Math.min(out.length, to)), 0, step!);
  return out;
}

/**
 * The playbooks as the Settings form edits them, checked with the schema the app runs them with;
 * problems name the playbook and the step the CSM sees: "“Engagement drop” › step 2 › title: …".
 */
export function checkPlaybookForm(
  list: readonly Playbook[],
): { ok: true; playbooks: Playbook[] } | { ok: false; problems: string[] } {
  const parsed = playbookListSchema.safeParse(list);
  if (parsed.success) return { ok: true, playbooks: parsed.data };
  return { ok: false, problems: [...new Set(parsed.error.issues.map((i) => formProblem(list, i)))] };
}

const FIELD_WORDS: Record<string, string> = {
  title: 'title',
  detail: 'detail',
  dueInDays: 'days after the start',
  name: 'name',
  description: 'description',
};

function formProblem(list: readonly Playbook[], issue: z.core.$ZodIssue): string {
  const [index, field, step, stepField] = issue.path;
  if (typeof index !== 'number') return issue.message;
  const name = list[index]?.name.trim() || `playbook ${index + 1}`;
  const where =
    field === 'tasks' && typeof step === 'number'
      ? [`step ${step + 1}`, FIELD_WORDS[String(stepField)] ?? String(stepField ?? '')]
      : [FIELD_WORDS[String(field)] ?? String(field ?? '')];
  return `“${name}” › ${where.filter(Boolean).join(' › ')}: ${issue.message}`;
}
