import { expect, test, type Locator, type Page } from '@playwright/test';
import { openDemoBook, screenshot } from './helpers';

/**
 * Issue 15: every comp-plan figure opens the rows behind it. For each pay figure the rows add up to
 * the figure shown (a total row says so too), and each commission reads base × rate = commission;
 * each President's Club tick lists as many accounts as it says are in the way.
 */
const MORNING = new Date('2026-11-24T09:30:00');
/** "$88,000" or "-$1,234.50" → cents. */
const cents = (money: string) => Math.round(Number(money.replace(/[^\d.-]/g, '')) * 100);
const numbers = (cells: Locator, key: string) =>
  cells.evaluateAll((els, k) => els.map((c) => Number((c as HTMLElement).dataset[k])), key);

async function openCompPlan(page: Page): Promise<Locator> {
  await page.getByRole('navigation', { name: 'Fieldbook' }).getByRole('link', { name: 'Scorecard' }).click();
  await expect(page.getByRole('heading', { name: /Revenue lost in Q4 2026/ })).toBeVisible({ timeout: 30_000 });
  await page.getByLabel(/Show my comp-plan estimate/).click();
  const comp = page.getByRole('region', { name: /Comp plan estimate/ });
  await comp.scrollIntoViewIfNeeded();
  return comp;
}

/** Opens a comp figure's rows; returns the dialog and the figure as the plan shows it. */
async function openFigure(page: Page, comp: Locator, label: string): Promise<{ dialog: Locator; shown: string }> {
  const button = comp.getByRole('button', { name: new RegExp(`^${label} .*: the accounts behind it$`) });
  const name = (await button.getAttribute('aria-label'))!;
  await button.click();
  const dialog = page.getByRole('dialog', { name: `${label} · the accounts behind it` });
  await expect(dialog).toBeVisible();
  return { dialog, shown: name.slice(label.length + 1, name.indexOf(': the accounts')) };
}

async function close(page: Page, dialog: Locator): Promise<void> {
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
}

test('every comp-plan figure opens rows that add up to it, with the arithmetic', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  await openDemoBook(page, MORNING);
  const comp = await openCompPlan(page);
  await screenshot(page, `comp-plan-1280x800.png`);

  const sums = [
    'New business commission',
    'Retained business commission',
    'Reduced-churn bonus',
    'Revenue-loss allowance',
    'Revenue lost',
    'Processes spiff',
    'Closed as lead source this year',
  ];
  for (const label of sums) {
    const { dialog, shown } = await openFigure(page, comp, label);
    const values = await numbers(dialog.locator('tbody td[data-value]'), 'value');
    expect(
      values.reduce((a, b) => a + b, 0),
      `${label}: rows add up to ${shown}`,
    ).toBe(cents(shown));
    if (values.length > 0) {
      await expect(dialog.locator('tfoot td[data-total]'), `${label}: the total row`).toHaveAttribute(
        'data-total',
        String(cents(shown)),
      );
    }
    await screenshot(page, `comp-drill-${label.replace(/\W+/g, '-')}-1280x800.png`);
    await close(page, dialog);
  }

  // The commissions: each row is base × rate, rounded to the cent.
  const { dialog: retained } = await openFigure(page, comp, 'Retained business commission');
  const bases = await numbers(retained.locator('tbody td[data-base]'), 'base');
  const rates = await numbers(retained.locator('tbody td[data-rate]'), 'rate');
  const commissions = await numbers(retained.locator('tbody td[data-value]'), 'value');
  expect(commissions.length, 'renewals signed in Q4 of the demo book').toBeGreaterThan(0);
  expect(commissions).toEqual(bases.map((b, i) => Math.round(b * rates[i]!)));
  await close(page, retained);

  // The reduced-churn bonus says how it is worked out: rate × (allowance − lost).
  const { dialog: bonus } = await openFigure(page, comp, 'Reduced-churn bonus');
  await expect(bonus.getByTestId('drill-note')).toContainText(/allowance − .* lost = /);
  await close(page, bonus);

  // President's Club ticks: the accounts in the way are as many as the tick says.
  for (const label of ['Clients lost this year', 'Clients below 100% ROI']) {
    const button = comp.getByRole('button', { name: new RegExp(`^${label} `) });
    if ((await button.count()) === 0) continue; // the tick is met: nobody is in the way
    const said = Number((await button.getAttribute('aria-label'))!.match(/ (\d+) /)![1]);
    const { dialog } = await openFigure(page, comp, label);
    await expect(dialog.getByRole('link')).toHaveCount(said);
    await page.setViewportSize({ width: 1440, height: 900 });
    await screenshot(page, `comp-drill-${label.replace(/\W+/g, '-')}-1440x900.png`);
    await close(page, dialog);
  }
});
