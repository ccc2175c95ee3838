import type { DeckKind } from '../model';
import { cleanLine } from './clean-text';

const PERIOD_KEY = /^\d{4}-(Q[1-4]|0[1-9]|1[0-2])$/;
// Characters Windows, macOS or Linux refuse in a file name.
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what this removes.
const UNSAFE = /[<>:"/\\|?*\u0000-\u001F\u007F]/g;
/** File systems cap a name at 255 bytes; the account part keeps well under that in UTF-8. */
const MAX_NAME_BYTES = 150;

export function deckKindLabel(kind: DeckKind): string {
  return kind === 'qbr' ? 'QBR' : 'Value report';
}

/** `Acme Plumbing — QBR 2026-Q3.pptx`, safe as a file name on every OS. */
export function deckFileName(accountName: string, kind: DeckKind, periodKey: string): string {
  if (!PERIOD_KEY.test(periodKey)) throw new Error(`"${periodKey}" is not a deck period (2026-Q3 or 2026-09).`);
  const cleaned = cleanLine(accountName)
    .replace(UNSAFE, '-')
    .replace(/[\u200B-\u200F\uFEFF]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.-]+/, '')
    .trim();
  const name = trimTrailing(cutToBytes(cleaned, MAX_NAME_BYTES)) || 'Account';
  return `${name} — ${deckKindLabel(kind)} ${periodKey}.pptx`;
}

function cutToBytes(text: string, maxBytes: number): string {
  const encoder = new TextEncoder();
  let out = '';
  let bytes = 0;
  for (const ch of text) {
    const n = encoder.encode(ch).length;
    if (bytes + n > maxBytes) break;
    out += ch;
    bytes += n;
  }
  return out;
}

/** Windows drops trailing dots and spaces, which would make two names collide. */
function trimTrailing(s: string): string {
  return s.replace(/[\s.]+$/, '');
}
