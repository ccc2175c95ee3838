import { expect, test } from '@playwright/test';
import { openDemoBook, screenshot } from './helpers';

/**
 * Issue 15, "small things that cost trust": a book with no team server says "Local only" rather
 * than "N changes pending" that never clears; the Sync page is not titled "Couldn't sync" above
 * "nothing refused"; health weights that add up to 120% are refused with a clear message.
 */
test('a local book says Local only, its Sync page is not "Couldn’t sync", and 120% of weights is refused', async ({
  page,
}) => {
  await openDemoBook(page);
  const status = page.getByTestId('pending-count');
  await expect(status).toHaveText('Local only · every change saved on this laptop');
  await expect(page.getByText(/changes? pending/)).toHaveCount(0);

  await page.goto('/#/sync');
  await expect(page.getByRole('heading', { level: 1, name: 'Sync', exact: true })).toBeVisible();
  await expect(page.getByText(/This book is local only/)).toBeVisible();
  await expect(page.getByRole('heading', { name: /Couldn.t sync/ })).toHaveCount(0);

  await page.goto('/#/settings');
  const results = page.getByLabel('Weight: results');
  await expect(results).toHaveValue('30');
  await expect(page.getByText('Health weights add up to 100%.')).toBeVisible();
  // 50 + 30 + 20 + 20 = 120.
  await results.fill('50');
  await expect(page.getByText('Health weights add up to 120%; they must add up to 100%.')).toBeVisible();
  await page.getByRole('button', { name: 'Save targets and health' }).click();
  await expect(page.getByRole('alert')).toContainText('Health weights: add up to 120%; they must add up to 100%');
  await screenshot(page, 'settings-weights-120-1440x900.png');
  // Nothing was saved: the screen re-read from the store still shows 30.
  await page.reload();
  await expect(page.getByLabel('Weight: results')).toHaveValue('30');
});

test('playbooks are edited as steps — add, reorder, remove, offsets and triggers — checked before they are saved', async ({
  page,
}) => {
  await openDemoBook(page);
  await page.goto('/#/settings');
  await page.getByText('Playbooks', { exact: true }).click();
  const pick = page.getByLabel('Playbook to edit');
  await pick.selectOption({ label: 'Engagement drop → re-engage · 2 steps' });
  await expect(page.getByRole('textbox', { name: 'Step 1', exact: true })).toBeVisible();
  const firstTitle = await page.getByRole('textbox', { name: 'Step 1', exact: true }).inputValue();

  await page.getByRole('button', { name: 'Add step' }).click();
  await page.getByRole('textbox', { name: 'Step 3', exact: true }).fill('Send {account} a one-line win');
  await page.getByLabel('Step 3: days after start').fill('1');
  await page.getByRole('button', { name: 'Move step 3 up' }).click();
  await page.getByRole('button', { name: 'Move step 2 up' }).click();
  await page.getByRole('button', { name: 'Remove step 3' }).click();
  await page.getByRole('group', { name: 'Signals you record' }).getByLabel('Budget concern').check();
  for (const [width, height] of [
    [1280, 800],
    [1440, 900],
  ] as const) {
    await page.setViewportSize({ width, height });
    await screenshot(page.locator('.playbook-form'), `settings-playbook-form-${width}x${height}.png`);
  }

  // A step due before the playbook starts is refused, naming the playbook and the step.
  await page.getByLabel('Step 1: days after start').fill('-1');
  await page.getByRole('button', { name: 'Save playbooks' }).click();
  await expect(page.getByRole('alert')).toContainText(
    '“Engagement drop → re-engage” › step 1 › days after the start: cannot be before the playbook starts',
  );
  await page.getByLabel('Step 1: days after start').fill('0');
  await page.getByRole('button', { name: 'Save playbooks' }).click();
  // Saved once it says so: a reload before the write lands would read the playbooks as they were.
  await expect(page.getByRole('status').filter({ hasText: 'Playbooks saved.' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);

  await page.reload();
  await page.getByText('Playbooks', { exact: true }).click();
  await page.getByLabel('Playbook to edit').selectOption({ label: 'Engagement drop → re-engage · 2 steps' });
  await expect(page.getByRole('textbox', { name: 'Step 1', exact: true })).toHaveValue('Send {account} a one-line win');
  await expect(page.getByRole('textbox', { name: 'Step 2', exact: true })).toHaveValue(firstTitle);
  await expect(page.getByLabel('Step 1: days after start')).toHaveValue('0');
  await expect(page.getByRole('group', { name: 'Signals you record' }).getByLabel('Budget concern')).toBeChecked();
});
