import { z } from 'zod';
import { playbookSchema, type Playbook } from './playbook-schema';

/**
 * A whole list of playbooks as a CSM types it in Settings or an admin hands it to
 * `set-team-playbooks`: the same JSON, the same checks, the same problem wording.
 */
export const playbookListSchema = z
  .array(playbookSchema)
  .max(100)
  .refine((list) => new Set(list.map((p) => p.id)).size === list.length, { message: 'two playbooks share an id' });

/** Problems in the CSM's words with where they are: "playbook 2 › tasks › 1 › title: …". */
export function describePlaybookProblems(error: z.ZodError): string[] {
  return error.issues.map((i) => {
    const [index, ...rest] = i.path;
    const where =
      typeof index === 'number'
        ? [`playbook ${index + 1}`, ...rest.map((p) => (typeof p === 'number' ? String(p + 1) : String(p)))]
        : i.path.map(String);
    return `${where.length ? `${where.join(' › ')}: ` : ''}${i.message}`;
  });
}

/** Validates a parsed JSON value as a playbook list. */
export function checkPlaybookList(
  value: unknown,
): { ok: true; playbooks: Playbook[] } | { ok: false; problems: string[] } {
  const parsed = playbookListSchema.safeParse(value);
  return parsed.success
    ? { ok: true, playbooks: parsed.data }
    : { ok: false, problems: describePlaybookProblems(parsed.error) };
}
