/**
 * Rejection messages can quote field names a hostile client chose. They are stored as jsonb
 * (which refuses NUL) and shown to the CSM, so control characters and broken UTF-16 go.
 */
export function safeMessage(message: string, max = 1_000): string {
  return message
    .replace(/[\u0000-\u001F\u007F]/g, '?')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '?')
    .slice(0, max);
}
