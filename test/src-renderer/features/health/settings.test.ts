import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, withDeviceTimeZone } from '../../../../src-core/settings';
import { deviceTimeZone } from '../../../../src-renderer/app/device-time-zone';
import {
  clearSettings,
  parseStoredSettings,
  readSettings,
  writeCompPlanView,
  writeSettings,
} from '../../../../src-renderer/features/health/settings-store';
import {
  formValuesOf,
  fromFormValue,
  settingsFromForm,
  toFormValue,
} from '../../../../src-renderer/features/settings/health-settings-form';
import type { FieldbookDb } from '../../../../src-renderer/store';
import { freshDb } from '../../store/fixtures';

let db: FieldbookDb | null = null;
afterEach(async () => {
  await db?.delete();
  db = null;
});

describe('stored settings', () => {
  it('are the seeds’ defaults until the CSM saves their own', async () => {
    db = freshDb();
    // Until the CSM picks a zone, the settings follow the laptop's.
    const laptop = withDeviceTimeZone(DEFAULT_SETTINGS, deviceTimeZone());
    expect(await readSettings(db)).toEqual({
      settings: laptop,
      followsComputer: true,
      problem: null,
      custom: false,
      showCompPlan: false,
    });
    const mine = {
      ...DEFAULT_SETTINGS,
      timeZone: 'America/Chicago',
      targets: { ...DEFAULT_SETTINGS.targets, nps: 60 },
    };
    await writeSettings(db, mine);
    await writeCompPlanView(db, true);
    expect(await readSettings(db)).toEqual({
      settings: mine,
      followsComputer: false,
      problem: null,
      custom: true,
      showCompPlan: true,
    });
    await clearSettings(db);
    expect((await readSettings(db)).settings).toEqual(laptop);
  });

  it('saved before the time zone and holidays existed still load, following the laptop with no holidays', () => {
    const { timeZone: _zone, ...older } = DEFAULT_SETTINGS;
    const { holidays: _holidays, ...olderHours } = DEFAULT_SETTINGS.businessHours;
    const loaded = parseStoredSettings({ ...older, businessHours: olderHours }, false, 'America/Los_Angeles');
    expect(loaded.problem).toBeNull();
    expect(loaded.custom).toBe(true);
    expect(loaded.followsComputer).toBe(true);
    expect(loaded.settings.timeZone).toBe('America/Los_Angeles');
    expect(loaded.settings.businessHours.holidays).toEqual([]);
  });

  it('that cannot be read fall back to the defaults with a message naming the field', () => {
    const broken = { ...DEFAULT_SETTINGS, health: { ...DEFAULT_SETTINGS.health, bands: { green: 40, yellow: 60 } } };
    const loaded = parseStoredSettings(broken, false, 'UTC');
    expect(loaded.settings).toEqual({ ...DEFAULT_SETTINGS, timeZone: 'UTC' });
    expect(loaded.custom).toBe(false);
    expect(loaded.problem).toBe(
      'Your saved targets and health settings could not be read (health › bands: Green must start above Yellow), so the defaults are in use. Saving the form below replaces them.',
    );
    expect(parseStoredSettings('not settings').problem).toMatch(/could not be read/);
  });

  it('are validated before they are written', async () => {
    db = freshDb();
    await expect(
      writeSettings(db, { ...DEFAULT_SETTINGS, response: { firstResponseBusinessMinutes: 0 } }),
    ).rejects.toThrow();
    expect((await readSettings(db)).custom).toBe(false);
  });
});

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
    expect(result.settings.businessHours).toEqual({
      start: '08:30',
      end: '18:00',
      workdays: [0, 1, 2, 3, 4],
      holidays: [],
    });
  });

  it('sets the time zone, the workdays and the holidays, and follows the computer again when the zone is cleared', () => {
    const values = {
      ...formValuesOf(DEFAULT_SETTINGS),
      timeZone: 'America/Los_Angeles',
      'businessHours.workdays': '1,2,3,4,5',
      'businessHours.holidays': '2026-12-25\n2026-11-26, 2026-12-25',
    };
    const result = settingsFromForm(DEFAULT_SETTINGS, values);
    if (!result.ok) throw new Error(result.problems.join('; '));
    expect(result.settings.timeZone).toBe('America/Los_Angeles');
    expect(result.settings.businessHours.workdays).toEqual([1, 2, 3, 4, 5]);
    expect(result.settings.businessHours.holidays).toEqual(['2026-11-26', '2026-12-25']);
    const back = settingsFromForm(result.settings, { ...formValuesOf(result.settings), timeZone: '' });
    expect(back.ok && back.settings.timeZone).toBeNull();
    const wrong = settingsFromForm(DEFAULT_SETTINGS, { ...values, timeZone: 'Mars/Olympus' });
    expect(wrong.ok).toBe(false);
    expect(!wrong.ok && wrong.problems).toEqual(['Your time zone: is not a time zone (like America/Chicago)']);
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
