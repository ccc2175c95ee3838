import { cutToBytes, UNSAFE_FILE_CHARS } from '../text/safe-file-name';
import { cleanLine } from './clean-text';
import type { DeckSpecKind } from './types';

/** The periods each deck covers: a QBR a quarter, a value report a month, a case study a year or a quarter. */
const PERIOD_KEYS: Record<DeckSpecKind, RegExp> = {
  qbr: /^\d{4}-Q[1-4]$/,
  value_report: /^\d{4}-(0[1-9]|1[0-2])$/,
  case_study: /^\d{4}(-Q[1-4])?$/,
};
/** File systems cap a name at 255 bytes; the account part keeps well under that in UTF-8. */
const MAX_NAME_BYTES = 150;

const KIND_LABELS: Record<DeckSpecKind, string> = {
  qbr: 'QBR',
  value_report: 'Value report',
  case_study: 'Case study',
};

export function deckKindLabel(kind: DeckSpecKind): string {
  return KIND_LABELS[kind];
}

/**
 * `Acme Plumbing — QBR 2026-Q3.pptx`, safe as a file name on every OS. `tag` (an account id)
 * follows the name in brackets when two accounts would otherwise share a file (see deckFileNames).
 */
export function deckFileName(accountName: string, kind: DeckSpecKind, periodKey: string, tag?: string): string {
  if (!PERIOD_KEYS[kind].test(periodKey))
    throw new Error(`"${periodKey}" is not a deck period for a ${deckKindLabel(kind)} (2026-Q3, 2026-09 or 2026).`);
  const name = trimTrailing(cutToBytes(safeNamePart(accountName), MAX_NAME_BYTES)) || 'Account';
  const suffix = tag === undefined ? '' : ` (${safeNamePart(tag) || 'account'})`;
  return `${name}${suffix} — ${deckKindLabel(kind)} ${periodKey}.pptx`;
}

/**
 * One file name per account for decks written into one folder. Names that would clash — alike
 * but for case (macOS and Windows ignore it) or for characters a file name cannot hold (`A/B`,
 * `A:B`) — all get their account id, so neither replaces the other and a name does not depend on
 * which account came first. Returned in the accounts' order.
 */
export function deckFileNames(
  accounts: readonly { id: string; name: string }[],
  kind: DeckSpecKind,
  periodKey: string,
): string[] {
  const plain = accounts.map((a) => deckFileName(a.name, kind, periodKey));
  const counts = countBy(plain.map(clashKey));
  const names = accounts.map((a, i) =>
    counts.get(clashKey(plain[i]!))! > 1 ? deckFileName(a.name, kind, periodKey, a.id) : plain[i]!,
  );
  // Ids that differ only in unsafe characters or case still clash: number what is left.
  const seen = new Map<string, number>();
  return names.map((name) => {
    const n = (seen.get(clashKey(name)) ?? 0) + 1;
    seen.set(clashKey(name), n);
    return n === 1 ? name : name.replace(/\.pptx$/, ` ${n}.pptx`);
  });
}

function safeNamePart(text: string): string {
  return cleanLine(text)
    .replace(/[\u200B-\u200F\uFEFF]/g, '')
    .replace(UNSAFE_FILE_CHARS, '-')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.-]+/, '')
    .trim();
}

/** Two names a case-insensitive file system would store as one file. */
function clashKey(fileName: string): string {
  return fileName.normalize('NFC').toLowerCase();
}

function countBy(keys: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

/** Windows drops trailing dots and spaces, which would make two names collide. */
function trimTrailing(s: string): string {
  return s.replace(/[\s.]+$/, '');
}
