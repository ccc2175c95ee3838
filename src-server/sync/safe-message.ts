/**
 * Rejection messages can quote field names a hostile client chose. They are stored as jsonb
 * (which refuses NUL) and shown to the CSM, so control characters and broken UTF-16 go.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what this removes.
const CONTROL_CHARS = /[\u0000-\u001F\u007F]/g;

export function safeMessage(message: string, max = 1_000): string {
  return message
    .replace(CONTROL_CHARS, '?')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '?')
    .slice(0, max);
}
