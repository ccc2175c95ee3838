import { previousDeckChoices } from '../../../src-core/deck';
import type { BookTables, DeckKind } from '../../../src-core/model';
import { readJson, UsageError } from '../args';

/**
 * The CSM's choices for each deck, as in the app's outline review: commentary per slide, optional
 * slides left out, and slides with nothing to say put in anyway. What the command line names wins;
 * anything it does not name comes from the latest deck of that account, kind and period in the book.
 */
export interface CliChoices {
  /** `--commentary FILE.json`: `{ "slide-key": "words" }`. */
  commentary: Record<string, string> | null;
  /** `--omit KEY,KEY`. */
  omit: string[] | null;
  /** `--include KEY,KEY`. */
  include: string[] | null;
}

export function readCommentary(path: string | undefined): Record<string, string> | null {
  if (path === undefined) return null;
  const json = readJson(path, 'a JSON file of commentary ({ "slide-key": "your words" })');
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    throw new UsageError(`${path} must be a JSON object of slide keys and commentary, like { "summary": "…" }.`);
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(json)) {
    if (typeof value !== 'string') throw new UsageError(`${path}: the commentary for "${key}" is not text.`);
    out[key] = value;
  }
  return out;
}

export function slideKeys(value: string | undefined): string[] | null {
  if (value === undefined) return null;
  return value
    .split(',')
    .map((k) => k.trim())
    .filter(Boolean);
}

export function choicesFor(
  tables: BookTables,
  accountId: string,
  kind: DeckKind,
  periodKey: string,
  cli: CliChoices,
): ReturnType<typeof previousDeckChoices> {
  const previous = previousDeckChoices(tables, accountId, kind, periodKey);
  return {
    ...previous,
    commentary: cli.commentary ?? previous.commentary,
    omittedSlides: cli.omit ?? previous.omittedSlides,
    includedSlides: cli.include ?? previous.includedSlides,
  };
}
