import { expect, test } from '@playwright/test';
import { openDemoBook, openTab, screenshot } from './helpers';

/**
 * Issue 15: Trip said "Ready to travel" while the browser build could not reload offline. Trip is
 * ready only once the app itself is saved for offline use (its service worker is active).
 */
const MONDAY_MORNING = new Date('2026-11-23T08:35:00');

test.describe('without a service worker', () => {
  test.use({ serviceWorkers: 'block' });

  test('Trip does not say "Ready to travel" when the app would not reload offline', async ({ page }) => {
    await openDemoBook(page, MONDAY_MORNING);
    await page.goto('/#/today');
    await openTab(page, 'Trip');
    const trip = page.getByRole('region', { name: 'Trip' });
    await expect(trip).toContainText('Not ready: this browser has not saved Fieldbook for offline use yet');
    await expect(trip.getByText(/Ready to travel/)).toHaveCount(0);
    await screenshot(page, 'trip-not-saved-offline-1440x900.png');
  });
});

test.describe('with the service worker', () => {
  test.use({ serviceWorkers: 'allow' });

  test('Trip drops the warning once the service worker has saved the app', async ({ page }) => {
    await openDemoBook(page, MONDAY_MORNING);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.goto('/#/today');
    await openTab(page, 'Trip');
    const trip = page.getByRole('region', { name: 'Trip' });
    await expect(trip.locator('.today-toolbar .badge')).toBeVisible();
    await expect(trip).not.toContainText('has not saved Fieldbook for offline use');
  });
});
