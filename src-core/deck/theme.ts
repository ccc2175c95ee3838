import type { DeckBranding } from './types';

/**
 * Type sizes and colours, derived once from the agency's branding. Colours are always 6-digit
 * hex (RELIABILITY 26): a malformed setting falls back to the default rather than reaching XML.
 */
export const DEFAULT_BRANDING: DeckBranding = {
  agencyName: 'Your agency',
  primaryColor: '1F3A5F',
  accentColor: 'E07A1F',
  font: 'Calibri',
  logo: null,
};

export interface Theme {
  /** Body text; `titleFont` for slide titles and the cover (a template's major font). */
  font: string;
  titleFont: string;
  /** Slide titles on content slides. */
  titleColor: string;
  /** Text on the cover, and on section dividers. */
  coverText: string;
  sectionText: string;
  /**
   * The cover's and dividers' own background, or null when the agency template's layouts draw
   * them (its pictures, bands and colours come with it).
   */
  coverBackground: string | null;
  /** True when the masters come from the agency's template rather than Fieldbook's own look. */
  fromTemplate: boolean;
  primary: string;
  accent: string;
  /** Text and secondary text (axis labels, footers) on the slide's own background. */
  text: string;
  muted: string;
  rule: string;
  /** Fieldbook's light panels (cards, commentary, table stripes) and the text on them and on table cells. */
  panel: string;
  panelText: string;
  panelMuted: string;
  white: string;
  good: string;
  bad: string;
  /** Chart series colours, primary first. */
  series: string[];
  /** Fills behind white column headings (the three-part insight, renewal options), each readable. */
  headingFills: string[];
  size: {
    title: number;
    coverTitle: number;
    subtitle: number;
    body: number;
    small: number;
    stat: number;
    table: number;
    footer: number;
  };
}

const HEX6 = /^[0-9A-F]{6}$/;

export function hexColor(value: unknown, fallback: string): string {
  if (typeof value !== 'string') return fallback;
  const v = value.trim().replace(/^#/, '').toUpperCase();
  if (HEX6.test(v)) return v;
  // Expand shorthand (#abc) — a common way to type a colour in Settings.
  if (/^[0-9A-F]{3}$/.test(v))
    return v
      .split('')
      .map((c) => c + c)
      .join('');
  return fallback;
}

/** Fonts reach XML as attribute values; keep them to a plain family name. */
export function fontName(value: unknown, fallback: string): string {
  if (typeof value !== 'string') return fallback;
  const v = value
    .replace(/[^\p{L}\p{N} _-]/gu, '')
    .trim()
    .slice(0, 40);
  return v.length > 0 ? v : fallback;
}

export function themeFor(branding: DeckBranding): Theme {
  const primary = hexColor(branding.primaryColor, DEFAULT_BRANDING.primaryColor);
  const accent = hexColor(branding.accentColor, DEFAULT_BRANDING.accentColor);
  const font = fontName(branding.font, DEFAULT_BRANDING.font);
  return {
    font,
    titleFont: font,
    titleColor: primary,
    coverText: 'FFFFFF',
    sectionText: 'FFFFFF',
    coverBackground: primary,
    fromTemplate: false,
    primary,
    accent,
    text: '222222',
    muted: '6B7280',
    rule: 'D1D5DB',
    panel: 'F3F4F6',
    panelText: '222222',
    panelMuted: '6B7280',
    white: 'FFFFFF',
    good: '1B7F3B',
    bad: 'B42318',
    series: [primary, accent, '7A8CA5', '2E9C8F', '9B59B6', 'C0A000'],
    headingFills: [primary, accent, '7A8CA5'],
    size: { title: 22, coverTitle: 34, subtitle: 16, body: 14, small: 11, stat: 24, table: 10, footer: 9 },
  };
}
