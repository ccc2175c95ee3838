import type { DeckBranding } from '../../../src-core/deck';
import { DEFAULT_BRANDING } from '../../../src-core/deck/theme';
import { checkLogo, MAX_LOGO_BYTES, MAX_LOGO_SIDE_PX } from '../../../src-core/deck/logo';

/**
 * The agency's branding for every deck: name, two colours, a font every client has, a logo.
 * Kept on this laptop (the meta table), validated before it is saved so a deck never meets a
 * colour or logo it cannot use.
 */

/** Fonts installed with PowerPoint, Keynote and LibreOffice alike, so a deck looks the same everywhere. */
export const SAFE_FONTS = [
  'Calibri',
  'Arial',
  'Helvetica',
  'Verdana',
  'Tahoma',
  'Trebuchet MS',
  'Georgia',
  'Segoe UI',
] as const;

export interface StoredLogo {
  name: string;
  bytes: Uint8Array;
}

export interface BrandingSettings {
  agencyName: string;
  /** 6-digit hex without `#`. */
  primaryColor: string;
  accentColor: string;
  font: string;
  logo: StoredLogo | null;
}

export const DEFAULT_BRANDING_SETTINGS: BrandingSettings = {
  agencyName: DEFAULT_BRANDING.agencyName,
  primaryColor: DEFAULT_BRANDING.primaryColor,
  accentColor: DEFAULT_BRANDING.accentColor,
  font: DEFAULT_BRANDING.font,
  logo: null,
};

export type BrandingProblems = Partial<Record<'agencyName' | 'primaryColor' | 'accentColor' | 'font', string>>;

const HEX6 = /^#?[0-9a-fA-F]{6}$/;

/** `#1f3a5f` or `1F3A5F` → `1F3A5F`; null when it is not a 6-digit hex colour. */
export function normalizeHex(value: string): string | null {
  const v = value.trim();
  return HEX6.test(v) ? v.replace(/^#/, '').toUpperCase() : null;
}

/** The form's values checked: the branding to save, or what is wrong with each field. */
export function validateBranding(form: {
  agencyName: string;
  primaryColor: string;
  accentColor: string;
  font: string;
}): { ok: true; value: Omit<BrandingSettings, 'logo'> } | { ok: false; problems: BrandingProblems } {
  const problems: BrandingProblems = {};
  const agencyName = form.agencyName.replace(/\s+/g, ' ').trim();
  if (agencyName.length === 0) problems.agencyName = 'Enter the agency name shown on every deck.';
  else if (agencyName.length > 60) problems.agencyName = 'Keep the agency name to 60 characters.';
  const primaryColor = normalizeHex(form.primaryColor);
  if (!primaryColor) problems.primaryColor = 'Use a 6-digit hex colour such as #1F3A5F.';
  const accentColor = normalizeHex(form.accentColor);
  if (!accentColor) problems.accentColor = 'Use a 6-digit hex colour such as #E07A1F.';
  if (!(SAFE_FONTS as readonly string[]).includes(form.font)) problems.font = 'Choose one of the listed fonts.';
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  return { ok: true, value: { agencyName, primaryColor: primaryColor!, accentColor: accentColor!, font: form.font } };
}

/** Checked on the file's size before its bytes are read, so a 200 MB picture never reaches memory. */
export function logoTooLarge(name: string, sizeBytes: number): string | null {
  if (sizeBytes <= MAX_LOGO_BYTES) return null;
  return `"${name}" is ${(sizeBytes / 1_000_000).toFixed(1)} MB; logos must be 1 MB or smaller. Export a smaller PNG or JPEG.`;
}

/** A chosen logo file checked before it is kept: PNG or JPEG, at most 1 MB and 4,000 pixels a side. */
export function checkLogoFile(
  name: string,
  bytes: Uint8Array,
): { ok: true; logo: StoredLogo; widthPx: number; heightPx: number } | { ok: false; message: string } {
  if (bytes.length === 0) return { ok: false, message: `"${name}" is empty. Choose a PNG or JPEG logo.` };
  const tooLarge = logoTooLarge(name, bytes.length);
  if (tooLarge) return { ok: false, message: tooLarge };
  const checked = checkLogo(bytes);
  if (!checked.ok) {
    const tooWide = /pixel/.test(checked.warning);
    return {
      ok: false,
      message: tooWide
        ? `"${name}" is larger than ${MAX_LOGO_SIDE_PX.toLocaleString('en-US')} pixels a side. Export a smaller PNG or JPEG.`
        : `"${name}" is not a readable PNG or JPEG image (it may be damaged or another format). Choose another file.`,
    };
  }
  return { ok: true, logo: { name, bytes }, widthPx: checked.logo.widthPx, heightPx: checked.logo.heightPx };
}

/** What the deck builders take. */
export function deckBrandingOf(settings: BrandingSettings): DeckBranding {
  return {
    agencyName: settings.agencyName,
    primaryColor: settings.primaryColor,
    accentColor: settings.accentColor,
    font: settings.font,
    logo: settings.logo?.bytes ?? null,
  };
}

/** Anything read back from storage that is not a usable branding falls back field by field. */
export function parseStoredBranding(value: unknown): BrandingSettings {
  if (typeof value !== 'object' || value === null) return DEFAULT_BRANDING_SETTINGS;
  const v = value as Partial<Record<keyof BrandingSettings, unknown>>;
  const str = (x: unknown, fallback: string) => (typeof x === 'string' ? x : fallback);
  const logo = v.logo as Partial<StoredLogo> | null | undefined;
  return {
    agencyName:
      str(v.agencyName, DEFAULT_BRANDING_SETTINGS.agencyName).slice(0, 60) || DEFAULT_BRANDING_SETTINGS.agencyName,
    primaryColor: normalizeHex(str(v.primaryColor, '')) ?? DEFAULT_BRANDING_SETTINGS.primaryColor,
    accentColor: normalizeHex(str(v.accentColor, '')) ?? DEFAULT_BRANDING_SETTINGS.accentColor,
    font: (SAFE_FONTS as readonly string[]).includes(str(v.font, ''))
      ? (v.font as string)
      : DEFAULT_BRANDING_SETTINGS.font,
    logo:
      logo && logo.bytes instanceof Uint8Array && typeof logo.name === 'string'
        ? { name: logo.name, bytes: logo.bytes }
        : null,
  };
}
