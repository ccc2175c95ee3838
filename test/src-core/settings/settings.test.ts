import { describe, expect, it } from 'vitest';
import { validateWith } from '../../../src-core/model';
import { DEFAULT_SETTINGS, settingsSchema, weightsProblem } from '../../../src-core/settings';

describe('settings', () => {
  it('ships defaults that pass their own schema', () => {
    expect(validateWith(settingsSchema, DEFAULT_SETTINGS)).toEqual({ ok: true, value: DEFAULT_SETTINGS });
  });

  it('carries the seeds’ numbers', () => {
    expect(DEFAULT_SETTINGS.businessHours).toEqual({
      start: '08:30',
      end: '17:30',
      workdays: [0, 1, 2, 3, 4],
      holidays: [],
    });
    // Follows the laptop until the CSM picks a zone.
    expect(DEFAULT_SETTINGS.timeZone).toBeNull();
    expect(DEFAULT_SETTINGS.health.bands).toEqual({ green: 75, yellow: 50 });
    expect(DEFAULT_SETTINGS.response.firstResponseBusinessMinutes).toBe(120);
    expect(DEFAULT_SETTINGS.targets).toMatchObject({
      quarterlyRevenueRetention: 0.97,
      churnOfBookMax: 0.01,
      nrr: 1.1,
      nps: 50,
      csat: 4.5,
      upsellPerQuarterCents: 2_500_000,
      upgradePerQuarterCents: 1_500_000,
      opportunitiesPerYear: 36,
      referralsPerYear: 5,
    });
    expect(DEFAULT_SETTINGS.onboarding).toMatchObject({
      welcomeHours: 24,
      kickoffBusinessDays: 3,
      quickWinDays: 7,
      firstValueDays: 30,
    });
    expect(DEFAULT_SETTINGS.comp).toMatchObject({
      opportunityBonusCents: 150_000,
      presidentsClubLeadSourceCents: 12_500_000,
    });
  });

  it('refuses edits that make no sense, with a reason', () => {
    const bad = { ...DEFAULT_SETTINGS, health: { ...DEFAULT_SETTINGS.health, bands: { green: 40, yellow: 60 } } };
    expect(validateWith(settingsSchema, bad)).toEqual({
      ok: false,
      problems: ['health.bands Green must start above Yellow'],
    });
    const late = { ...DEFAULT_SETTINGS, businessHours: { ...DEFAULT_SETTINGS.businessHours, start: '8.30' } };
    expect(validateWith(settingsSchema, late)).toEqual({
      ok: false,
      problems: ['businessHours.start is not a time (HH:MM)'],
    });
    const weightless = {
      ...DEFAULT_SETTINGS,
      health: { ...DEFAULT_SETTINGS.health, weights: { results: 0, engagement: 0, sentiment: 0, commercial: 0 } },
    };
    expect(validateWith(settingsSchema, weightless)).toEqual({
      ok: false,
      problems: ['health.weights add up to 0%; they must add up to 100%'],
    });
  });

  it('refuses health weights that do not add up to 100%, and takes thirds written as 33.33 + 33.33 + 33.34', () => {
    const weights = (results: number, engagement: number, sentiment: number, commercial: number) => ({
      ...DEFAULT_SETTINGS,
      health: { ...DEFAULT_SETTINGS.health, weights: { results, engagement, sentiment, commercial } },
    });
    // 0.4 + 0.3 + 0.3 + 0.2 = 1.2: the 120%.
    expect(validateWith(settingsSchema, weights(0.4, 0.3, 0.3, 0.2))).toEqual({
      ok: false,
      problems: ['health.weights add up to 120%; they must add up to 100%'],
    });
    expect(validateWith(settingsSchema, weights(0.3333, 0.3333, 0.3334, 0)).ok).toBe(true);
    expect(validateWith(settingsSchema, weights(0.1, 0.2, 0.3, 0.4)).ok).toBe(true);
    expect(weightsProblem({ results: 0.25, engagement: 0.25, sentiment: 0.25, commercial: 0.2 })).toBe(
      'add up to 95%; they must add up to 100%',
    );
  });
});
