import { chromium, type Browser, type Page } from '@playwright/test';
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The browser platform in a real Chromium (Debian's, as the e2e tests use): picking a book
 * file through the hidden input and downloading a deck. Headless Chromium fires `cancel` on a
 * file input at once, so these also prove a pick survives it.
 */
/** The flags playwright.config.ts uses for Debian's Chromium. */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
];
const ENTRY = resolve(import.meta.dirname, '../../../src-renderer/platform/browser-platform.ts');
let browser: Browser;
let page: Page;

beforeAll(async () => {
  const bundle = await build({
    stdin: {
      contents: `import { createBrowserPlatform } from ${JSON.stringify(ENTRY)}; window.platform = createBrowserPlatform();`,
      resolveDir: import.meta.dirname,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    write: false,
    logLevel: 'silent',
  });
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  page = await browser.newPage({ acceptDownloads: true });
  await page.setContent('<!doctype html><body></body>');
  await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
});
afterAll(() => browser?.close());

type PlatformWindow = { platform: import('../../../src-renderer/platform/platform').Platform };
const BOOK = { name: 'book.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"fieldbook-book/1"}') };

describe('the browser platform in Chromium', () => {
  it('reads a book file set on the data-testid input after the picker opened', async () => {
    const picked = page.evaluate(() => (window as unknown as PlatformWindow).platform.pickBookFile());
    await page.locator('[data-testid="book-file-input"]').waitFor({ state: 'attached' });
    await page.setInputFiles('[data-testid="book-file-input"]', BOOK);
    expect(await picked).toEqual({ name: 'book.json', text: '{"format":"fieldbook-book/1"}' });
  });

  it('reads a book file chosen through the file chooser, and the same file twice', async () => {
    for (let i = 0; i < 2; i += 1) {
      const chooser = page.waitForEvent('filechooser');
      const picked = page.evaluate(() => (window as unknown as PlatformWindow).platform.pickBookFile());
      await (await chooser).setFiles(BOOK);
      expect(await picked).toEqual({ name: 'book.json', text: '{"format":"fieldbook-book/1"}' });
    }
    expect(await page.locator('[data-testid="book-file-input"]').count()).toBe(1);
  });

  it('downloads a deck under a safe name with its exact bytes', async () => {
    const download = page.waitForEvent('download');
    const result = await page.evaluate(() =>
      (window as unknown as PlatformWindow).platform.saveFile({
        suggestedName: '../Acme Dental: QBR',
        mimeType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
        bytes: new Uint8Array([80, 75, 3, 4]),
      }),
    );
    expect(result).toEqual({ saved: true, location: 'Acme Dental_ QBR.pptx' });
    const file = await download;
    expect(file.suggestedFilename()).toBe('Acme Dental_ QBR.pptx');
    expect([...(await readFile((await file.path())!))]).toEqual([80, 75, 3, 4]);
  });
});
