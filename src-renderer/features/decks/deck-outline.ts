import { deckOutline, type DeckBranding, type DeckKind, type DeckSpec, type SlideSpec } from '../../../src-core/deck';
import { buildQbrSpec } from '../../../src-core/deck/spec/qbr-spec';
import { buildValueReportSpec } from '../../../src-core/deck/spec/value-report-spec';
import type { BookTables } from '../../../src-core/model';
import type { Settings } from '../../../src-core/settings';
import { parsePeriod } from '../../../src-core/time';
import type { DeckChoices } from './deck-choices';

/**
 * The outline a CSM reviews before generating: every slide the deck can have (none left out by
 * the CSM yet, so an omitted slide can be put back), its key numbers, whether it is left out and
 * why, and the commentary written for it. Built on the page from the account already on screen —
 * one account's spec is quick; the .pptx bytes are made in the worker.
 */
export interface OutlineRow {
  key: string;
  title: string;
  kind: string;
  keyNumbers: string[];
  optional: boolean;
  included: boolean;
  /** Left out because a slide it belongs to is (the appendix's data pages). */
  omittedWithParent: boolean;
  /** Why the slide has nothing to say: it is left out unless the CSM includes it. Null when it has. */
  nothingToSay: string | null;
  /** Why it is not in the deck, in the CSM's words; null when it is. */
  leftOutReason: string | null;
  commentary: string;
  /** The renewal options to pick from, on the renewal options slide only. */
  options: { key: string; label: string; picked: boolean }[];
}

export function buildSpec(
  kind: DeckKind,
  input: {
    book: BookTables;
    accountId: string;
    periodKey: string;
    branding: DeckBranding;
    settings: Settings;
    now: string;
  },
): DeckSpec {
  const deckInput = {
    book: input.book,
    accountId: input.accountId,
    period: parsePeriod(input.periodKey),
    branding: input.branding,
    settings: input.settings,
    now: input.now,
    commentary: {},
    omittedSlides: [],
    includedSlides: [],
  };
  return kind === 'qbr' ? buildQbrSpec(deckInput) : buildValueReportSpec(deckInput);
}

/** Mirrors the spec builders' rule: leaving out `appendix` leaves out `appendix-data-2` too. */
function omittedBy(key: string, omitted: readonly string[]): string | null {
  for (const o of omitted) if (key === o || key.startsWith(`${o}-`)) return o;
  return null;
}

/** Every slide the spec could show, in it or left out: what the CSM's choices apply to. */
export function outlineSlides(spec: DeckSpec): SlideSpec[] {
  return [...spec.slides, ...spec.leftOut.map((l) => l.slide)];
}

export function outlineRows(spec: DeckSpec, choices: DeckChoices): OutlineRow[] {
  return deckOutline(spec).map((item) => {
    const by = item.optional ? omittedBy(item.key, choices.omittedSlides) : null;
    const put = item.nothingToSay !== null && omittedBy(item.key, choices.includedSlides) !== null;
    const included = by === null && (item.nothingToSay === null || put);
    return {
      key: item.key,
      title: item.title,
      kind: item.kind,
      keyNumbers: item.keyNumbers,
      optional: item.optional,
      included,
      omittedWithParent: by !== null && by !== item.key,
      nothingToSay: item.nothingToSay,
      leftOutReason: included ? null : by !== null ? 'Left out by you.' : item.nothingToSay,
      commentary: choices.commentary[item.key] ?? '',
      options: item.key === 'renewal-options' ? pickedOptions(spec, choices) : [],
    };
  });
}

function pickedOptions(spec: DeckSpec, choices: DeckChoices): OutlineRow['options'] {
  const picked = choices.renewalOptions;
  return spec.renewalOptions.map((o) => ({
    key: o.key,
    label: o.label,
    picked: picked ? picked.includes(o.key) : true,
  }));
}

/** "14 slides · 2 left out" for the Generate button's neighbour. */
export function outlineSummary(rows: readonly OutlineRow[]): string {
  const kept = rows.filter((r) => r.included).length;
  const out = rows.length - kept;
  return `${kept} slide${kept === 1 ? '' : 's'}${out > 0 ? ` · ${out} left out` : ''}`;
}
