import { defineConfig } from '@playwright/test';
import { APP_PORT, APP_URL } from './test/e2e/support/app-url';

/**
 * End-to-end tests drive the browser build in Debian's Chromium (no downloaded browsers here).
 * CHROMIUM_PATH overrides the executable on machines that keep it elsewhere.
 */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export default defineConfig({
  testDir: 'test/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  // Spec files run side by side: each test has its own browser context (its own IndexedDB) and
  // each team server its own port and data folder. Two beat one even on 2 cores: a spec spends
  // most of its time waiting on the page (4 specs: 190 s with one worker, 149 s with two).
  workers: 2,
  retries: 0,
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    baseURL: APP_URL,
    viewport: { width: 1440, height: 900 },
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS },
    trace: 'off',
  },
  webServer: {
    command: `npx vite preview --config vite.web.config.ts --port ${APP_PORT}`,
    url: APP_URL,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
