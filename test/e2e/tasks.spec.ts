import { expect, test } from '@playwright/test';
import { openDemoBook, openTab, screenshot } from './helpers';

/**
 * Issue 15, one task inbox: a playbook run on an account puts its tasks on Today and in #/tasks
 * (linked from the sidebar); marking one done there removes it; snoozing moves it to next week.
 */
const MONDAY_MORNING = new Date('2026-11-23T08:35:00');

test('a playbook task shows on Today and in Tasks; done removes it, snooze moves it', async ({ page }) => {
  await openDemoBook(page, MONDAY_MORNING);
  const name = (await page.locator('.account-link').first().innerText()).trim();
  await page.locator('.account-link').first().click();
  await openTab(page, 'Health');
  await page.getByRole('button', { name: 'Run playbook' }).first().click();
  const dialog = page.getByRole('dialog');
  const titles = (await dialog.locator('.playbook__tasks li .strong').allInnerTexts()).map((t) => t.trim());
  expect(titles.length).toBeGreaterThan(1);
  await dialog.getByRole('button', { name: /^Create \d+ tasks/ }).click();
  await expect(page.getByText(/Playbook started/)).toBeVisible();
  await dialog.getByRole('button', { name: 'Done' }).click();

  // Playbook steps are due within the week (the cancellation play's first one today).
  const first = titles[0]!;
  await page
    .getByRole('navigation', { name: 'Fieldbook' })
    .getByRole('link', { name: /^Tasks/ })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tasks' })).toBeVisible();
  const main = page.getByRole('main');
  const row = main.getByRole('listitem').filter({ hasText: first });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(name);
  await expect(row).toContainText('Playbook');
  await screenshot(page, 'tasks-1440x900.png');
  await page.setViewportSize({ width: 1280, height: 800 });
  await screenshot(page, 'tasks-1280x800.png');

  await page.goto('/#/today');
  const card = page.getByRole('region', { name: 'Tasks', exact: true });
  const onToday = card.getByRole('listitem').filter({ hasText: first });
  await expect(onToday).toHaveCount(1);
  await screenshot(page, 'today-tasks-1280x800.png');
  // The week plan lists the same open tasks (the inbox is their one owner).
  await openTab(page, 'Week plan');
  const planRow = page.getByRole('region', { name: 'Week plan' }).getByRole('row').filter({ hasText: first });
  await expect(planRow).toHaveCount(1);
  await expect(planRow).toContainText('Task');
  await expect(planRow).toContainText(name);
  await screenshot(page, 'week-plan-tasks-1280x800.png');
  await openTab(page, 'Today');
  // A click, not check(): the task leaves the list as it is marked done, and check() would wait for
  // the gone checkbox to read checked until the test times out.
  await onToday.getByRole('checkbox', { name: `Done: ${first}` }).click();
  await expect(card.getByRole('listitem').filter({ hasText: first })).toHaveCount(0);
  await openTab(page, 'Week plan');
  await expect(planRow).toHaveCount(0);
  await openTab(page, 'Today');
  await openTaskOnAccount(page, name, first, 'done');

  // Snooze the second to next week: it leaves this week's buckets and shows under "Later", due Monday.
  const second = titles[1]!;
  await page.goto('/#/tasks');
  await main.getByRole('listitem').filter({ hasText: second }).getByRole('button', { name: 'Next week' }).click();
  for (const bucket of ['Overdue', 'Due today', 'This week'])
    await expect(
      page.getByRole('region', { name: bucket }).getByRole('listitem').filter({ hasText: second }),
    ).toHaveCount(0);
  await page.getByText(/^Later or no due date/).click();
  await expect(
    page.getByRole('region', { name: 'Later' }).getByRole('listitem').filter({ hasText: second }),
  ).toContainText('Nov 30, 2026');
});

/** The task on the account's Tasks tab has that state: the inbox wrote the account's own row. */
async function openTaskOnAccount(page: import('@playwright/test').Page, name: string, title: string, state: 'done') {
  await page.goto('/#/book');
  await page.getByRole('link', { name, exact: true }).click();
  await openTab(page, 'Tasks');
  const task = page.locator('.task').filter({ hasText: title }).getByRole('checkbox').first();
  await expect(task).toBeChecked({ checked: state === 'done' });
}
