import { describe, expect, it } from 'vitest';
import { MAX_LOGO_BYTES, checkLogo, toBase64 } from '../../../src-core/deck/logo';
import { makePng } from '../../support/pptx/png';

describe('logo check', () => {
  it('accepts a PNG and reads its size', () => {
    const check = checkLogo(makePng(120, 40));
    expect(check.ok && { w: check.logo.widthPx, h: check.logo.heightPx, prefix: check.logo.data.slice(0, 22) }).toEqual(
      { w: 120, h: 40, prefix: 'image/png;base64,iVBOR' },
    );
  });

  it('accepts a JPEG by its frame header', () => {
    const jpeg = new Uint8Array([
      0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0x00, 0x00, 0xff, 0xc0, 0x00, 0x0b, 0x08, 0x00, 0x20, 0x00, 0x40, 0x01, 0x01,
      0x11, 0x00, 0xff, 0xd9,
    ]);
    const check = checkLogo(jpeg);
    expect(check.ok && [check.logo.widthPx, check.logo.heightPx]).toEqual([64, 32]);
  });

  it('refuses truncated, foreign and oversized files with a warning a CSM understands', () => {
    const png = makePng(10, 10);
    expect(checkLogo(png.slice(0, png.length - 10))).toMatchObject({
      ok: false,
      warning: expect.stringContaining('not a readable PNG or JPEG'),
    });
    expect(checkLogo(new TextEncoder().encode('<svg></svg>'))).toMatchObject({ ok: false });
    expect(checkLogo(new Uint8Array(MAX_LOGO_BYTES + 1))).toMatchObject({
      ok: false,
      warning: expect.stringContaining('over the 1 MB limit'),
    });
    expect(checkLogo(makePng(5000, 1))).toMatchObject({ ok: false, warning: expect.stringContaining('5000×1 pixels') });
  });

  it('encodes base64 like the platform does', () => {
    for (const s of ['', 'f', 'fo', 'foo', 'foob', 'fooba', 'foobar']) {
      expect(toBase64(new TextEncoder().encode(s))).toBe(Buffer.from(s).toString('base64'));
    }
  });
});
