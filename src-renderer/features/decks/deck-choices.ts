import type { DeckKind } from '../../../src-core/deck';
import type { DeckRecord } from '../../../src-core/model';

/**
 * The CSM's choices for one account's deck of one period: commentary per slide and the optional
 * slides left out. They come back the next time: from a draft still being written, or else from
 * the latest deck generated for that account, kind and period.
 */
export interface DeckChoices {
  commentary: Record<string, string>;
  omittedSlides: string[];
}

export interface DeckDraft extends DeckChoices {
  /** ISO instant the draft was last edited. */
  savedAt: string;
}

export const NO_CHOICES: DeckChoices = { commentary: {}, omittedSlides: [] };

/** The latest live deck of this kind and period for the account, or null. */
export function latestDeck(decks: readonly DeckRecord[], kind: DeckKind, periodKey: string): DeckRecord | null {
  let latest: DeckRecord | null = null;
  for (const d of decks) {
    if (d.deleted || d.kind !== kind || d.period !== periodKey) continue;
    if (!latest || d.generatedAt > latest.generatedAt) latest = d;
  }
  return latest;
}

/** A draft edited after the latest deck wins; otherwise the deck's own choices; otherwise none. */
export function initialChoices(latest: DeckRecord | null, draft: DeckDraft | null): DeckChoices {
  if (draft && (!latest || draft.savedAt > latest.generatedAt))
    return { commentary: { ...draft.commentary }, omittedSlides: [...draft.omittedSlides] };
  if (latest) return { commentary: { ...latest.commentary }, omittedSlides: [...latest.omittedSlides] };
  return NO_CHOICES;
}

/** The commentary for one slide set (blank removes it) and the omission toggled. */
export function withCommentary(choices: DeckChoices, slideKey: string, text: string): DeckChoices {
  const commentary = { ...choices.commentary };
  if (text.trim() === '') delete commentary[slideKey];
  else commentary[slideKey] = text;
  return { ...choices, commentary };
}

export function withSlideIncluded(choices: DeckChoices, slideKey: string, included: boolean): DeckChoices {
  const rest = choices.omittedSlides.filter((k) => k !== slideKey);
  return { ...choices, omittedSlides: included ? rest : [...rest, slideKey].sort() };
}

/**
 * Only what applies to the slides this deck has: commentary for a slide that no longer exists
 * (a goal page that went away) is not sent, and neither is an omission of a required slide.
 */
export function choicesForSlides(
  choices: DeckChoices,
  slides: readonly { key: string; optional: boolean }[],
): DeckChoices {
  const keys = new Set(slides.map((s) => s.key));
  const optional = new Set(slides.filter((s) => s.optional).map((s) => s.key));
  return {
    commentary: Object.fromEntries(
      Object.entries(choices.commentary).filter(([k, v]) => keys.has(k) && v.trim() !== ''),
    ),
    omittedSlides: choices.omittedSlides.filter((k) => optional.has(k)),
  };
}

export function parseDraft(value: unknown): DeckDraft | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Partial<DeckDraft>;
  if (
    typeof v.savedAt !== 'string' ||
    typeof v.commentary !== 'object' ||
    v.commentary === null ||
    !Array.isArray(v.omittedSlides)
  )
    return null;
  const commentary = Object.fromEntries(
    Object.entries(v.commentary).filter((e): e is [string, string] => typeof e[1] === 'string'),
  );
  return {
    savedAt: v.savedAt,
    commentary,
    omittedSlides: v.omittedSlides.filter((k): k is string => typeof k === 'string'),
  };
}
