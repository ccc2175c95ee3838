import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);

/**
 * The Electron executable, or null when `npm install` skipped its download (as on the build
 * machine). Found the way the electron package does, but without `require('electron')`, which
 * would try to download the binary when it is missing.
 */
function electronBinary(): string | null {
  const packageDir = dirname(require.resolve('electron/package.json'));
  const pathFile = join(packageDir, 'path.txt');
  const executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const full = override
    ? join(override, executable ?? 'electron')
    : executable
      ? join(packageDir, 'dist', executable)
      : null;
  return full && existsSync(full) ? full : null;
}

const SKIP_REASON =
  'SKIPPED: no Electron binary exists on this machine (it was installed with ELECTRON_SKIP_BINARY_DOWNLOAD). ' +
  'Run `npm install` where Electron can be downloaded, then `npx electron-vite build && npx playwright test -c playwright.electron.config.ts`.';

test('the desktop app launches, opens the demo book, generates a QBR deck for an account and for the book, and quits', async () => {
  const binary = electronBinary();
  // Printed as well as annotated: the list reporter shows output, not skip annotations.
  if (binary === null) console.warn(SKIP_REASON);
  test.skip(binary === null, SKIP_REASON);
  expect(existsSync(join(ROOT, 'out/main/index.js')), 'build the app first: npx electron-vite build').toBe(true);

  // A fresh profile: Fieldbook pins userData under the OS's appData folder, which these move.
  const profile = await mkdtemp(join(tmpdir(), 'fieldbook-electron-'));
  const deckPath = join(profile, 'Smoke QBR.pptx');
  let app: ElectronApplication | null = null;
  try {
    app = await electron.launch({
      executablePath: binary!,
      args: [ROOT],
      env: { ...process.env, XDG_CONFIG_HOME: profile, HOME: profile, APPDATA: profile },
    });
    const page = await app.firstWindow();
    await expect(page).toHaveURL(/^app:\/\/fieldbook\//);
    expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');

    await page.getByRole('button', { name: /Open the demo book/ }).click();
    // Today is the home screen; the Book is one click away in the sidebar.
    await expect(page.getByRole('heading', { level: 1, name: 'Today', exact: true })).toBeVisible({ timeout: 60_000 });
    await page.getByRole('navigation', { name: 'Fieldbook' }).getByRole('link', { name: 'Book' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Book', exact: true })).toBeVisible();

    // The save and folder dialogs are native; answer them from the main process with paths in the test profile.
    const deckFolder = join(profile, 'Decks');
    await mkdir(deckFolder);
    await app.evaluate(
      ({ dialog }, paths) => {
        dialog.showSaveDialog = (async () => ({
          canceled: false,
          filePath: paths.deckPath,
        })) as typeof dialog.showSaveDialog;
        dialog.showOpenDialog = (async () => ({
          canceled: false,
          filePaths: [paths.deckFolder],
        })) as typeof dialog.showOpenDialog;
      },
      { deckPath, deckFolder },
    );

    // One account: the header action opens its Decks tab; the outline is reviewed, then saved where the dialog says.
    await page.locator('a.account-link').first().click();
    await page.getByRole('button', { name: 'Generate QBR / value report' }).click();
    await expect(page.getByRole('list', { name: 'Deck outline' })).toBeVisible({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Generate QBR', exact: true }).click();
    await expect.poll(() => existsSync(deckPath), { timeout: 60_000 }).toBe(true);
    const bytes = await readFile(deckPath);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    await expect(
      page.getByRole('list', { name: 'Deck history' }).getByRole('button', { name: 'Reveal in folder' }),
    ).toBeVisible();

    // The whole book: the first save asks for a folder once; every deck lands in it as "Name — QBR period.pptx".
    await page.evaluate(() => {
      location.hash = '#/decks';
    });
    await page.getByLabel('Due within').selectOption('90');
    await page.getByRole('button', { name: /^Generate \d+ QBRs?$/ }).click();
    await expect(page.getByRole('region', { name: 'Deck generation' }).getByRole('status')).toContainText('saved', {
      timeout: 120_000,
    });
    const saved = (await readdir(deckFolder)).filter((name) => / — QBR \d{4}-Q[1-4]\.pptx$/.test(name));
    expect(saved.length).toBeGreaterThan(0);

    await app.close();
    app = null;
  } finally {
    await app?.close();
    await rm(profile, { recursive: true, force: true });
  }
});
