import { expect, test, type Page } from '@playwright/test';
import { openAccountBySearch, openDemoBook, openTab, screenshot } from './helpers';

/**
 * Issue 10: the CSM's time zone and workday are settings. A laptop in Chicago follows its own zone
 * until the CSM picks another; picking Los Angeles and a workday ending at 18:00 moves Today's end
 * of day and the zone it names. Screens changed by the issue are photographed at both sizes.
 */
test.use({ timezoneId: 'America/Chicago' });
const TUESDAY_MORNING = new Date('2026-11-24T14:40:00Z');

async function shot(page: Page, name: string) {
  await screenshot(page, `${name}-1440x900.png`);
  await page.setViewportSize({ width: 1280, height: 800 });
  await screenshot(page, `${name}-1280x800.png`);
  await page.setViewportSize({ width: 1440, height: 900 });
}

/** "1:30 PM" → 810. */
function minutesOf(clock: string): number {
  const m = /^(\d{1,2}):(\d{2})\s*(AM|PM)$/.exec(clock.trim());
  expect(m, clock).not.toBeNull();
  return ((Number(m![1]) % 12) + (m![3] === 'PM' ? 12 : 0)) * 60 + Number(m![2]);
}

test('the time zone and workday are settings that Today follows', async ({ page }) => {
  await openDemoBook(page, TUESDAY_MORNING);
  const nav = page.getByRole('navigation', { name: 'Fieldbook' });

  await nav.getByRole('link', { name: 'Today' }).click();
  await expect(page.getByText(/your day 08:30–17:30 \(America\/Chicago\)/)).toBeVisible();
  const firstMeeting = page.getByRole('region', { name: 'Today’s meetings' }).locator('.today-meeting').first();
  const meetingAt = async () => ({
    account: await firstMeeting.locator('.account-link').innerText(),
    time: await firstMeeting.locator('.today-meeting__time').innerText(),
  });
  const inChicago = await meetingAt();

  await nav.getByRole('link', { name: 'Settings' }).click();
  const zone = page.getByRole('combobox', { name: 'Your time zone' });
  await expect(zone).toHaveValue('');
  await expect(zone.locator('option:checked')).toHaveText('This computer’s (America/Chicago)');
  await zone.selectOption('America/Los_Angeles');
  await page.getByLabel('Workday ends (end of day)').fill('18:00');
  await page.getByLabel('Holidays (YYYY-MM-DD, one per line)').fill('2026-11-26\n2026-11-27');
  await shot(page, 'settings-time-zone');
  await page.getByRole('button', { name: 'Save targets and health' }).click();

  await nav.getByRole('link', { name: 'Today' }).click();
  await expect(page.getByText(/your day 08:30–18:00 \(America\/Los_Angeles\)/)).toBeVisible();
  await expect(page.getByRole('heading', { name: /End of day \(18:00\)/ })).toBeVisible();
  // Meeting times are on the CSM's clock (Settings), not the laptop's: two hours earlier in Los Angeles.
  const inLosAngeles = await meetingAt();
  expect(inLosAngeles.account).toBe(inChicago.account);
  expect(minutesOf(inLosAngeles.time)).toBe(minutesOf(inChicago.time) - 120);
  await shot(page, 'today-los-angeles');

  // Screens whose figures changed with the issue: the Goals tab (status by the one rule), decks due, scorecard.
  await nav.getByRole('link', { name: 'Book' }).click();
  await openAccountBySearch(page, 'Spokane', 'Spokane Comfort Systems');
  await openTab(page, 'Goals');
  await shot(page, 'goals-tab');
  await nav.getByRole('link', { name: 'Decks' }).click();
  await expect(page.getByRole('columnheader', { name: 'Last held or sent' })).toBeVisible();
  await shot(page, 'decks-due');
  await nav.getByRole('link', { name: 'Scorecard' }).click();
  await expect(page.getByRole('heading', { name: 'Scorecard', level: 1 })).toBeVisible();
  await shot(page, 'scorecard');
});
