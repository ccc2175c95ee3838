import { describe, expect, it } from 'vitest';
import { generateDemoBook, HVAC_STORY_ACCOUNT_NAME } from '../../../src-core/demo';
import { accountHealth, healthInputs, healthSnapshots, indexBook, trendOf } from '../../../src-core/health';
import { DEFAULT_SETTINGS } from '../../../src-core/settings';
import { detectWarnings } from '../../../src-core/warnings';

const S = DEFAULT_SETTINGS;
const NOW = '2026-09-15T12:00:00.000Z';

describe('the HVAC account of the demo book (seeds/001)', () => {
  const book = generateDemoBook({
    seed: 'hvac',
    accounts: 6,
    years: 2,
    asOf: '2026-09-15',
    owner: { id: 'u-1', email: 'sam@agency.test', name: 'Sam', role: 'csm' },
  });
  const data = [...indexBook(book.tables).values()].find((a) => a.account.name === HVAC_STORY_ACCOUNT_NAME)!;

  it('is at risk for the seed’s reasons: flat leads while traffic rises, skipped monthly calls, renewal in 90 days', () => {
    const h = accountHealth(data, NOW, S);
    expect(h.band).not.toBe('green');
    expect(h.reasons).toEqual(
      expect.arrayContaining(['Last 2 monthly reviews skipped', 'Renewal in 90 days with no renewal plan']),
    );
    expect(h.reasons.some((r) => /^Leads flat \(.+\) while below target$/.test(r))).toBe(true);
    expect(h.reasons.some((r) => /^Organic traffic up \d+% but leads only up \d+%$/.test(r))).toBe(true);
    expect(h.whatWouldMoveIt).not.toBeNull();
  });

  it('is worsening over the last 30 days', () => {
    const trend = trendOf(healthSnapshots(data, '2026-09-15', 30, S), S.health.bands);
    expect(trend?.direction).toBe('worsening');
    expect(trend?.change30).toBeLessThanOrEqual(-5);
  });

  it('raises the matching early warnings', () => {
    const kinds = detectWarnings(data, healthInputs(data, NOW, S), NOW, S).map((w) => w.kind);
    expect(kinds).toEqual(
      expect.arrayContaining(['kpi_flat_or_declining', 'renewal_without_plan', 'skipped_meeting', 'no_two_way_touch']),
    );
  });
});
