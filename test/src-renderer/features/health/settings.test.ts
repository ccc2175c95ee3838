import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, withDeviceTimeZone } from '../../../../src-core/settings';
import { effectiveSettings, NO_LAYERS } from '../../../../src-core/user-settings';
import { withLaptopZone } from '../../../../src-renderer/features/settings/queries';
import {
  formValuesOf,
  fromFormValue,
  settingsFromForm,
  weightsLine,
  toFormValue,
} from '../../../../src-renderer/features/settings/health-settings-form';
import type { FieldbookDb } from '../../../../src-renderer/store';
import { readSettingsState, saveSettingsKind } from '../../../../src-renderer/store/settings-repo';
import { legacyLayer } from '../../../../src-renderer/store/settings-upgrade';
import { freshDb, makeClock } from '../../store/fixtures';

let db: FieldbookDb | null = null;
afterEach(async () => {
  await db?.delete();
  db = null;
});

const LAPTOP = 'America/Los_Angeles';

/** What every screen reads (`useEffectiveSettings`): the layered settings with the laptop's zone filled in. */
async function loaded(fb: FieldbookDb) {
  return withLaptopZone(await readSettingsState(fb), LAPTOP);
}

describe('the time zone in the layered settings (the laptop’s until the CSM or their team picks one)', () => {
  it('follows the laptop, takes the CSM’s own zone, and follows the laptop again when the zone is cleared', async () => {
    db = freshDb();
    await db.meta.put({ key: 'bookSource', value: 'demo' });
    const first = await loaded(db);
    expect(first.settings).toEqual(withDeviceTimeZone(DEFAULT_SETTINGS, LAPTOP));
    expect(first.settings.timeZone).toBe(LAPTOP);
    expect(first.followsComputer).toBe(true);
    // The form shows "This computer's" (an empty zone) and saving it stores no zone at all.
    expect(formValuesOf(first.settings, first.followsComputer).timeZone).toBe('');

    const mine = settingsFromForm(first.settings, {
      ...formValuesOf(first.settings, true),
      timeZone: 'America/Chicago',
    });
    if (!mine.ok) throw new Error(mine.problems.join('; '));
    await saveSettingsKind(db, makeClock(), 'settings', mine.settings);
    const chosen = await loaded(db);
    expect(chosen.layers.settings.user).toEqual({ timeZone: 'America/Chicago' });
    expect(chosen.settings.timeZone).toBe('America/Chicago');
    expect(chosen.followsComputer).toBe(false);

    const back = settingsFromForm(chosen.settings, { ...formValuesOf(chosen.settings, false), timeZone: '' });
    if (!back.ok) throw new Error(back.problems.join('; '));
    await saveSettingsKind(db, makeClock(), 'settings', back.settings);
    const again = await loaded(db);
    expect(again.layers.settings.user ?? {}).toEqual({});
    expect(again.settings.timeZone).toBe(LAPTOP);
    expect(again.followsComputer).toBe(true);
  });

  it('takes the team’s zone over the laptop’s, and lets a CSM follow their own laptop instead', async () => {
    db = freshDb();
    await db.meta.put({ key: 'bookSource', value: 'demo' });
    const team = { timeZone: 'America/New_York' };
    await db.settingsLayers.put({ id: 'team:settings', scope: 'team', kind: 'settings', rev: 1, layer: team });
    const teams = await loaded(db);
    expect(teams.settings.timeZone).toBe('America/New_York');
    expect(teams.followsComputer).toBe(false);

    await saveSettingsKind(db, makeClock(), 'settings', { ...teams.settings, timeZone: null });
    const own = await loaded(db);
    // Null is the CSM's own value here: "this computer's", over the team's New York.
    expect(own.layers.settings.user).toEqual({ timeZone: null });
    expect(own.settings.timeZone).toBe(LAPTOP);
    expect(own.followsComputer).toBe(true);
  });

  it('saved before the time zone and holidays existed still load, following the laptop with no holidays', () => {
    const { timeZone: _zone, ...older } = DEFAULT_SETTINGS;
    const { holidays: _holidays, ...olderHours } = DEFAULT_SETTINGS.businessHours;
    const user = legacyLayer('settings', {
      ...older,
      businessHours: olderHours,
      targets: { ...older.targets, nps: 60 },
    });
    const state = withLaptopZone(effectiveSettings({ ...NO_LAYERS, settings: { team: null, user } }), LAPTOP);
    expect(state.problems.settings).toEqual([]);
    expect(state.followsComputer).toBe(true);
    expect(state.settings.timeZone).toBe(LAPTOP);
    expect(state.settings.businessHours.holidays).toEqual([]);
    expect(state.settings.targets.nps).toBe(60);
  });

  it('drop a zone this computer does not know, saying so, and the team’s or the laptop’s shows through', () => {
    const user = { timeZone: 'Mars/Olympus' };
    const state = withLaptopZone(effectiveSettings({ ...NO_LAYERS, settings: { team: null, user } }), LAPTOP);
    expect(state.settings.timeZone).toBe(LAPTOP);
    expect(state.problems.settings[0]).toBe(
      'Your value for timeZone (is not a time zone (like America/Chicago)) is not used.',
    );
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

  it('does not save health weights that add up to 120%, and says so before Save', () => {
    // 40 + 30 + 30 + 20 = 120.
    const values = {
      ...formValuesOf(DEFAULT_SETTINGS),
      'health.weights.results': '40',
      'health.weights.sentiment': '30',
    };
    expect(settingsFromForm(DEFAULT_SETTINGS, values)).toEqual({
      ok: false,
      problems: ['Health weights: add up to 120%; they must add up to 100%'],
    });
    expect(weightsLine(values)).toEqual({
      ok: false,
      text: 'Health weights add up to 120%; they must add up to 100%.',
    });
    expect(weightsLine(formValuesOf(DEFAULT_SETTINGS))).toEqual({ ok: true, text: 'Health weights add up to 100%.' });
    expect(weightsLine({ ...values, 'health.weights.results': 'forty' }).ok).toBe(false);
  });

  it('changes only what the CSM typed', () => {
    const values = {
      ...formValuesOf(DEFAULT_SETTINGS),
      'health.weights.results': '40',
      'health.weights.engagement': '20',
      'targets.upsellPerQuarterCents': '30000',
      'businessHours.end': '18:00',
    };
    const result = settingsFromForm(DEFAULT_SETTINGS, values);
    if (!result.ok) throw new Error(result.problems.join('; '));
    expect(result.settings.health.weights).toEqual({ results: 0.4, engagement: 0.2, sentiment: 0.2, commercial: 0.2 });
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
