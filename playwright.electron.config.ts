import { defineConfig } from '@playwright/test';

/**
 * The desktop smoke test: drives the built Electron app (out/) through Playwright's `_electron`.
 * Run: `npx electron-vite build && npx playwright test -c playwright.electron.config.ts`.
 * Where no Electron binary is installed (ELECTRON_SKIP_BINARY_DOWNLOAD), it is skipped and says so.
 */
export default defineConfig({
  testDir: 'test/electron',
  timeout: 120_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  outputDir: 'test-results/electron',
});
