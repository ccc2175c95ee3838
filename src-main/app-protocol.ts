import { extname, join, resolve } from 'node:path';
import { isInsideFolder } from './safe-path';

/**
 * The renderer is served from `app://fieldbook/`, not `file://`: a real origin for IndexedDB and
 * CSP, no access to the rest of the disk, and a CSP header on every page. Requests that try to
 * climb out of the renderer folder get a 404.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'fieldbook';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** The privileges `protocol.registerSchemesAsPrivileged` must grant before the app is ready. */
export const APP_SCHEME_PRIVILEGES = { standard: true, secure: true, supportFetchAPI: true, codeCache: true } as const;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

export function contentTypeFor(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/** The file under `rendererRoot` an app:// request names, or null when it must be refused. */
export function resolveAppAsset(rendererRoot: string, requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\') || pathname.split('/').includes('..')) return null;
  const relativePath = pathname === '/' || pathname === '' ? 'index.html' : pathname.replace(/^\/+/, '');
  const file = resolve(join(rendererRoot, relativePath));
  return isInsideFolder(rendererRoot, file) && file !== resolve(rendererRoot) ? file : null;
}

export interface AppProtocolOptions {
  rendererRoot: string;
  readFile(path: string): Promise<Uint8Array>;
  /** Read per request so a newly configured team server is allowed after a reload. */
  currentCsp(): string;
}

const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Referrer-Policy': 'no-referrer',
};

export function createAppProtocolHandler(options: AppProtocolOptions): (request: Request) => Promise<Response> {
  return async (request) => {
    const file = resolveAppAsset(options.rendererRoot, request.url);
    if (!file) return new Response('Not found', { status: 404 });
    try {
      const body = await options.readFile(file);
      const headers: Record<string, string> = { 'Content-Type': contentTypeFor(file), ...SECURITY_HEADERS };
      if (file.endsWith('.html')) headers['Content-Security-Policy'] = options.currentCsp();
      return new Response(body as unknown as ConstructorParameters<typeof Response>[0], { status: 200, headers });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  };
}
