import { expect, test } from '@playwright/test';
import { openDemoBook, SCREENS_DIR } from './helpers';

/** Issue 15: warnings grouped by account, most monthly value first; one click snoozes an account's warnings. */
const MONDAY_MORNING = new Date('2026-11-23T08:35:00');
const cents = (text: string) => Math.round(Number(/\$([\d,.]+) a month/.exec(text)![1]!.replace(/,/g, '')) * 100);

test('warnings triage: grouped by account, ranked by MRR, bulk snooze', async ({ page }) => {
  await openDemoBook(page, MONDAY_MORNING);
  await page.goto('/#/warnings');
  const groups = page.locator('.warning-group');
  await expect(groups.first()).toBeVisible({ timeout: 30_000 });
  const heads = await groups.locator('.warning-group__head .muted').allInnerTexts();
  const values = heads.map(cents);
  expect(values.length).toBeGreaterThan(1);
  expect(values).toEqual([...values].sort((a, b) => b - a));
  await page.screenshot({ path: `${SCREENS_DIR}/warnings-triage-1440x900.png` });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.screenshot({ path: `${SCREENS_DIR}/warnings-triage-1280x800.png` });

  const top = groups.first();
  const name = (await top.locator('.warning-group__head .account-link').innerText()).trim();
  const count = await top.locator('li.warning').count();
  await top.getByRole('button', { name: `Snooze ${count} for a week` }).click();
  await expect(page.getByText('Warnings snoozed.')).toBeVisible();
  await expect(page.getByRole('region', { name: `Warnings: ${name}` })).toHaveCount(0);
  await page.getByRole('tab', { name: 'Snoozed' }).click();
  await expect(page.getByRole('region', { name: `Warnings: ${name}` }).locator('li.warning')).toHaveCount(count);
});
