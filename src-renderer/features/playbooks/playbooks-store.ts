import type { Table } from 'dexie';
import { z } from 'zod';
import { DEFAULT_PLAYBOOKS, playbookSchema, type Playbook } from '../../../src-core/playbooks';
import type { FieldbookDb } from '../../store/db';

/** The CSM's own playbooks, kept beside the settings on this laptop; the seeds' plays until edited. */
export const PLAYBOOKS_META_KEY = 'playbooks';

const playbookListSchema = z
  .array(playbookSchema)
  .max(100)
  .refine((list) => new Set(list.map((p) => p.id)).size === list.length, { message: 'two playbooks share an id' });

export interface LoadedPlaybooks {
  playbooks: Playbook[];
  custom: boolean;
  problem: string | null;
}

function metaTable(db: FieldbookDb): Table<{ key: string; value: unknown }, string> {
  return db.table('meta');
}

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

/** Validates playbooks typed as JSON; the list, or the problems found. */
export function parsePlaybooks(json: string): { ok: true; playbooks: Playbook[] } | { ok: false; problems: string[] } {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return { ok: false, problems: ['This is not valid JSON: check commas, quotes and brackets.'] };
  }
  const parsed = playbookListSchema.safeParse(value);
  return parsed.success
    ? { ok: true, playbooks: parsed.data }
    : { ok: false, problems: describePlaybookProblems(parsed.error) };
}

export function loadedPlaybooks(value: unknown): LoadedPlaybooks {
  if (value === undefined) return { playbooks: DEFAULT_PLAYBOOKS, custom: false, problem: null };
  const parsed = playbookListSchema.safeParse(value);
  if (parsed.success) return { playbooks: parsed.data, custom: true, problem: null };
  return {
    playbooks: DEFAULT_PLAYBOOKS,
    custom: false,
    problem: `Your saved playbooks could not be read (${describePlaybookProblems(parsed.error)[0]}), so the default playbooks are in use.`,
  };
}

export async function readPlaybooks(db: FieldbookDb): Promise<LoadedPlaybooks> {
  return loadedPlaybooks((await metaTable(db).get(PLAYBOOKS_META_KEY))?.value);
}

export async function writePlaybooks(db: FieldbookDb, playbooks: Playbook[]): Promise<void> {
  await metaTable(db).put({ key: PLAYBOOKS_META_KEY, value: playbookListSchema.parse(playbooks) });
}

export async function clearPlaybooks(db: FieldbookDb): Promise<void> {
  await metaTable(db).delete(PLAYBOOKS_META_KEY);
}
