import { describe, expect, it } from 'vitest';
import { deckBrandingOf, effectiveSettings, NO_LAYERS, normalizeHex } from '../../../../src-core/user-settings';
import { checkLogoFile, validateBranding } from '../../../../src-renderer/features/decks/branding';
import { makePng } from '../../../support/pptx/png';

describe('deck branding settings', () => {
  it('accepts a name, two 6-digit hex colours and a listed font', () => {
    expect(
      validateBranding({
        agencyName: '  Northwind   Agency ',
        primaryColor: '#1f3a5f',
        accentColor: 'E07A1F',
        font: 'Georgia',
      }),
    ).toEqual({
      ok: true,
      value: { agencyName: 'Northwind Agency', primaryColor: '1F3A5F', accentColor: 'E07A1F', font: 'Georgia' },
    });
  });

  it('says what is wrong with each field', () => {
    const result = validateBranding({
      agencyName: ' ',
      primaryColor: '#abc',
      accentColor: 'orange',
      font: 'Comic Sans MS',
    });
    expect(result).toEqual({
      ok: false,
      problems: {
        agencyName: 'Enter the agency name shown on every deck.',
        primaryColor: 'Use a 6-digit hex colour such as #1F3A5F.',
        accentColor: 'Use a 6-digit hex colour such as #E07A1F.',
        font: 'Choose one of the listed fonts.',
      },
    });
    expect(normalizeHex('#12345G')).toBeNull();
    expect(normalizeHex(' #a1b2c3 ')).toBe('A1B2C3');
  });

  it('keeps a PNG logo and refuses broken, empty and huge ones in plain words', () => {
    const png = makePng(240, 80);
    expect(checkLogoFile('logo.png', png)).toMatchObject({
      ok: true,
      widthPx: 240,
      heightPx: 80,
      logo: { name: 'logo.png' },
    });
    expect(checkLogoFile('logo.png', png.slice(0, png.length - 12))).toEqual({
      ok: false,
      message:
        '"logo.png" is not a readable PNG or JPEG image (it may be damaged or another format). Choose another file.',
    });
    expect(checkLogoFile('empty.png', new Uint8Array(0))).toEqual({
      ok: false,
      message: '"empty.png" is empty. Choose a PNG or JPEG logo.',
    });
    expect(checkLogoFile('poster.png', new Uint8Array(2_500_000))).toEqual({
      ok: false,
      message: '"poster.png" is 2.5 MB; logos must be 1 MB or smaller. Export a smaller PNG or JPEG.',
    });
    expect(checkLogoFile('wide.png', makePng(5000, 10))).toEqual({
      ok: false,
      message: '"wide.png" is larger than 4,000 pixels a side. Export a smaller PNG or JPEG.',
    });
  });

  it('reads back stored branding field by field, falling back where a field is unusable', () => {
    const png = makePng(2, 2);
    const logo = { name: 'l.png', base64: Buffer.from(png).toString('base64') };
    const stored = { agencyName: 'Northwind', primaryColor: 'zzz', accentColor: '00FF00', font: 'Papyrus', logo };
    const read = effectiveSettings({ ...NO_LAYERS, branding: { team: null, user: stored } });
    expect(read.branding).toEqual({
      agencyName: 'Northwind',
      primaryColor: '1F3A5F',
      accentColor: '00FF00',
      font: 'Calibri',
      logo,
      // A layer stored before templates existed reads as "no template".
      template: null,
    });
    expect(read.problems.branding).toEqual([
      'Your value for primaryColor (is not a 6-digit hex colour such as 1F3A5F) is not used.',
      'Your value for font (Invalid option: expected one of "Calibri"|"Arial"|"Helvetica"|"Verdana"|"Tahoma"|"Trebuchet MS"|"Georgia"|"Segoe UI") is not used.',
    ]);
    expect(effectiveSettings(NO_LAYERS).branding.agencyName).toBe('Your agency');
    expect(
      deckBrandingOf({
        agencyName: 'N',
        primaryColor: '111111',
        accentColor: '222222',
        font: 'Arial',
        logo,
        template: null,
      }),
    ).toEqual({ agencyName: 'N', primaryColor: '111111', accentColor: '222222', font: 'Arial', logo: png });
  });
});
