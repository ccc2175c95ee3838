import { toBase64 } from '../logo';

/**
 * An email draft as an .eml file (RFC 5322 with MIME, RFC 2045–2047 and 2231): a plain-text body
 * and one attachment, every header and line within the limits mail programs hold to. Pure and
 * deterministic — the date and the message id are passed in — so the same draft is the same file.
 * Outlook opens it as a message to send (X-Unsent); Apple Mail and Thunderbird as a draft.
 */
export interface Mailbox {
  name: string;
  email: string;
}

export interface EmlInput {
  from: Mailbox | null;
  to: readonly Mailbox[];
  subject: string;
  body: string;
  attachment: { fileName: string; mimeType: string; bytes: Uint8Array } | null;
  /** ISO instant the draft was made. */
  date: string;
  /** Unique per draft (a UUID): the Message-ID and the MIME boundary are made from it. */
  id: string;
}

const CRLF = '\r\n';
// A plain address: no spaces, angle brackets or line breaks that could smuggle a header.
const EMAIL = /^[^\s<>()",;:\\@]+@[^\s<>()",;:\\@]+\.[^\s<>()",;:\\@]+$/;

export function isMailAddress(value: string): boolean {
  return value.length <= 254 && EMAIL.test(value);
}

export function buildEml(input: EmlInput): string {
  const id = input.id.replace(/[^A-Za-z0-9.-]/g, '').slice(0, 64) || 'draft';
  const boundary = `=_fieldbook_${id}`;
  const headers = [
    `Date: ${rfc5322Date(input.date)}`,
    ...(input.from && isMailAddress(input.from.email) ? [`From: ${mailbox(input.from)}`] : []),
    `To: ${input.to
      .filter((m) => isMailAddress(m.email))
      .map(mailbox)
      .join(`,${CRLF} `)}`,
    `Subject: ${encodedWords(oneLine(input.subject))}`,
    `Message-ID: <${id}@fieldbook.invalid>`,
    'MIME-Version: 1.0',
    'X-Unsent: 1',
  ];
  const text = part(['Content-Type: text/plain; charset=UTF-8', 'Content-Transfer-Encoding: base64'], utf8(input.body));
  if (!input.attachment) return `${[...headers, ...text.headers].join(CRLF)}${CRLF}${CRLF}${text.body}${CRLF}`;
  const a = input.attachment;
  const file = part(
    [
      // The name as RFC 2047 words for older readers; the disposition's RFC 2231 name is the standard one.
      `Content-Type: ${a.mimeType};${CRLF} name="${paramName(a.fileName)}"`,
      `Content-Disposition: attachment;${CRLF} filename*=UTF-8''${rfc2231(a.fileName)}`,
      'Content-Transfer-Encoding: base64',
    ],
    a.bytes,
  );
  return [
    ...headers,
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
    '',
    'This is a message in MIME format.',
    `--${boundary}`,
    ...text.headers,
    '',
    text.body,
    `--${boundary}`,
    ...file.headers,
    '',
    file.body,
    `--${boundary}--`,
    '',
  ].join(CRLF);
}

function part(headers: string[], bytes: Uint8Array): { headers: string[]; body: string } {
  // RFC 2045: base64 lines of at most 76 characters.
  return { headers, body: (toBase64(bytes).match(/.{1,76}/g) ?? ['']).join(CRLF) };
}

function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text.replace(/\r?\n/g, CRLF));
}

function oneLine(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters cannot be in a header.
  return text.replace(/[\u0000-\u001F\u007F]+/g, ' ').trim();
}

function mailbox(m: Mailbox): string {
  const name = oneLine(m.name);
  if (name === '') return `<${m.email}>`;
  if (/^[\x20-\x7E]*$/.test(name)) return `"${name.replace(/["\\]/g, '\\$&')}" <${m.email}>`;
  return `${encodedWords(name)} <${m.email}>`;
}

/** RFC 2047: non-ASCII text as `=?UTF-8?B?…?=` words of at most 75 characters, folded. */
export function encodedWords(text: string): string {
  if (/^[\x20-\x7E]*$/.test(text) && text.length <= 900) return text;
  const words: string[] = [];
  let chunk = '';
  for (const ch of text) {
    if (new TextEncoder().encode(chunk + ch).length > 45) {
      words.push(chunk);
      chunk = '';
    }
    chunk += ch;
  }
  if (chunk) words.push(chunk);
  return words.map((w) => `=?UTF-8?B?${toBase64(new TextEncoder().encode(w))}?=`).join(`${CRLF} `);
}

/** RFC 2231: a file name as UTF-8 percent-encoding. */
function rfc2231(name: string): string {
  return encodeURIComponent(oneLine(name)).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** A quoted parameter value: plain ASCII as it is, anything else as one line of RFC 2047 words. */
function paramName(name: string): string {
  const line = oneLine(name).replace(/["\\]/g, '') || 'attachment';
  return /^[\x20-\x7E]*$/.test(line) ? line : encodedWords(line).replace(/\r\n /g, ' ');
}

/** `2026-10-05T12:00:00.000Z` → `Mon, 05 Oct 2026 12:00:00 +0000`. */
export function rfc5322Date(iso: string): string {
  return new Date(iso).toUTCString().replace(/GMT$/, '+0000');
}
