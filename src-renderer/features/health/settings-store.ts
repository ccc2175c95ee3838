import type { Table } from 'dexie';
import { DEFAULT_SETTINGS, settingsSchema, withDeviceTimeZone, type Settings } from '../../../src-core/settings';
import { deviceTimeZone } from '../../app/device-time-zone';
import type { FieldbookDb } from '../../store/db';

/** The meta record that holds the CSM's targets, weights, thresholds, business hours and cadences. */
export const SETTINGS_META_KEY = 'settings';

export interface LoadedSettings {
  /** The settings in force, the time zone always filled in (the laptop's when they follow it). */
  settings: Settings;
  /** True when the CSM has not picked a time zone: it follows the laptop's. */
  followsComputer: boolean;
  /** Set when the stored settings could not be used and the defaults stand in. */
  problem: string | null;
  /** True when the CSM has saved their own settings (not the seeds' defaults). */
  custom: boolean;
  /** The optional comp-plan view on the scorecard (DESIGN §2 "Comp plan (optional)"). */
  showCompPlan: boolean;
}

export const COMP_PLAN_META_KEY = 'compPlanView';

/**
 * The meta table is typed for the store's own keys; settings are a feature's value kept beside
 * them, so they are read through the table by name rather than widening the store's key type.
 */
function metaTable(db: FieldbookDb): Table<{ key: string; value: unknown }, string> {
  return db.table('meta');
}

/**
 * Checks stored settings; anything unreadable falls back to the defaults with a message saying so.
 * Settings saved before a field existed (the time zone, holidays) load with that field's default.
 */
export function parseStoredSettings(
  value: unknown,
  showCompPlan = false,
  deviceZone: string = deviceTimeZone(),
): LoadedSettings {
  const loaded = (settings: Settings, rest: Omit<LoadedSettings, 'settings' | 'followsComputer'>) => ({
    settings: withDeviceTimeZone(settings, deviceZone),
    followsComputer: settings.timeZone === null,
    ...rest,
  });
  if (value === undefined) return loaded(DEFAULT_SETTINGS, { problem: null, custom: false, showCompPlan });
  const parsed = settingsSchema.safeParse(value);
  if (parsed.success) return loaded(parsed.data, { problem: null, custom: true, showCompPlan });
  const first = parsed.error.issues[0];
  const where = first?.path.length ? ` (${first.path.join(' › ')}: ${first.message})` : '';
  return loaded(DEFAULT_SETTINGS, {
    problem: `Your saved targets and health settings could not be read${where}, so the defaults are in use. Saving the form below replaces them.`,
    custom: false,
    showCompPlan,
  });
}

export async function readSettings(db: FieldbookDb): Promise<LoadedSettings> {
  const [record, comp] = await Promise.all([
    metaTable(db).get(SETTINGS_META_KEY),
    metaTable(db).get(COMP_PLAN_META_KEY),
  ]);
  return parseStoredSettings(record?.value, comp?.value === true);
}

/** Validates before writing, so the store never holds settings the app would refuse to read. */
export async function writeSettings(db: FieldbookDb, settings: Settings): Promise<Settings> {
  const valid = settingsSchema.parse(settings);
  await metaTable(db).put({ key: SETTINGS_META_KEY, value: valid });
  return valid;
}

/** Reset to defaults: forget the CSM's settings. */
export async function clearSettings(db: FieldbookDb): Promise<void> {
  await metaTable(db).delete(SETTINGS_META_KEY);
}

export async function writeCompPlanView(db: FieldbookDb, show: boolean): Promise<void> {
  await metaTable(db).put({ key: COMP_PLAN_META_KEY, value: show });
}
