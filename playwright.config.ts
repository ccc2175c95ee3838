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
  // Tests, not only spec files, run side by side: each test has its own browser context (its own
  // IndexedDB), and a spec's team server (beforeAll) is started once per worker that runs its tests,
  // on its own port and data folder. Per test, the long files (account writes, layout, import) no
  // longer hold one worker while the other waits at the end of the run.
  fullyParallel: true,
  // Two beat one even on 2 cores: a test spends much of its time waiting on the page.
  workers: 2,
  retries: 0,
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    baseURL: APP_URL,
    viewport: { width: 1440, height: 900 },
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS },
    trace: 'off',
    // Each test's fresh context would otherwise install the web build's service worker, which
    // fetches and stores every asset of the app (its precache) beside the test. The desktop app has
    // no service worker; the specs about the web build offline allow it (offline, trip-offline, sync).
    serviceWorkers: 'block',
  },
  webServer: {
    command: `npx vite preview --config vite.web.config.ts --port ${APP_PORT}`,
    url: APP_URL,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
