import type { DeckSpecKind } from '../../../src-core/deck';
import type { DeckRecord } from '../../../src-core/model';

/**
 * The CSM's choices for one account's deck of one period: commentary per slide, the optional
 * slides left out, and the slides with nothing to say put in anyway. They come back the next
 * time: from a draft still being written, or else from the latest deck generated for that
 * account, kind and period.
 */
export interface DeckChoices {
  commentary: Record<string, string>;
  omittedSlides: string[];
  includedSlides: string[];
  /** The renewal options picked (`renew`, `grow-<id>`); absent: every option the deck suggests. */
  renewalOptions?: string[];
}

export interface DeckDraft extends DeckChoices {
  /** ISO instant the draft was last edited. */
  savedAt: string;
}

export const NO_CHOICES: DeckChoices = { commentary: {}, omittedSlides: [], includedSlides: [] };

/** The latest live deck of this kind and period for the account, or null. */
export function latestDeck(decks: readonly DeckRecord[], kind: DeckSpecKind, periodKey: string): DeckRecord | null {
  let latest: DeckRecord | null = null;
  for (const d of decks) {
    if (d.deleted || d.kind !== kind || d.period !== periodKey) continue;
    if (!latest || d.generatedAt > latest.generatedAt) latest = d;
  }
  return latest;
}

/** A draft edited after the latest deck wins; otherwise the deck's own choices; otherwise none. */
export function initialChoices(latest: DeckRecord | null, draft: DeckDraft | null): DeckChoices {
  const from = draft && (!latest || draft.savedAt > latest.generatedAt) ? draft : latest;
  if (!from) return NO_CHOICES;
  return {
    commentary: { ...from.commentary },
    omittedSlides: [...from.omittedSlides],
    includedSlides: [...(from.includedSlides ?? [])],
    ...(from.renewalOptions && { renewalOptions: [...from.renewalOptions] }),
  };
}

/**
 * One renewal option ticked or unticked. `offered` is every option the deck suggests, so the
 * first change turns "all of them" into an explicit list; at least one option always stays.
 */
export function withRenewalOption(
  choices: DeckChoices,
  offered: readonly string[],
  key: string,
  picked: boolean,
): DeckChoices {
  const current = choices.renewalOptions ?? [...offered];
  const next = picked ? [...new Set([...current, key])] : current.filter((k) => k !== key);
  if (next.length === 0) return choices;
  return { ...choices, renewalOptions: offered.filter((k) => next.includes(k)) };
}

/** The commentary for one slide set (blank removes it) and the omission toggled. */
export function withCommentary(choices: DeckChoices, slideKey: string, text: string): DeckChoices {
  const commentary = { ...choices.commentary };
  if (text.trim() === '') delete commentary[slideKey];
  else commentary[slideKey] = text;
  return { ...choices, commentary };
}

/**
 * Puts a slide in or takes it out. A slide with nothing to say is out unless named in
 * `includedSlides`; any other optional slide is in unless named in `omittedSlides`.
 */
export function withSlideIncluded(
  choices: DeckChoices,
  slideKey: string,
  included: boolean,
  nothingToSay = false,
): DeckChoices {
  const omitted = choices.omittedSlides.filter((k) => k !== slideKey);
  const put = choices.includedSlides.filter((k) => k !== slideKey);
  if (nothingToSay)
    return { ...choices, omittedSlides: omitted, includedSlides: included ? [...put, slideKey].sort() : put };
  return { ...choices, omittedSlides: included ? omitted : [...omitted, slideKey].sort(), includedSlides: put };
}

/**
 * Only what applies to the slides this deck has: commentary for a slide that no longer exists
 * (a goal page that went away) is not sent, nor an omission of a required slide, nor an
 * inclusion of a slide that now has something to say.
 */
export function choicesForSlides(
  choices: DeckChoices,
  slides: readonly { key: string; optional: boolean; nothingToSay?: string }[],
  offeredOptions: readonly string[] = [],
): DeckChoices {
  const options = choices.renewalOptions?.filter((k) => offeredOptions.includes(k));
  const keys = new Set(slides.map((s) => s.key));
  const optional = new Set(slides.filter((s) => s.optional).map((s) => s.key));
  const empty = new Set(slides.filter((s) => s.nothingToSay !== undefined).map((s) => s.key));
  return {
    commentary: Object.fromEntries(
      Object.entries(choices.commentary).filter(([k, v]) => keys.has(k) && v.trim() !== ''),
    ),
    omittedSlides: choices.omittedSlides.filter((k) => optional.has(k)),
    includedSlides: choices.includedSlides.filter((k) => empty.has(k)),
    ...(options && options.length > 0 && { renewalOptions: options }),
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
    // Drafts kept before slides could be left out for having nothing to say have no inclusions.
    includedSlides: Array.isArray(v.includedSlides)
      ? v.includedSlides.filter((k): k is string => typeof k === 'string')
      : [],
    ...(Array.isArray(v.renewalOptions) && {
      renewalOptions: v.renewalOptions.filter((k): k is string => typeof k === 'string'),
    }),
  };
}
