import { execFileSync } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { HVAC_STORY_ACCOUNT_NAME } from '../../src-core/demo';
import { openAccountBySearch, openDemoBook, SCREENS_DIR, screenshot } from './helpers';

/**
 * Issue 15, "prep that tells the story" (seeds/001): the HVAC account's traffic is up while its
 * leads are flat and its renewal is 90 days out without a plan. Prep leads with the renewal and
 * the playbook that fits, and its funnel shows organic traffic — the metric that moved — though
 * leads are the health metric.
 */
const MONDAY_MORNING = new Date('2026-11-23T08:35:00');

test('prep for the HVAC account tells its story: renewal and playbook on top, the funnel against baseline', async ({
  page,
}) => {
  await openDemoBook(page, MONDAY_MORNING);
  await openAccountBySearch(page, 'ridgeline', HVAC_STORY_ACCOUNT_NAME);
  await page.goto(`${page.url()}/prep`);
  await expect(page.getByRole('heading', { name: `Prep: ${HVAC_STORY_ACCOUNT_NAME}` })).toBeVisible();

  const focus = page.getByRole('region', { name: 'Before you go in' });
  await expect(focus).toContainText(/Renewal in 90 days .*: no renewal plan/);
  await expect(focus.getByRole('list', { name: 'Playbooks that fit' }).getByRole('listitem').first()).toContainText(
    'Playbook that fits:',
  );
  // At the top: above the timer and the six sections.
  const focusTop = (await focus.boundingBox())!.y;
  expect(focusTop).toBeLessThan((await page.locator('.prep-timer').boundingBox())!.y);

  const funnel = page.getByRole('table', { name: 'Funnel against baseline and target' });
  const stages = await funnel.locator('tbody tr td:first-child').allInnerTexts();
  expect(stages.slice(0, 2)).toEqual(['Organic traffic', 'Leads']);
  // The story names the result that moved most (for SEO work, often the rankings) and every funnel stage.
  const story = await page.locator('.prep-funnel__story').innerText();
  const change = (label: string) => {
    const m = new RegExp(`${label},? (up|down) (\\d+)%`, 'i').exec(story);
    expect(m, `${label} in "${story}"`).not.toBeNull();
    return (m![1] === 'up' ? 1 : -1) * Number(m![2]);
  };
  expect(story).toMatch(/^Moved most since the work began: /);
  expect(change('organic traffic')).toBeGreaterThan(change('leads') + 5);
  // Traffic is above where it was before the SEO work; leads are below their target.
  const cells = async (name: string) =>
    funnel
      .locator('tbody tr', { has: page.getByRole('cell', { name, exact: true }) })
      .locator('td')
      .allInnerTexts();
  const traffic = await cells('Organic traffic');
  expect(traffic[3]).toMatch(/^\+\d+%$/);
  const leads = await cells('Leads');
  const perWeek = (s: string) => Number(s.replace(/[^\d.]/g, ''));
  expect(perWeek(leads[2]!)).toBeLessThan(perWeek(leads[4]!));
  // The KPI charts read the series the funnel reads: traffic is kept for the organic channel only, and is charted.
  await expect(page.locator('.prep-chart figcaption', { hasText: /^Organic traffic \d/ })).toHaveCount(1);

  for (const [width, height] of [
    [1440, 900],
    [1280, 800],
  ] as const) {
    await page.setViewportSize({ width, height });
    await screenshot(page, `prep-story-${width}x${height}.png`);
    await screenshot(page.locator('.prep-funnel'), `prep-funnel-${width}x${height}.png`);
  }

  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: `${SCREENS_DIR}/prep-story-brief.pdf`, format: 'Letter' });
  expect(execFileSync('pdfinfo', [`${SCREENS_DIR}/prep-story-brief.pdf`]).toString()).toMatch(/Pages:\s+1\n/);
  const text = execFileSync('pdftotext', [`${SCREENS_DIR}/prep-story-brief.pdf`, '-']).toString();
  expect(text).toContain('no renewal plan');
  expect(text).toContain('Moved most since the work began');
});
