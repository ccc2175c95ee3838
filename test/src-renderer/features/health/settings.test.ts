import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../../src-core/settings';
import {
  formValuesOf,
  fromFormValue,
  settingsFromForm,
  toFormValue,
} from '../../../../src-renderer/features/settings/health-settings-form';
describe('the Targets & health form', () => {
  it('shows fractions as percents and cents as dollars, and reads them back', () => {
    expect(toFormValue('percent', 0.3)).toBe('30');
    expect(toFormValue('percent', 1.1)).toBe('110');
    expect(toFormValue('dollars', 2_500_000)).toBe('25000');
    expect(fromFormValue('percent', '97')).toBe(0.97);
    expect(fromFormValue('dollars', '15000')).toBe(1_500_000);
    expect(fromFormValue('number', '')).toBeNaN();
    expect(fromFormValue('time', ' 08:30 ')).toBe('08:30');
  });

  it('round-trips the defaults unchanged', () => {
    const result = settingsFromForm(DEFAULT_SETTINGS, formValuesOf(DEFAULT_SETTINGS));
    expect(result).toEqual({ ok: true, settings: DEFAULT_SETTINGS });
  });

  it('changes only what the CSM typed', () => {
    const values = {
      ...formValuesOf(DEFAULT_SETTINGS),
      'health.weights.results': '40',
      'targets.upsellPerQuarterCents': '30000',
      'businessHours.end': '18:00',
    };
    const result = settingsFromForm(DEFAULT_SETTINGS, values);
    if (!result.ok) throw new Error(result.problems.join('; '));
    expect(result.settings.health.weights).toEqual({ results: 0.4, engagement: 0.3, sentiment: 0.2, commercial: 0.2 });
    expect(result.settings.targets.upsellPerQuarterCents).toBe(3_000_000);
    expect(result.settings.businessHours).toEqual({ start: '08:30', end: '18:00', workdays: [0, 1, 2, 3, 4] });
  });

  it('names the field of each problem', () => {
    const values = {
      ...formValuesOf(DEFAULT_SETTINGS),
      'health.bands.green': '40',
      'targets.csat': '',
      'businessHours.start': '8h',
    };
    const result = settingsFromForm(DEFAULT_SETTINGS, values);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(3);
    expect(result.problems).toContain('Workday starts: is not a time (HH:MM)');
    expect(result.problems.some((p) => p.startsWith('Green from score: Green must start above Yellow'))).toBe(true);
    expect(result.problems.some((p) => p.startsWith('CSAT above (of 5): '))).toBe(true);
  });
});

describe('the settings fingerprint that keys book-wide recomputation', () => {
  it('changes with any setting and not otherwise', async () => {
    const { settingsVersion } = await import('../../../../src-renderer/features/health/queries');
    const same = structuredClone(DEFAULT_SETTINGS);
    expect(settingsVersion(same)).toBe(settingsVersion(DEFAULT_SETTINGS));
    const changed = { ...DEFAULT_SETTINGS, health: { ...DEFAULT_SETTINGS.health, lookbackDays: 91 } };
    expect(settingsVersion(changed)).not.toBe(settingsVersion(DEFAULT_SETTINGS));
  });
});
