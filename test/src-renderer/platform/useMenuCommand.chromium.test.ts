import { chromium, type Browser, type Page } from '@playwright/test';
import { build } from 'esbuild';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * useMenuCommand in a real React tree in Chromium: a menu command reaches the screen that
 * listens for it, other commands do not, and unmounting stops listening.
 */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
];
const PLATFORM_DIR = resolve(import.meta.dirname, '../../../src-renderer/platform');

const APP = `
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { PlatformProvider } from ${JSON.stringify(`${PLATFORM_DIR}/PlatformProvider.tsx`)};
import { useMenuCommand } from ${JSON.stringify(`${PLATFORM_DIR}/useMenuCommand.ts`)};
import { createBrowserPlatform } from ${JSON.stringify(`${PLATFORM_DIR}/browser-platform.ts`)};

const listeners = new Set();
const platform = { ...createBrowserPlatform(), onMenuCommand(listener) { listeners.add(listener); return () => listeners.delete(listener); } };
const handled = [];
function Screen() {
  useMenuCommand('new-note', () => handled.push('new note opened'));
  return null;
}
const root = createRoot(document.getElementById('root'));
window.fieldbookTest = {
  mount: () => flushSync(() => root.render(createElement(PlatformProvider, { platform }, createElement(Screen)))),
  unmount: () => flushSync(() => root.render(null)),
  send: (command) => listeners.forEach((l) => l(command)),
  listeners: () => listeners.size,
  handled,
};
`;

let browser: Browser;
let page: Page;

beforeAll(async () => {
  const bundle = await build({
    stdin: { contents: APP, resolveDir: PLATFORM_DIR, loader: 'tsx' },
    bundle: true,
    format: 'iife',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    write: false,
    logLevel: 'silent',
  });
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  page = await browser.newPage();
  await page.setContent('<!doctype html><body><div id="root"></div></body>');
  await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
});
afterAll(() => browser?.close());

type TestHooks = {
  fieldbookTest: { mount(): void; unmount(): void; send(c: string): void; listeners(): number; handled: string[] };
};

describe('useMenuCommand', () => {
  it('runs the screen’s handler for its command only, and stops listening when the screen goes', async () => {
    const result = await page.evaluate(() => {
      const t = (window as unknown as TestHooks).fieldbookTest;
      t.mount();
      const whileMounted = t.listeners();
      t.send('sync-now');
      t.send('new-note');
      t.unmount();
      t.send('new-note');
      return { whileMounted, afterUnmount: t.listeners(), handled: [...t.handled] };
    });
    expect(result).toEqual({ whileMounted: 1, afterUnmount: 0, handled: ['new note opened'] });
  });
});
