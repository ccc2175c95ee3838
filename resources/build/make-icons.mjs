// Draws Fieldbook's icons with plain Node (no downloads, no image libraries) and writes
// resources/icon.png (1024 px, macOS and Linux), resources/icon.ico (Windows, 16–256 px) and
// resources/tray.png / tray@2x.png. Run: node resources/build/make-icons.mjs
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

const OUT = join(import.meta.dirname, '..');
const BRAND = [15, 92, 92];
const PAPER = [255, 255, 255];
const ACCENT = [244, 180, 62];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function png(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y += 1) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const inRoundedRect = (x, y, x0, y0, x1, y1, r) => {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};

/** The colour at a point of the unit square: a rounded tile, an open book, three rising bars. */
function colourAt(x, y, tray) {
  if (!tray && !inRoundedRect(x, y, 0.06, 0.06, 0.94, 0.94, 0.2)) return null;
  const pageLeft = inRoundedRect(x, y, 0.2, 0.28, 0.485, 0.76, 0.03);
  const pageRight = inRoundedRect(x, y, 0.515, 0.28, 0.8, 0.76, 0.03);
  const bar = (x0, top) => x >= x0 && x <= x0 + 0.055 && y >= top && y <= 0.68;
  if (pageRight && (bar(0.56, 0.56) || bar(0.64, 0.47) || bar(0.72, 0.38))) return tray ? null : ACCENT;
  const line = (y0) => x >= 0.25 && x <= 0.44 && y >= y0 && y <= y0 + 0.03;
  if (pageLeft && (line(0.38) || line(0.47) || line(0.56))) return tray ? null : BRAND;
  if (pageLeft || pageRight) return tray ? [30, 30, 30] : PAPER;
  return tray ? null : BRAND;
}

function draw(size, tray = false) {
  const rgba = Buffer.alloc(size * size * 4);
  const samples = 4;
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let sy = 0; sy < samples; sy += 1) {
        for (let sx = 0; sx < samples; sx += 1) {
          const c = colourAt((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size, tray);
          if (c) {
            r += c[0];
            g += c[1];
            b += c[2];
            a += 1;
          }
        }
      }
      const i = (py * size + px) * 4;
      if (a > 0)
        rgba.set([Math.round(r / a), Math.round(g / a), Math.round(b / a), Math.round((255 * a) / samples ** 2)], i);
    }
  }
  return png(size, rgba);
}

/** An .ico whose entries are PNGs (valid since Windows Vista; electron-builder accepts it). */
function ico(sizes) {
  const images = sizes.map((s) => draw(s));
  const header = Buffer.alloc(6 + 16 * sizes.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(sizes.length, 4);
  let offset = header.length;
  sizes.forEach((s, i) => {
    const e = 6 + 16 * i;
    header[e] = s >= 256 ? 0 : s;
    header[e + 1] = s >= 256 ? 0 : s;
    header.writeUInt16LE(1, e + 4);
    header.writeUInt16LE(32, e + 6);
    header.writeUInt32LE(images[i].length, e + 8);
    header.writeUInt32LE(offset, e + 12);
    offset += images[i].length;
  });
  return Buffer.concat([header, ...images]);
}

writeFileSync(join(OUT, 'icon.png'), draw(1024));
writeFileSync(join(OUT, 'icon.ico'), ico([16, 24, 32, 48, 64, 128, 256]));
writeFileSync(join(OUT, 'tray.png'), draw(32, true));
writeFileSync(join(OUT, 'tray@2x.png'), draw(64, true));
console.log('icons written to', OUT);
