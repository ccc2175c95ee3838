import type { ClientText } from '../audience';
import type { BookTables, DeckKind, PresentedPlanItem } from '../model';
import type { Period } from '../time';
import type { CheckedLogo } from './logo';
import type { Settings } from '../settings';

/**
 * A deck spec is plain data: everything a slide shows, already computed and cleaned, so the
 * outline can be reviewed (and tested) before any .pptx byte is written. The renderer only
 * lays it out.
 */
export type { DeckKind };

/** What a spec can be: the decks Fieldbook records and schedules, and the one-off case-study deck. */
export type DeckSpecKind = DeckKind | 'case_study';

/** Agency branding from Settings. Colours are 6-digit hex without `#`. */
export interface DeckBranding {
  agencyName: string;
  primaryColor: string;
  accentColor: string;
  font: string;
  /** PNG or JPEG bytes; null for no logo. Broken or oversized logos become a placeholder. */
  logo: Uint8Array | null;
}

export interface DeckInput {
  /** The whole book or just one account's rows; only `accountId`'s rows are read. */
  book: BookTables;
  accountId: string;
  period: Period;
  branding: DeckBranding;
  /** ISO date-time of generation; every "today" in the deck is derived from it. */
  now: string;
  /** The CSM's own words per slide key (kept in DeckRecord.commentary). */
  commentary?: Record<string, string>;
  /** Keys of optional slides the CSM left out. */
  omittedSlides?: string[];
  /** Keys of slides with nothing to say that the CSM chose to include anyway. */
  includedSlides?: string[];
  /** The renewal options the CSM picked (`renew`, `grow-<opportunity id>`); every suggested one when not given. */
  renewalOptions?: string[];
  /** Health bands, targets and windows; the seeds' defaults when not given. */
  settings?: Settings;
}

export type Tone = 'good' | 'bad' | 'neutral';

export interface StatCard {
  label: string;
  value: string;
  /** e.g. "Target 120 · 104% of target". */
  detail: string;
  tone: Tone;
}

export interface TableSpec {
  columns: string[];
  /** Relative column widths; the renderer scales them to the content width. */
  widths: number[];
  rows: string[][];
  /** Cell text alignment per column. */
  align?: ('left' | 'right' | 'center')[];
}

export type ValueFormat = 'count' | 'money' | 'decimal' | 'percent';

export interface ChartSeriesSpec {
  name: string;
  /** null is a gap: no point is drawn there (a missing week), never a zero. */
  values: (number | null)[];
}

/** A native chart. Values are final numbers (money in whole currency units, not cents). */
export interface ChartSpec {
  type: 'line' | 'bar';
  categories: string[];
  series: ChartSeriesSpec[];
  format: ValueFormat;
  /** Shown instead of the chart when there is nothing to draw. */
  emptyNote: string | null;
}

export interface ColumnSpec {
  heading: string;
  bullets: ClientText[];
}

interface SlideBase {
  /** Stable key: commentary and omissions refer to it (`appendix-2` for pages). */
  key: string;
  title: string;
  /** Optional slides may be left out by the CSM. */
  optional: boolean;
  /** Speaker notes: which data and period each number comes from. */
  notes: string;
  /** The CSM's commentary, rendered in a band at the foot of the slide. */
  commentary: string | null;
  /**
   * Set when the slide has nothing to say for this account and period ("No wins were recorded
   * in Q3 2026."): it is left out by default and listed in the outline with this reason, and
   * the CSM may still include it.
   */
  nothingToSay?: string;
}

export interface TitleSlide extends SlideBase {
  kind: 'title';
  subtitle: string;
  byline: string;
}

/**
 * Bullets are `ClientText`: only sentences written for the client can go on a slide. Internal
 * ones (risk signals, to-dos, payment details) belong in `notes`, which the audience never sees.
 */
export interface BulletsSlide extends SlideBase {
  kind: 'bullets';
  bullets: ClientText[];
  stats: StatCard[];
}

export interface ChartSlide extends SlideBase {
  kind: 'chart';
  chart: ChartSpec;
  /** Beside the chart: a table or a few bullets (not both). */
  table: TableSpec | null;
  bullets: ClientText[];
}

export interface TableSlide extends SlideBase {
  kind: 'table';
  table: TableSpec;
  /** "Page 2 of 3" for tables paged across slides. */
  pageLabel: string | null;
}

/** A divider (e.g. before the appendix), on the section master. */
export interface SectionSlide extends SlideBase {
  kind: 'section';
  subtitle: string;
}

export interface ColumnsSlide extends SlideBase {
  kind: 'columns';
  columns: ColumnSpec[];
}

export type SlideSpec = TitleSlide | SectionSlide | BulletsSlide | ChartSlide | TableSlide | ColumnsSlide;
export type SlideKind = SlideSpec['kind'];

export interface DeckSpec {
  kind: DeckSpecKind;
  accountId: string;
  accountName: string;
  period: Period;
  title: string;
  /** Branding as applied: colours and font already checked. */
  branding: Omit<DeckBranding, 'logo'>;
  /** The checked logo, or null when there is none or it was refused (see warnings). */
  logo: CheckedLogo | null;
  generatedAt: string;
  slides: SlideSpec[];
  /** Slides not in the deck, in deck order, each with why (nothing to say, or the CSM left it out). */
  leftOut: LeftOutSlide[];
  /** Things the CSM should know (broken logo, missing data), in plain words. */
  warnings: string[];
  /**
   * The next-period plan as the deck presents it (empty when its plan slide is left out): kept
   * in the DeckRecord so the next review can say what happened to each line.
   */
  plan: PresentedPlanItem[];
  /** The renewal options this deck could offer, and which the CSM picked (empty when no renewal is near). */
  renewalOptions: RenewalOption[];
}

export interface RenewalOption {
  /** `renew`, or `grow-<opportunity id>`. */
  key: string;
  label: string;
  picked: boolean;
}

export interface LeftOutSlide {
  slide: SlideSpec;
  /** Where it would have been among all the deck's slides (0-based), so an outline can show it in place. */
  position: number;
  /** 'empty': nothing to say (the reason is `slide.nothingToSay`); 'csm': the CSM left it out. */
  by: 'empty' | 'csm';
  reason: string;
}
