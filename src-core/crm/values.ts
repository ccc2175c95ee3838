/**
 * Cell values as CRMs and spreadsheets write them: money (`$1,234.56`, `1.234,56 €`,
 * `(1,234.56)`, `USD 1234`), counts (`1,234`), yes/no (`true`, `1`, `Yes`), durations. Every
 * parser returns null for text it cannot read, so the row can say which cell was wrong.
 */

export type DecimalMark = '.' | ',';

const CURRENCY = /[$€£¥₹]|\b(?:USD|EUR|GBP|CAD|AUD|CHF|JPY|NZD|SEK|NOK|DKK|INR|ZAR)\b/gi;
const SPACES = /[\s\u00A0\u202F']/g;

/**
 * A plain decimal text (`-1234.5`) from a formatted one. With both marks present the last one is
 * the decimal mark; with one mark it is a decimal mark unless it is followed by exactly three
 * digits (`1,234` is a thousand) — or the file writes decimal commas (`;`-separated files do).
 */
function plainDecimal(text: string, decimalMark: DecimalMark): string | null {
  let t = text.trim();
  if (t === '') return null;
  let negative = false;
  if (/^\(.*\)$/.test(t)) {
    negative = true;
    t = t.slice(1, -1);
  }
  t = t.replace(CURRENCY, '').replace(SPACES, '');
  if (t.startsWith('-')) {
    negative = !negative;
    t = t.slice(1);
  } else if (t.endsWith('-')) {
    negative = !negative;
    t = t.slice(0, -1);
  }
  if (!/^[\d.,]*\d[\d.,]*$/.test(t)) return null;
  const lastDot = t.lastIndexOf('.');
  const lastComma = t.lastIndexOf(',');
  let mark: string | null = null;
  if (lastDot >= 0 && lastComma >= 0) mark = lastDot > lastComma ? '.' : ',';
  else if (lastDot >= 0 || lastComma >= 0) {
    const only = lastDot >= 0 ? '.' : ',';
    const single = t.split(only).length === 2;
    const thousands = /^\d{1,3}$/.test(t.slice(0, t.lastIndexOf(only))) && /[.,]\d{3}$/.test(t);
    mark = single && (only === decimalMark || !thousands) ? only : null;
  }
  const [whole, fraction = ''] = mark ? [t.slice(0, t.lastIndexOf(mark)), t.slice(t.lastIndexOf(mark) + 1)] : [t, ''];
  if (!/^\d*$/.test(fraction)) return null;
  const groups = whole.split(/[.,]/);
  // Thousands groups after the first have three digits: `1,234,567`, never `1,2,3`.
  if (groups.length > 1 && (groups[0] === '' || groups.slice(1).some((g) => g.length !== 3))) return null;
  const digits = groups.join('');
  if (digits === '' && fraction === '') return null;
  return `${negative ? '-' : ''}${digits || '0'}${fraction ? `.${fraction}` : ''}`;
}

/** Money to whole cents, rounded half away from zero on the third decimal, without float error. */
export function parseMoney(text: string, decimalMark: DecimalMark = '.'): number | null {
  const plain = plainDecimal(text, decimalMark);
  if (plain === null) return null;
  const negative = plain.startsWith('-');
  const [whole, fraction = ''] = plain.replace('-', '').split('.');
  if (whole!.length > 12) return null;
  let cents = Number(whole) * 100 + Number(fraction.padEnd(2, '0').slice(0, 2));
  if (Number(fraction[2] ?? '0') >= 5) cents += 1;
  return negative && cents !== 0 ? -cents : cents;
}

/** A number (`1,234`, `12.5`, `12.5%` → 12.5); null when it is not one. */
export function parseNumber(text: string, decimalMark: DecimalMark = '.'): number | null {
  const plain = plainDecimal(text.trim().replace(/%$/, ''), decimalMark);
  if (plain === null) return null;
  const n = Number(plain);
  return Number.isFinite(n) ? n : null;
}

export function parseBoolean(text: string): boolean | null {
  const t = text.trim().toLowerCase();
  if (['true', '1', 'yes', 'y', 'x', 'checked'].includes(t)) return true;
  if (['false', '0', 'no', 'n', '', 'unchecked'].includes(t)) return false;
  return null;
}

/** Minutes from `HH:MM:SS`, `1h 30m`, `45 min` or a bare number in `unit`. */
export function parseDurationMinutes(text: string, unit: 'minutes' | 'seconds' | 'milliseconds'): number | null {
  const t = text.trim().toLowerCase();
  if (t === '') return null;
  const hms = /^(\d{1,3}):(\d{2})(?::(\d{2}))?$/.exec(t);
  if (hms) return Math.round(+hms[1]! * 60 + +hms[2]! + +(hms[3] ?? 0) / 60);
  const words = /^(?:(\d+(?:\.\d+)?)\s*h(?:ours?|rs?)?)?\s*(?:(\d+(?:\.\d+)?)\s*m(?:in(?:utes?|s)?)?)?$/.exec(t);
  if (words && (words[1] || words[2])) return Math.round(Number(words[1] ?? 0) * 60 + Number(words[2] ?? 0));
  const n = parseNumber(t);
  if (n === null || n < 0) return null;
  const minutes = unit === 'seconds' ? n / 60 : unit === 'milliseconds' ? n / 60_000 : n;
  return Math.round(minutes);
}
