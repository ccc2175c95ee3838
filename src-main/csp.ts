/**
 * The Content-Security-Policy every app page is served with. Scripts only from the app itself,
 * no eval, no plugins, no framing; the network only to the app and the one team server the
 * CSM configured, so injected markup cannot send a book anywhere else. (`electron-vite dev`
 * serves the renderer itself, with React's inline refresh script, so dev runs without it.)
 */
export interface CspOptions {
  /** Origin of the configured team server (`https://sync.agency.com`), from `teamServerOrigin`. */
  teamServerOrigin: string | null;
}

const ORIGIN_RE = /^https?:\/\/[a-z0-9.[\]:-]+$/i;

function checkedOrigin(origin: string | null): string | null {
  if (!origin) return null;
  if (!ORIGIN_RE.test(origin)) throw new Error(`Not an origin for the Content-Security-Policy: ${origin}`);
  return origin;
}

export function buildCsp(options: CspOptions): string {
  const team = checkedOrigin(options.teamServerOrigin);
  const connect = team ? ["'self'", team] : ["'self'"];
  const directives: Array<[string, string[]]> = [
    ['default-src', ["'self'"]],
    ['script-src', ["'self'"]],
    // React and chart.js set element styles; style injection cannot run code, so inline styles
    // are tolerated while scripts stay strict.
    ['style-src', ["'self'", "'unsafe-inline'"]],
    ['img-src', ["'self'", 'data:', 'blob:']],
    ['font-src', ["'self'", 'data:']],
    ['connect-src', connect],
    ['worker-src', ["'self'", 'blob:']],
    ['media-src', ["'none'"]],
    ['object-src', ["'none'"]],
    ['frame-src', ["'none'"]],
    ['child-src', ["'none'"]],
    ['frame-ancestors', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['form-action', ["'none'"]],
  ];
  return directives.map(([name, values]) => `${name} ${values.join(' ')}`).join('; ');
}
