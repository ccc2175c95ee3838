import type { Account, DeckKind } from '../../model';
import { recutList, slotText } from '../clean-text';
import { BUDGET } from '../budgets';
import { checkLogo } from '../logo';
import { DEFAULT_BRANDING, fontName, hexColor } from '../theme';
import type { DeckInput, DeckSpec, SlideSpec, TitleSlide } from '../types';

/** Whether a slide was left out: an omitted key removes it and every page under it (`appendix` → `appendix-data-2`). */
export function isOmitted(slide: SlideSpec, omitted: ReadonlySet<string>): boolean {
  if (!slide.optional) return false;
  for (const key of omitted) if (slide.key === key || slide.key.startsWith(`${key}-`)) return true;
  return false;
}

/**
 * The last step of every spec builder: leave out what the CSM omitted, attach their
 * commentary, clean every string the slide will show, and check the branding.
 */
export function assembleDeck(
  kind: DeckKind,
  input: DeckInput,
  account: Account,
  slides: SlideSpec[],
  warnings: string[],
): DeckSpec {
  const omitted = new Set(input.omittedSlides ?? []);
  const commentary = input.commentary ?? {};
  const kept = slides
    .filter((s) => !isOmitted(s, omitted))
    .map((s) => cleanSlide({ ...s, commentary: slotText(commentary[s.key] ?? '', BUDGET.commentary) || null }));
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
    warnings,
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
    byline: `${by} · ${input.now.slice(0, 10)}`,
    optional: false,
    commentary: null,
    notes: `${deckName} for ${account.name}, ${input.period.label} (${input.period.start} to ${input.period.end}), generated ${input.now} from the account's data in Fieldbook.`,
  };
}

/**
 * Every string a slide shows, cleaned and cut to its slot (RELIABILITY 25); lists get the
 * tighter slots when a commentary band takes the foot of the slide.
 */
function cleanSlide(s: SlideSpec): SlideSpec {
  const line = (t: string, n: number) => slotText(t, n, { singleLine: true });
  // Items are cleaned at the most a shared budget allows, then cut to the slot by recutList.
  const list = (items: string[], slot: { items: number; chars: number }) =>
    recutList(
      items.map((b) => line(b, Math.floor(slot.chars * 2.5))),
      slot.items,
      slot.chars,
    );
  const slots = s.commentary ? { ...BUDGET, ...BUDGET.withCommentary } : BUDGET;
  const base = {
    ...s,
    title: line(s.title, s.kind === 'title' ? BUDGET.coverTitle : BUDGET.title),
    notes: slotText(s.notes, BUDGET.notes),
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
