import { checkLogo, MAX_LOGO_BYTES, MAX_LOGO_SIDE_PX, toBase64 } from '../../../src-core/deck/logo';
import {
  MAX_AGENCY_NAME,
  normalizeHex,
  SAFE_FONTS,
  type Branding,
  type StoredLogo,
} from '../../../src-core/user-settings';

/**
 * The Branding form's checks, in the CSM's words, before a save: the stored branding itself is a
 * setting (src-core/user-settings/branding.ts) that follows the CSM to every laptop.
 */

export type BrandingProblems = Partial<Record<'agencyName' | 'primaryColor' | 'accentColor' | 'font', string>>;

/** The form's values checked: the branding to save, or what is wrong with each field. */
export function validateBranding(form: {
  agencyName: string;
  primaryColor: string;
  accentColor: string;
  font: string;
}): { ok: true; value: Omit<Branding, 'logo' | 'template'> } | { ok: false; problems: BrandingProblems } {
  const problems: BrandingProblems = {};
  const agencyName = form.agencyName.replace(/\s+/g, ' ').trim();
  if (agencyName.length === 0) problems.agencyName = 'Enter the agency name shown on every deck.';
  else if (agencyName.length > MAX_AGENCY_NAME)
    problems.agencyName = `Keep the agency name to ${MAX_AGENCY_NAME} characters.`;
  const primaryColor = normalizeHex(form.primaryColor);
  if (!primaryColor) problems.primaryColor = 'Use a 6-digit hex colour such as #1F3A5F.';
  const accentColor = normalizeHex(form.accentColor);
  if (!accentColor) problems.accentColor = 'Use a 6-digit hex colour such as #E07A1F.';
  const font = SAFE_FONTS.find((f) => f === form.font);
  if (!font) problems.font = 'Choose one of the listed fonts.';
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  return { ok: true, value: { agencyName, primaryColor: primaryColor!, accentColor: accentColor!, font: font! } };
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
  const logo = { name: name.slice(0, 200), base64: toBase64(bytes) };
  return { ok: true, logo, widthPx: checked.logo.widthPx, heightPx: checked.logo.heightPx };
}
