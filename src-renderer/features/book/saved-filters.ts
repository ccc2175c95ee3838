import { z } from 'zod';
import { STAGES, TIERS } from '../../../src-core/model';
import type { BookFilter } from './book-rows';

export interface SavedFilter {
  name: string;
  filter: BookFilter;
}

const savedSchema = z.array(
  z.object({
    name: z.string().trim().min(1).max(60),
    filter: z.object({
      search: z.string().max(200),
      tier: z.enum([...TIERS, '']),
      stage: z.enum([...STAGES, '']),
      industry: z.string().max(200),
    }),
  }),
);

/** The saved filters kept on this laptop; anything unreadable (an old or hand-edited value) is none. */
export function parseSavedFilters(text: string | null): SavedFilter[] {
  if (!text) return [];
  try {
    const parsed = savedSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

export function sameFilter(a: BookFilter, b: BookFilter): boolean {
  return a.search === b.search && a.tier === b.tier && a.stage === b.stage && a.industry === b.industry;
}

/** The list with `filter` saved under `name` (replacing one of the same name), sorted by name. */
export function withSaved(list: readonly SavedFilter[], name: string, filter: BookFilter): SavedFilter[] {
  const trimmed = name.trim();
  if (trimmed === '') return [...list];
  return [...list.filter((s) => s.name !== trimmed), { name: trimmed, filter }].sort((a, b) =>
    a.name.localeCompare(b.name),
  );
}

export function withoutSaved(list: readonly SavedFilter[], name: string): SavedFilter[] {
  return list.filter((s) => s.name !== name);
}
