import { expect, test } from '@playwright/test';
import { openDemoBook, screenshot } from './helpers';

/**
 * Issue 15, "calls are meetings": a call booked for tomorrow is on Today's tomorrow list and is
 * the meeting prep opens on; "Log meeting" asks which meeting it records and records that one.
 */
const MONDAY_MORNING = new Date('2026-11-23T08:35:00');
const CALL = 'Pilot check-in call';

test('a call booked for tomorrow is a meeting: Today, Prep and Log meeting use it', async ({ page }) => {
  await openDemoBook(page, MONDAY_MORNING);
  // An account with nothing else on the calendar before tomorrow morning.
  await page.goto('/#/today');
  const todays = page.getByRole('region', { name: 'Today’s meetings' });
  await expect(todays).toBeVisible();
  const busy = new Set(await todays.locator('.today-meeting .account-link').allInnerTexts());
  await page.goto('/#/book');
  const names = await page.locator('.account-link').allInnerTexts();
  const name = names.find((n) => !busy.has(n))!;
  await page.getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  const accountUrl = page.url();

  await page.getByRole('button', { name: 'Log activity' }).click();
  const booking = page.getByRole('dialog');
  await booking.getByLabel('Kind').selectOption('call');
  await booking.getByLabel('Status').selectOption('scheduled');
  await booking.getByLabel('When').fill('2026-11-24T07:30');
  await booking.getByLabel('Subject').fill(CALL);
  await booking.getByRole('button', { name: 'Log activity' }).click();
  await expect(booking).toBeHidden();

  await page.goto('/#/today');
  const tomorrow = page.getByRole('region', { name: 'Tomorrow’s meetings' });
  await expect(tomorrow.locator('.today-meeting').filter({ hasText: name })).toContainText(`Call · ${CALL}`);
  await screenshot(page, 'today-tomorrow-call-1440x900.png');

  await page.goto(`${accountUrl}/prep`);
  await expect(page.getByRole('heading', { name: `Prep: ${name}` })).toBeVisible();
  await expect(page.locator('.page-header__sub').first()).toContainText(`Call “${CALL}”`);

  // Tomorrow's call is 23 hours away: the dialog does not assume it; the CSM picks it.
  await page.getByRole('button', { name: 'Log meeting' }).click();
  const log = page.getByRole('dialog', { name: /Log meeting/ });
  const which = log.getByLabel('Which meeting');
  await expect(which.locator('option:checked')).toHaveText('A meeting not on the calendar');
  await which.selectOption({ label: (await which.locator('option', { hasText: CALL }).innerText()).trim() });
  await expect(log.getByLabel('Held on')).toHaveValue('2026-11-23');
  await log.getByLabel('Outcome').fill('Moved the pilot start up a week');
  await screenshot(page, 'log-meeting-choice-1440x900.png');
  await log.getByRole('button', { name: 'Log meeting' }).click();
  await expect(page.getByText(/Meeting logged/)).toBeVisible();

  await page.goto(accountUrl);
  await page.getByRole('tab', { name: /^Timeline/ }).click();
  const entry = page
    .getByRole('list', { name: 'Timeline, newest first' })
    .getByRole('listitem')
    .filter({ hasText: CALL });
  await expect(entry).toHaveCount(1);
  await expect(entry).toContainText('kept');
  await expect(entry).toContainText('Moved the pilot start up a week');
  await page.goto('/#/today');
  await expect(page.getByRole('region', { name: 'Tomorrow’s meetings' })).not.toContainText(CALL);
});
