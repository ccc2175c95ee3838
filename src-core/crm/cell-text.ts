/**
 * Text cells made fit for the model (which refuses control characters and over-long text) without
 * changing what the CSM reads: a formula-looking cell (`=SUM(A1)`, `+1 555…`, `- call back`) is
 * kept as the text it is, never evaluated. A leading apostrophe that a spreadsheet export put in
 * front of such a cell (Fieldbook's own CSV export does, see today/csv.ts) is taken off again.
 */

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what this removes.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
const NEUTRALISED = /^'(?=[=+\-@])/;
const ELLIPSIS = '…';

/** Printable ASCII with no space at either end: nearly every cell, and nothing to clean. */
const PLAIN = /^(?:[!-~](?:[ -~]*[!-~])?)?$/;

export function cellText(raw: string): string {
  if (PLAIN.test(raw)) return raw.charCodeAt(0) === 39 ? raw.replace(NEUTRALISED, '') : raw;
  return raw.replace(CONTROL, ' ').replace(/\r\n?/g, '\n').normalize('NFC').trim().replace(NEUTRALISED, '');
}

/** One line (subjects, names): line breaks become spaces. */
export function cellLine(raw: string): string {
  const text = cellText(raw);
  return text.includes('\n') ? text.replace(/\s*\n\s*/g, ' ') : text;
}

/** Cut to `max` characters with "…" (on a whole character), and whether it was cut. */
export function fitCell(text: string, max: number): { text: string; cut: boolean } {
  if (text.length <= max) return { text, cut: false };
  let end = max - 1;
  if (/[\uD800-\uDBFF]/.test(text.charAt(end - 1))) end -= 1;
  return { text: `${text.slice(0, end).trimEnd()}${ELLIPSIS}`, cut: true };
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** HubSpot writes note and meeting bodies as HTML: the text, with paragraphs and breaks as lines. */
export function htmlToText(html: string): string {
  if (!/<[a-z!/]/i.test(html)) return html;
  return html
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|li|h[1-6]|tr)>/gi, '\n')
    .replace(/<li[^>]*>/gi, '• ')
    .replace(/<[^>]+>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name.startsWith('#x') || name.startsWith('#X')) return safeChar(Number.parseInt(name.slice(2), 16), whole);
      if (name.startsWith('#')) return safeChar(Number(name.slice(1)), whole);
      return ENTITIES[name.toLowerCase()] ?? whole;
    })
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function safeChar(code: number, fallback: string): string {
  return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : fallback;
}
