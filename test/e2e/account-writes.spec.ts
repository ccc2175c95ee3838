import { expect, test } from '@playwright/test';
import { HVAC_STORY_ACCOUNT_NAME } from '../../src-core/demo';
import { openAccountBySearch, openDemoBook, openTab, screenshot } from './helpers';

test.describe('the demo book, offline writes and deep links', () => {
  test('find an account, add a note, reload: the note is still there', async ({ page }) => {
    await openDemoBook(page);
    await expect(page.locator('.totals')).toContainText('40accounts');
    await screenshot(page, 'book.png');

    const accountId = await openAccountBySearch(page, 'ridgeline', HVAC_STORY_ACCOUNT_NAME);
    await screenshot(page, 'account-overview.png');
    await openTab(page, 'KPIs');
    await expect(page.getByRole('img', { name: /Leads, All channels, weekly, with target/ })).toBeVisible();
    await screenshot(page, 'account-kpis.png');

    await openTab(page, 'Notes');
    const body = 'Owner wants the spring tune-up campaign moved to March; call Dana before the QBR.';
    await page.getByLabel('New note').fill(body);
    await page.getByRole('button', { name: 'Save note' }).click();
    await expect(page.getByRole('list', { name: 'Notes' }).getByText(body)).toBeVisible();
    await expect(page.getByTestId('pending-count')).toHaveAttribute('data-pending', '1');

    await page.reload();
    await expect(page).toHaveURL(new RegExp(`#/accounts/${accountId}$`));
    await expect(page.getByRole('heading', { level: 1, name: HVAC_STORY_ACCOUNT_NAME })).toBeVisible();
    await openTab(page, 'Notes');
    const note = page.getByRole('list', { name: 'Notes' }).getByRole('listitem').filter({ hasText: body });
    await expect(note).toHaveCount(1);
    await expect(note).toContainText('Demo CSM');
    await expect(page.getByTestId('pending-count')).toHaveAttribute('data-pending', '1');
  });

  test('a task marked for the client is said to the client; the CSM’s own stays with the CSM', async ({ page }) => {
    await openDemoBook(page);
    const accountId = await openAccountBySearch(page, 'ridgeline', HVAC_STORY_ACCOUNT_NAME);
    const addTask = async (title: string, forClient: boolean) => {
      await page.getByRole('button', { name: 'Add task' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Task').fill(title);
      await dialog.getByLabel('Due').fill('2030-01-15');
      if (forClient) await dialog.getByRole('checkbox', { name: 'For the client' }).check();
      await dialog.getByRole('button', { name: 'Add task' }).click();
      await expect(dialog).toBeHidden();
    };
    await addTask('Launch the spring tune-up landing page', true);
    await addTask('Print the QBR handouts', false);
    await openTab(page, 'Tasks');
    const tasks = page.getByRole('list', { name: 'Tasks' });
    await expect(
      tasks.getByRole('checkbox', { name: 'For the client: Launch the spring tune-up landing page' }),
    ).toBeChecked();
    const handouts = tasks.getByRole('checkbox', { name: 'For the client: Print the QBR handouts' });
    await expect(handouts).not.toBeChecked();
    await page.setViewportSize({ width: 1280, height: 800 });
    await screenshot(page, 'account-tasks-1280x800.png');
    await page.setViewportSize({ width: 1440, height: 900 });
    await screenshot(page, 'account-tasks-1440x900.png');

    await page.goto(`/#/accounts/${accountId}/prep`);
    const say = page.getByRole('region', { name: 'Say to the client' });
    await expect(say).toContainText('Launch the spring tune-up landing page');
    await expect(say).not.toContainText('Print the QBR handouts');
    await expect(page.getByRole('region', { name: 'For you, not the client' })).toContainText('Print the QBR handouts');
    await expect(page.getByLabel(/^Agenda for the client/)).not.toHaveValue(/Print the QBR handouts/);
    await page.getByRole('region', { name: 'Say to the client' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'prep-say-1440x900.png');
    await page.setViewportSize({ width: 1280, height: 800 });
    await screenshot(page, 'prep-say-1280x800.png');
  });

  test('edit and delete a note', async ({ page }) => {
    await openDemoBook(page);
    await openAccountBySearch(page, 'ridgeline', HVAC_STORY_ACCOUNT_NAME);
    await openTab(page, 'Notes');
    const notes = page.getByRole('list', { name: 'Notes' });
    const before = await notes.getByRole('listitem').count();
    await page.getByLabel('New note').fill('First draft of the renewal angle');
    await page.getByRole('button', { name: 'Save note' }).click();
    const mine = notes.getByRole('listitem').filter({ hasText: 'renewal angle' });
    await expect(mine).toHaveCount(1);
    await mine.getByRole('button', { name: 'Edit' }).click();
    await mine.getByLabel('Edit note').fill('Second draft of the renewal angle');
    await mine.getByRole('button', { name: 'Save' }).click();
    await expect(mine).toContainText('Second draft of the renewal angle');
    await expect(notes.getByText('First draft of the renewal angle')).toHaveCount(0);
    await mine.getByRole('button', { name: 'Delete' }).click();
    await mine.getByRole('button', { name: 'Delete' }).click();
    await expect(mine).toHaveCount(0);
    await expect(notes.getByRole('listitem')).toHaveCount(before);
    await expect(page.getByTestId('pending-count')).toHaveAttribute('data-pending', '3');
  });

  test('log an activity and see it on the timeline', async ({ page }) => {
    await openDemoBook(page);
    await openAccountBySearch(page, 'ridgeline', HVAC_STORY_ACCOUNT_NAME);
    await page.getByRole('button', { name: 'Log activity' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Kind').selectOption('meeting');
    await dialog.getByLabel('Status').selectOption('completed');
    await dialog.getByLabel('Duration (minutes)').fill('45');
    await dialog.getByLabel('Subject').fill('Renewal planning meeting');
    await dialog.getByLabel('Outcome').fill('Agreed to add PPC for the summer peak.');
    await dialog.getByRole('button', { name: 'Log activity' }).click();
    await expect(dialog).toBeHidden();

    await expect(page.getByRole('tab', { name: /^Timeline/ })).toHaveAttribute('aria-selected', 'true');
    const entry = page
      .getByRole('list', { name: 'Timeline, newest first' })
      .getByRole('listitem')
      .filter({ hasText: 'Renewal planning meeting' });
    await expect(entry).toContainText('Meeting');
    await expect(entry).toContainText('kept');
    await expect(entry).toContainText('45 min · Agreed to add PPC for the summer peak.');
    await screenshot(page, 'account-timeline.png');

    // The Book's "last contact" is a counter the store keeps: a kept meeting today resets it.
    await page.getByRole('link', { name: 'Book', exact: true }).first().click();
    await page.getByRole('searchbox', { name: 'Search accounts' }).fill('ridgeline');
    await expect(page.getByRole('row').filter({ hasText: HVAC_STORY_ACCOUNT_NAME })).toContainText('Today');
  });

  test('add a task and complete it; edit a contact’s personal details', async ({ page }) => {
    await openDemoBook(page);
    await openAccountBySearch(page, 'ridgeline', HVAC_STORY_ACCOUNT_NAME);
    await expect(page.locator('.account-header .health-badge')).toHaveText(/^(Green|Yellow|Red) · \d+/);

    await page.getByRole('button', { name: 'Add task' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Task').fill('Send the renewal proposal');
    await dialog.getByLabel('Due').fill('2030-01-15');
    await dialog.getByRole('button', { name: 'Add task' }).click();
    await expect(dialog).toBeHidden();
    const task = page
      .getByRole('list', { name: 'Tasks' })
      .getByRole('listitem')
      .filter({ hasText: 'Send the renewal proposal' });
    await expect(task).toContainText('Jan 15, 2030');
    await task.getByRole('checkbox', { name: /^Send the renewal proposal/ }).check();
    await expect(task).toHaveClass(/task--done/);
    await expect(task.getByRole('checkbox', { name: /^For the client/ })).not.toBeChecked();

    await openTab(page, 'Overview');
    const card = page.getByRole('article', { name: 'Tanya Reyes' });
    await card.getByRole('button', { name: 'Edit Tanya Reyes' }).click();
    const form = page.getByRole('form', { name: 'Edit Tanya Reyes' });
    await form.getByLabel('Birthday (MM-DD)').fill('04-23');
    await form.getByLabel('Family').fill('Married to Luis; twin girls, 8');
    await form.getByRole('button', { name: 'Save contact' }).click();
    await expect(card).toContainText('April 23');
    await expect(card).toContainText('Married to Luis; twin girls, 8');
    await expect(page.getByTestId('pending-count')).toHaveAttribute('data-pending', '3');

    await page.reload();
    await expect(page.getByRole('article', { name: 'Tanya Reyes' })).toContainText('April 23');
  });

  test('a deep link to an account works on a fresh load', async ({ page }) => {
    await openDemoBook(page);
    const accountId = await openAccountBySearch(page, 'ridgeline', HVAC_STORY_ACCOUNT_NAME);
    await page.goto('/#/settings');
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
    await page.goto(`/#/accounts/${accountId}`);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: HVAC_STORY_ACCOUNT_NAME })).toBeVisible();
    await page.goto('/#/accounts/no-such-account');
    await expect(page.getByRole('heading', { name: 'This account is not in your book' })).toBeVisible();
  });

  test('keyboard: / focuses the search, arrows move through the Book, Enter opens', async ({ page }) => {
    await openDemoBook(page);
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.keyboard.press('/');
    const search = page.getByRole('searchbox', { name: 'Search accounts' });
    await expect(search).toBeFocused();
    await search.fill('ridgeline');
    const first = page.getByRole('link', { name: HVAC_STORY_ACCOUNT_NAME, exact: true });
    await first.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: HVAC_STORY_ACCOUNT_NAME })).toBeVisible();

    await page.getByRole('link', { name: 'Book', exact: true }).first().click();
    await page.getByRole('button', { name: 'Clear filters' }).click();
    const links = page.getByRole('table', { name: 'Accounts in your book' }).getByRole('link');
    await links.first().focus();
    await page.keyboard.press('ArrowDown');
    await expect(links.nth(1)).toBeFocused();
    await page.keyboard.press('End');
    await expect(page.locator('[data-index="39"] a')).toBeFocused();
  });
});
