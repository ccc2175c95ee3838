import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_PLAYBOOKS } from '../../../src-core/playbooks';
import { DEFAULT_SETTINGS } from '../../../src-core/settings';
import { openFieldbookDb, V1_SYNCED_TABLE_SCHEMA, type FieldbookDb } from '../../../src-renderer/store/db';
import { pendingCount } from '../../../src-renderer/store/queries';
import {
  readSettingsState,
  resetSettingsKind,
  saveSettingsKind,
  writeCompPlanView,
} from '../../../src-renderer/store/settings-repo';
import { makePng } from '../../support/pptx/png';
import { freshDb, makeClock } from './fixtures';

let dbs: FieldbookDb[] = [];
afterEach(async () => {
  for (const db of dbs) await db.delete();
  dbs = [];
});

async function localBook(source: 'demo' | 'file' | 'server' = 'demo'): Promise<FieldbookDb> {
  const db = freshDb();
  dbs.push(db);
  await db.meta.put({ key: 'bookSource', value: source });
  return db;
}

const withNps = (nps: number) => ({ ...DEFAULT_SETTINGS, targets: { ...DEFAULT_SETTINGS.targets, nps } });

describe('settings in a book without a team server (demo, book file)', () => {
  it('are the defaults until saved; only the changed fields are kept, on this laptop, with nothing to sync', async () => {
    const db = await localBook('demo');
    const before = await readSettingsState(db);
    expect(before).toMatchObject({ settings: DEFAULT_SETTINGS, playbooks: DEFAULT_PLAYBOOKS, local: true });
    expect(before.showCompPlan).toBe(false);

    await saveSettingsKind(db, makeClock(), 'settings', withNps(60));
    await writeCompPlanView(db, true);
    const after = await readSettingsState(db);
    expect(after.settings).toEqual(withNps(60));
    expect(after.layers.settings.user).toEqual({ targets: { nps: 60 } });
    expect(after.showCompPlan).toBe(true);
    expect(await pendingCount(db)).toBe(0);
    expect(await db.settingsOutbox.count()).toBe(0);

    await resetSettingsKind(db, makeClock(), 'settings');
    expect((await readSettingsState(db)).settings).toEqual(DEFAULT_SETTINGS);
  });

  it('are checked before they are written, and a refusal says which field', async () => {
    const db = await localBook('file');
    const broken = { ...DEFAULT_SETTINGS, response: { firstResponseBusinessMinutes: 0 } };
    await expect(saveSettingsKind(db, makeClock(), 'settings', broken)).rejects.toThrow(
      /^The targets and health settings can't be saved: response\.firstResponseBusinessMinutes /,
    );
    expect((await readSettingsState(db)).settings).toEqual(DEFAULT_SETTINGS);
  });
});

describe('settings in a team server book', () => {
  it('are saved as edits waiting to sync, shown at once with the server’s values beneath', async () => {
    const db = await localBook('server');
    await db.settingsLayers.put({
      id: 'team:settings',
      scope: 'team',
      kind: 'settings',
      rev: 4,
      layer: { businessHours: { end: '18:00' } },
    });
    await saveSettingsKind(db, makeClock(), 'settings', {
      ...withNps(70),
      businessHours: { ...DEFAULT_SETTINGS.businessHours, end: '18:00' },
    });
    const state = await readSettingsState(db);
    expect(state.settings.targets.nps).toBe(70);
    expect(state.settings.businessHours.end).toBe('18:00');
    // The team already ends the day at 18:00, so that field stays the team's: only NPS is the CSM's.
    expect(state.layers.settings.user).toEqual({ targets: { nps: 70 } });
    expect(state.pending.settings).toBe(1);
    expect(await pendingCount(db)).toBe(1);
  });
});

/** Version 2 exactly as released: the settings lived in `meta`. */
async function v2Book(name: string, meta: Record<string, unknown>): Promise<void> {
  const v2 = new Dexie(name);
  v2.version(1).stores({
    ...V1_SYNCED_TABLE_SCHEMA,
    outbox: '++seq, &mutationId, accountId',
    rejected: '&mutationId',
    meta: 'key',
    accountSummaries: 'accountId',
  });
  v2.version(2).stores({ warnings: 'id, causeKey' });
  await v2.open();
  await v2.table('meta').bulkPut(Object.entries(meta).map(([key, value]) => ({ key, value })));
  v2.close();
}

describe('settings saved by older versions (Dexie v2 → v3)', () => {
  const { targets, ...withoutTargets } = DEFAULT_SETTINGS;
  // An older version's settings: the targets group missing (a field added since), NPS elsewhere changed.
  const olderSettings = { ...withoutTargets, health: { ...DEFAULT_SETTINGS.health, lookbackDays: 120 } };
  const logo = makePng(120, 40);
  const olderBranding = {
    agencyName: 'Northwind',
    primaryColor: '112233',
    accentColor: 'E07A1F',
    font: 'Georgia',
    logo: { name: 'l.png', bytes: logo },
  };
  const olderPlaybooks = DEFAULT_PLAYBOOKS.filter((p) => p.id !== 'budget-concern');

  it('keep loading in a local book: missing fields take the defaults, the logo and playbooks carry over', async () => {
    const name = `fieldbook-v2-local-${process.pid}`;
    await v2Book(name, {
      bookSource: 'demo',
      settings: olderSettings,
      deckBranding: olderBranding,
      playbooks: olderPlaybooks,
      cursor: 'c-1',
    });
    const db = openFieldbookDb(name);
    dbs.push(db);
    const state = await readSettingsState(db);
    expect(state.settings).toEqual({
      ...DEFAULT_SETTINGS,
      targets,
      health: { ...DEFAULT_SETTINGS.health, lookbackDays: 120 },
    });
    expect(state.layers.settings.user).toEqual({ health: { lookbackDays: 120 } });
    expect(state.branding).toMatchObject({ agencyName: 'Northwind', primaryColor: '112233', font: 'Georgia' });
    expect(Buffer.from(state.branding.logo!.base64, 'base64')).toEqual(Buffer.from(logo));
    expect(state.playbooks.map((p) => p.id)).toEqual(olderPlaybooks.map((p) => p.id));
    expect(state.problems).toEqual({ settings: [], branding: [], playbooks: [] });
    // Moved, not copied: one owner of these values from now on; the book's own meta is untouched.
    expect(await db.table('meta').get('settings')).toBeUndefined();
    expect(await db.meta.get('cursor')).toEqual({ key: 'cursor', value: 'c-1' });
  });

  it('in a team server book become edits waiting to sync, so they reach the server', async () => {
    const name = `fieldbook-v2-server-${process.pid}`;
    await v2Book(name, { bookSource: 'server', settings: olderSettings, deckBranding: olderBranding });
    const db = openFieldbookDb(name);
    dbs.push(db);
    const edits = await db.settingsOutbox.orderBy('seq').toArray();
    expect(edits.map((e) => e.kind)).toEqual(['settings', 'branding']);
    expect(edits[0]!.ops).toEqual([{ path: ['health', 'lookbackDays'], value: 120 }]);
    const state = await readSettingsState(db);
    expect(state.settings.health.lookbackDays).toBe(120);
    expect(state.branding.agencyName).toBe('Northwind');
    expect(state.pending).toEqual({ settings: 1, branding: 1, playbooks: 0 });
  });
});
