import { reshapeSaid, type ClientText } from '../../audience';
import type { Account, PresentedPlanItem } from '../../model';
import { formatDay } from '../../time';
import { cleanLine, recutList, slotText } from '../clean-text';
import { BUDGET } from '../budgets';
import { checkLogo } from '../logo';
import { DEFAULT_BRANDING, fontName, hexColor } from '../theme';
import type { DeckInput, DeckSpec, DeckSpecKind, LeftOutSlide, RenewalOption, SlideSpec, TitleSlide } from '../types';

/** Whether a key names the slide or a slide it belongs to (`appendix` → `appendix-data-2`). */
function names(slide: SlideSpec, keys: ReadonlySet<string>): boolean {
  for (const key of keys) if (slide.key === key || slide.key.startsWith(`${key}-`)) return true;
  return false;
}

/** Whether the CSM left a slide out: an omitted key removes it and every page under it. */
export function isOmitted(slide: SlideSpec, omitted: ReadonlySet<string>): boolean {
  return slide.optional && names(slide, omitted);
}

/**
 * Why a slide is not in the deck, or null when it is. A slide with nothing to say is left out
 * unless the CSM included it; any optional slide is left out when the CSM omitted it.
 */
function leftOutBecause(
  slide: SlideSpec,
  omitted: ReadonlySet<string>,
  included: ReadonlySet<string>,
): Pick<LeftOutSlide, 'by' | 'reason'> | null {
  if (isOmitted(slide, omitted)) return { by: 'csm', reason: 'Left out by you.' };
  if (slide.nothingToSay !== undefined && !names(slide, included)) return { by: 'empty', reason: slide.nothingToSay };
  return null;
}

/**
 * The last step of every spec builder: leave out what the CSM omitted and what has nothing to
 * say (keeping both, with the reason, for the outline), attach the CSM's commentary, clean every
 * string the slide will show, and check the branding.
 */
export function assembleDeck<K extends DeckSpecKind>(
  kind: K,
  input: DeckInput,
  account: Account,
  slides: SlideSpec[],
  warnings: string[],
  more: {
    /** The plan slide's key and lines: the spec keeps them as presented when that slide is in the deck. */
    presented?: { key: string; items: readonly PresentedPlanItem[] };
    renewalOptions?: RenewalOption[];
  } = {},
): DeckSpec & { kind: K } {
  const { presented } = more;
  const omitted = new Set(input.omittedSlides ?? []);
  const included = new Set(input.includedSlides ?? []);
  const commentary = input.commentary ?? {};
  const kept: SlideSpec[] = [];
  const leftOut: LeftOutSlide[] = [];
  slides.forEach((raw, position) => {
    // A slide with nothing to say is always one the CSM may leave out or put back.
    const optional = raw.optional || raw.nothingToSay !== undefined;
    const words = slotText(commentary[raw.key] ?? '', BUDGET.commentary) || null;
    const slide = cleanSlide({ ...raw, optional, commentary: words });
    const out = leftOutBecause(slide, omitted, included);
    if (out) leftOut.push({ slide, position, ...out });
    else kept.push(slide);
  });
  const b = input.branding;
  const logoCheck = b.logo && b.logo.length > 0 ? checkLogo(b.logo) : null;
  if (logoCheck && !logoCheck.ok) warnings.push(logoCheck.warning);
  return {
    kind,
    accountId: account.id,
    accountName: slotText(account.name, BUDGET.coverTitle, { singleLine: true }),
    period: input.period,
    title: kept[0]?.title ?? account.name,
    branding: {
      agencyName: slotText(b.agencyName, 60, { singleLine: true }) || DEFAULT_BRANDING.agencyName,
      primaryColor: hexColor(b.primaryColor, DEFAULT_BRANDING.primaryColor),
      accentColor: hexColor(b.accentColor, DEFAULT_BRANDING.accentColor),
      font: fontName(b.font, DEFAULT_BRANDING.font),
    },
    logo: logoCheck?.ok ? logoCheck.logo : null,
    generatedAt: input.now,
    slides: kept,
    leftOut,
    warnings,
    plan: presented && kept.some((s) => names(s, new Set([presented.key]))) ? [...presented.items] : [],
    renewalOptions: more.renewalOptions ?? [],
  };
}

export function titleSlide(account: Account, input: DeckInput, deckName: string, subtitle: string): TitleSlide {
  const agency = input.branding.agencyName || DEFAULT_BRANDING.agencyName;
  const by = account.ownerName ? `Prepared by ${account.ownerName}, ${agency}` : `Prepared by ${agency}`;
  return {
    key: 'title',
    kind: 'title',
    title: `${account.name} — ${deckName} ${input.period.label}`,
    subtitle,
    byline: `${by} · ${formatDay(input.now)}`,
    optional: false,
    commentary: null,
    notes: `${deckName} for ${account.name}, ${input.period.label} (${formatDay(input.period.start)} to ${formatDay(input.period.end)}), generated ${formatDay(input.now)} from the account's data in Fieldbook.`,
  };
}

/**
 * Every string a slide shows, cleaned and cut to its slot (RELIABILITY 25); lists get the
 * tighter slots when a commentary band takes the foot of the slide.
 */
function cleanSlide(s: SlideSpec): SlideSpec {
  const line = (t: string, n: number) => slotText(t, n, { singleLine: true });
  // Items are cleaned at the most a shared budget allows, then cut to the slot by recutList.
  const list = (items: ClientText[], slot: { items: number; chars: number }) =>
    reshapeSaid(items, (xs) =>
      recutList(
        xs.map((b) => line(b, Math.floor(slot.chars * 2.5))),
        slot.items,
        slot.chars,
      ),
    );
  const slots = s.commentary ? { ...BUDGET, ...BUDGET.withCommentary } : BUDGET;
  const base = {
    ...s,
    title: line(s.title, s.kind === 'title' ? BUDGET.coverTitle : BUDGET.title),
    notes: slotText(s.notes, BUDGET.notes),
    ...(s.nothingToSay !== undefined && { nothingToSay: cleanLine(s.nothingToSay) }),
  };
  switch (base.kind) {
    case 'title':
      return {
        ...base,
        subtitle: line(base.subtitle, BUDGET.coverSubtitle),
        byline: line(base.byline, BUDGET.coverSubtitle),
      };
    case 'section':
      return { ...base, subtitle: line(base.subtitle, BUDGET.coverSubtitle) };
    case 'bullets':
      return {
        ...base,
        bullets: list(base.bullets, base.stats.length > 0 ? slots.bulletsUnderStats : slots.bullets),
        stats: base.stats.slice(0, BUDGET.stat.maxCards).map((c) => ({
          ...c,
          label: line(c.label, BUDGET.stat.label),
          value: line(c.value, BUDGET.stat.value),
          detail: line(c.detail, BUDGET.stat.detail),
        })),
      };
    case 'chart':
      return { ...base, bullets: list(base.bullets, slots.side), table: base.table && cleanTable(base.table) };
    case 'table':
      return { ...base, table: cleanTable(base.table) };
    case 'columns':
      return {
        ...base,
        columns: base.columns.map((c) => ({
          heading: line(c.heading, BUDGET.column.heading),
          bullets: list(c.bullets, slots.column),
        })),
      };
  }
}

function cleanTable<T extends { columns: string[]; rows: string[][] }>(t: T): T {
  return {
    ...t,
    columns: t.columns.map((c) => slotText(c, BUDGET.cell, { singleLine: true })),
    rows: t.rows.map((r) => r.map((c) => slotText(c, BUDGET.cell, { singleLine: true }))),
  };
}
