import { describe, expect, it } from 'vitest';
import { buildCsp } from '../../src-main/csp';

function directives(csp: string): Record<string, string> {
  return Object.fromEntries(
    csp.split(';').map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name!, values.join(' ')];
    }),
  );
}

describe('the Content-Security-Policy', () => {
  it('allows scripts only from the app and never eval', () => {
    const csp = buildCsp({ teamServerOrigin: null });
    const d = directives(csp);
    expect(d['default-src']).toBe("'self'");
    expect(d['script-src']).toBe("'self'");
    expect(csp).not.toContain('unsafe-eval');
    expect(d['script-src']).not.toContain('unsafe-inline');
    expect(d['object-src']).toBe("'none'");
    expect(d['frame-ancestors']).toBe("'none'");
    expect(d['frame-src']).toBe("'none'");
    expect(d['base-uri']).toBe("'none'");
    expect(d['form-action']).toBe("'none'");
    expect(d['img-src']).toBe("'self' data: blob:");
  });

  it('lets the app talk to itself only when no team server is configured', () => {
    expect(directives(buildCsp({ teamServerOrigin: null }))['connect-src']).toBe("'self'");
  });

  it('adds exactly the configured team server to connect-src', () => {
    const d = directives(buildCsp({ teamServerOrigin: 'https://sync.agency.example' }));
    expect(d['connect-src']).toBe("'self' https://sync.agency.example");
  });

  it('refuses to build a policy from something that is not an origin', () => {
    expect(() => buildCsp({ teamServerOrigin: "https://a.example; script-src 'unsafe-eval'" })).toThrow(
      /Not an origin/,
    );
    expect(() => buildCsp({ teamServerOrigin: '*' })).toThrow(/Not an origin/);
  });
});
