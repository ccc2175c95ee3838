import { z } from 'zod';
import { checkLogo, fromBase64, MAX_LOGO_BYTES } from '../deck/logo';
import { MAX_KEPT_TEMPLATE_BYTES } from '../deck/template/template-limits';
import { DEFAULT_BRANDING } from '../deck/theme';
import type { DeckBranding } from '../deck/types';
import { nonEmptyText } from '../model/primitives';

/**
 * The agency's deck branding as a setting (DESIGN §6): name, two colours, a font every client
 * has, a logo. Plain JSON (the logo as base64), so the same document lives in IndexedDB, crosses
 * HTTP and sits in the server's database, checked by this one schema at each of them.
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

export const MAX_AGENCY_NAME = 60;
/** Base64 of the largest logo a deck takes (1 MB). */
const MAX_LOGO_BASE64 = Math.ceil(MAX_LOGO_BYTES / 3) * 4;

const hexColour = z.string().regex(/^[0-9A-F]{6}$/, { message: 'is not a 6-digit hex colour such as 1F3A5F' });

export const storedLogoSchema = z
  .strictObject({
    name: nonEmptyText(200),
    base64: z.string().max(MAX_LOGO_BASE64, { message: 'is over the 1 MB logo limit' }),
  })
  .refine(
    (logo) => {
      const bytes = fromBase64(logo.base64);
      return bytes !== null && checkLogo(bytes).ok;
    },
    { message: 'is not a readable PNG or JPEG of at most 1 MB and 4,000 pixels a side' },
  );

/** Base64 of the largest template kept (its theme, master, three layouts and their pictures). */
const MAX_TEMPLATE_BASE64 = Math.ceil(MAX_KEPT_TEMPLATE_BYTES / 3) * 4;

/**
 * The agency's PowerPoint template as Fieldbook keeps it (src-core/deck/template): a minimal
 * .potx, checked and cut down when it was imported, so it follows the CSM like the logo does.
 */
export const storedTemplateSchema = z.strictObject({
  name: nonEmptyText(200),
  base64: z
    .string()
    .max(MAX_TEMPLATE_BASE64, { message: 'is over the 1.5 MB template limit' })
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, { message: 'is not a stored template' }),
});

export const brandingSchema = z.strictObject({
  agencyName: nonEmptyText(MAX_AGENCY_NAME),
  /** 6-digit hex, upper case, without `#`. */
  primaryColor: hexColour,
  accentColor: hexColour,
  font: z.enum(SAFE_FONTS),
  logo: storedLogoSchema.nullable(),
  /** The agency's own template; the fields above are the fallback for what it does not set. */
  template: storedTemplateSchema.nullable(),
});

export type Branding = z.infer<typeof brandingSchema>;
export type StoredLogo = z.infer<typeof storedLogoSchema>;
export type StoredTemplate = z.infer<typeof storedTemplateSchema>;

export const DEFAULT_BRANDING_SETTINGS: Branding = {
  agencyName: DEFAULT_BRANDING.agencyName,
  primaryColor: DEFAULT_BRANDING.primaryColor,
  accentColor: DEFAULT_BRANDING.accentColor,
  font: 'Calibri',
  logo: null,
  template: null,
};

const HEX6 = /^#?[0-9a-fA-F]{6}$/;

/** `#1f3a5f` or `1F3A5F` → `1F3A5F`; null when it is not a 6-digit hex colour. */
export function normalizeHex(value: string): string | null {
  const v = value.trim();
  return HEX6.test(v) ? v.replace(/^#/, '').toUpperCase() : null;
}

/** The kept template's bytes for the deck renderer, or null when the branding has none. */
export function deckTemplateOf(branding: Branding): { name: string; bytes: Uint8Array } | null {
  const bytes = branding.template ? fromBase64(branding.template.base64) : null;
  return bytes && branding.template ? { name: branding.template.name, bytes } : null;
}

/** What the deck builders take: the logo as bytes. */
export function deckBrandingOf(branding: Branding): DeckBranding {
  return {
    agencyName: branding.agencyName,
    primaryColor: branding.primaryColor,
    accentColor: branding.accentColor,
    font: branding.font,
    logo: branding.logo ? fromBase64(branding.logo.base64) : null,
  };
}
