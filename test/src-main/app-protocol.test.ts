import { resolve, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentTypeFor, createAppProtocolHandler, resolveAppAsset } from '../../src-main/app-protocol';

const root = resolve('/opt/Fieldbook/resources/app.asar/out/renderer');

describe('serving the renderer from app://fieldbook', () => {
  it('maps app URLs to files in the renderer folder', () => {
    expect(resolveAppAsset(root, 'app://fieldbook/')).toBe(join(root, 'index.html'));
    expect(resolveAppAsset(root, 'app://fieldbook/index.html#/accounts/a1')).toBe(join(root, 'index.html'));
    expect(resolveAppAsset(root, 'app://fieldbook/assets/index-abc.js?v=1')).toBe(join(root, 'assets', 'index-abc.js'));
    expect(resolveAppAsset(root, 'app://fieldbook/assets/Caf%C3%A9.svg')).toBe(join(root, 'assets', 'Café.svg'));
  });

  it('keeps dot segments inside the renderer folder (the URL parser resolves them first)', () => {
    expect(resolveAppAsset(root, 'app://fieldbook/../../../../etc/passwd')).toBe(join(root, 'etc', 'passwd'));
    expect(resolveAppAsset(root, 'app://fieldbook/%2e%2e/%2e%2e/main/index.js')).toBe(join(root, 'main', 'index.js'));
  });

  it.each([
    'app://fieldbook/assets/..%2F..%2Fmain%2Findex.js',
    'app://fieldbook/assets/..%5C..%5Cmain.js',
    'app://fieldbook/index.html%00.png',
    'app://fieldbook/%E0%A4%A',
    'app://other-host/index.html',
    'file:///etc/passwd',
    'https://fieldbook/index.html',
  ])('refuses %s', (url) => {
    expect(resolveAppAsset(root, url)).toBeNull();
  });

  it('names content types so scripts run and nothing is sniffed', () => {
    expect(contentTypeFor('a/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('a/x.js')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('a/x.bin')).toBe('application/octet-stream');
  });

  it('serves pages with the CSP header and refuses traversal with a 404', async () => {
    const read: string[] = [];
    const handler = createAppProtocolHandler({
      rendererRoot: root,
      readFile: async (path) => {
        read.push(path);
        return new TextEncoder().encode('<!doctype html>');
      },
      currentCsp: () => "default-src 'self'",
    });
    const page = await handler(new Request('app://fieldbook/index.html'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe("default-src 'self'");
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await page.text()).toBe('<!doctype html>');
    const attack = await handler(new Request('app://fieldbook/assets/..%2F..%2F..%2Fmain%2Findex.js'));
    expect(attack.status).toBe(404);
    expect(read).toEqual([join(root, 'index.html')]);
  });
});
