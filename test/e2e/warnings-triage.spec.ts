import { expect, test } from '@playwright/test';
import { triagePriority, WARNING_KINDS, WARNING_SEVERITY, type WarningSeverity } from '../../src-core/warnings';
import { openDemoBook, screenshot } from './helpers';

/**
 * Issue 15: warnings grouped by account, ranked by monthly value at risk weighted by severity and
 * days to renewal (the renewal window is 90 days by default); one click snoozes an account's warnings.
 */
const MONDAY_MORNING = new Date('2026-11-23T08:35:00');
const cents = (text: string) => Math.round(Number(/\$([\d,.]+) a month/.exec(text)![1]!.replace(/,/g, '')) * 100);

/** The rank of a group from what its header shows: value, days to renewal, worst severity. */
function shownPriority(head: string, badge: string): number {
  const severity = badge.trim().toLowerCase() as WarningSeverity;
  const kind = WARNING_KINDS.find((k) => WARNING_SEVERITY[k] === severity)!;
  const days = /renews in (\d+) days/.exec(head);
  return triagePriority(
    { monthlyValueCents: cents(head), renewalInDays: days ? Number(days[1]) : null, kinds: [kind] },
    90,
  );
}

test('warnings triage: grouped by account, ranked by value at risk, severity and renewal, bulk snooze', async ({
  page,
}) => {
  await openDemoBook(page, MONDAY_MORNING);
  await page.goto('/#/warnings');
  const groups = page.locator('.warning-group');
  await expect(groups.first()).toBeVisible({ timeout: 30_000 });
  const heads = await groups.locator('.warning-group__head .muted').allInnerTexts();
  const badges = await groups.locator('.warning-group__head .badge').allInnerTexts();
  expect(badges).toHaveLength(heads.length);
  const ranks = heads.map((h, i) => shownPriority(h, badges[i]!));
  expect(ranks.length).toBeGreaterThan(1);
  expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
  // Both count: somewhere a smaller account ranks above a bigger one for its severity or its renewal.
  const values = heads.map(cents);
  expect(values.some((v, i) => i > 0 && v > values[i - 1]!)).toBe(true);
  await screenshot(page, 'warnings-triage-1440x900.png');
  await page.setViewportSize({ width: 1280, height: 800 });
  await screenshot(page, 'warnings-triage-1280x800.png');

  const top = groups.first();
  const name = (await top.locator('.warning-group__head .account-link').innerText()).trim();
  const count = await top.locator('li.warning').count();
  await top.getByRole('button', { name: `Snooze ${count} for a week` }).click();
  await expect(page.getByText('Warnings snoozed.')).toBeVisible();
  await expect(page.getByRole('region', { name: `Warnings: ${name}` })).toHaveCount(0);
  await page.getByRole('tab', { name: 'Snoozed' }).click();
  await expect(page.getByRole('region', { name: `Warnings: ${name}` }).locator('li.warning')).toHaveCount(count);
});
