/**
 * URL decisions for links and the team server. Every decision starts from a real WHATWG
 * `new URL` parse, never from string prefixes: `https://example.com.evil.test` starts with
 * `https://example.com` but is another host, and `\\server\share` is not a URL at all.
 */
const WEB_SCHEMES = new Set(['http:', 'https:']);
const MAX_URL_LENGTH = 8192;

function parse(raw: unknown): URL | null {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > MAX_URL_LENGTH) return null;
  // UNC paths (\\server\share) and drive paths (C:\x) would open files on the network or disk.
  if (/^\s*[\\/]{2}/.test(raw) || /^\s*[a-zA-Z]:[\\/]/.test(raw)) return null;
  try {
    return new URL(raw);
  } catch {
    return null;
  }
}

/**
 * The href to hand to the operating system, or null when the link must not leave the app:
 * http(s) with a real host and no embedded credentials (`https://bank.com@evil.test`) go to the
 * system browser; `mailto:` (the monthly insight email) goes to the mail app and nowhere else.
 */
export function externalLinkTarget(raw: unknown): string | null {
  const url = parse(raw);
  if (url?.protocol === 'mailto:') return url.href;
  if (!url || !WEB_SCHEMES.has(url.protocol) || url.hostname === '') return null;
  if (url.username !== '' || url.password !== '') return null;
  return url.href;
}

/**
 * The origin of the team server a CSM configured (`https://sync.agency.com`), or null when the
 * value is not an http(s) server address. The origin is what CSP connect-src will allow.
 */
export function teamServerOrigin(raw: unknown): string | null {
  const url = parse(raw);
  if (!url || !WEB_SCHEMES.has(url.protocol) || url.hostname === '') return null;
  if (url.username !== '' || url.password !== '') return null;
  return url.origin;
}

/** True when `raw` points at exactly the configured team server's origin (scheme, host and port). */
export function isTeamServerUrl(raw: unknown, configuredOrigin: string | null): boolean {
  if (!configuredOrigin) return false;
  const url = parse(raw);
  return !!url && WEB_SCHEMES.has(url.protocol) && url.origin === configuredOrigin;
}

/**
 * `scheme://host[:port]` of any URL. WHATWG gives custom schemes such as `app:` the opaque
 * origin "null", while Chromium treats our registered standard scheme as a real origin, so
 * the origin is rebuilt from its parts.
 */
export function originOf(raw: unknown): string | null {
  const url = parse(raw);
  if (!url || url.host === '') return null;
  return `${url.protocol}//${url.host}`;
}

/** True when a navigation stays inside the app itself (the `app://` origin or the dev server). */
export function isInAppUrl(raw: unknown, appOrigins: readonly string[]): boolean {
  const origin = originOf(raw);
  return origin !== null && appOrigins.includes(origin);
}
