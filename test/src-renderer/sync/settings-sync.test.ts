import 'fake-indexeddb/auto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PLAYBOOKS } from '../../../src-core/playbooks';
import { DEFAULT_SETTINGS } from '../../../src-core/settings';
import { runAdminRequest } from '../../../src-server/admin/commands';
import { startTestServer, type TestServer } from '../../../src-server/testing';
import type { FieldbookDb } from '../../../src-renderer/store';
import { answerCarryOver, offerCarryOver } from '../../../src-renderer/store/settings-carry-over';
import { readSettingsState, saveSettingsKind } from '../../../src-renderer/store/settings-repo';
import { createSyncApi, SyncEngine, type Transport } from '../../../src-renderer/sync';
import { makePng } from '../../support/pptx/png';
import { freshDb, makeAccount, makeBook, makeClock } from '../store/fixtures';

/**
 * Settings that follow the CSM, end to end against the real team server over HTTP (PGlite):
 * a second laptop signing in gets them; offline edits arrive once; team values reach everyone.
 */
let server: TestServer;
let n = 0;
const dbs: FieldbookDb[] = [];

beforeAll(async () => {
  server = await startTestServer({ now: () => new Date('2026-09-14T09:00:00.000Z') });
}, 60_000);
afterAll(async () => server?.close());
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

const realFetch: Transport = async (url, init) => fetch(url, init);

async function newUser(): Promise<string> {
  n += 1;
  return server.createUser({ email: `csm${n}@agency.test`, name: `CSM ${n}` });
}

function laptop(token: string, transport: Transport = realFetch) {
  const db = freshDb();
  dbs.push(db);
  const clock = makeClock('2026-09-14T10:00:00.000Z');
  const prefix = `u${n}-l${dbs.length}`;
  let ids = 0;
  clock.newId = () => `${prefix}-${++ids}`;
  const api = createSyncApi({ serverUrl: server.url, token, transport });
  const engine = new SyncEngine({ db, api, clock, sleep: async () => undefined, random: () => 0 });
  return { db, clock, engine };
}

const logo = { name: 'northwind.png', base64: Buffer.from(makePng(200, 60)).toString('base64') };
const branding = {
  agencyName: 'Northwind',
  primaryColor: '0A7F5A',
  accentColor: 'E07A1F',
  font: 'Georgia',
  logo,
  template: null,
};
const workday = {
  ...DEFAULT_SETTINGS,
  businessHours: { ...DEFAULT_SETTINGS.businessHours, start: '07:45', end: '16:15', workdays: [0, 1, 2, 3] },
};
const playbooks = DEFAULT_PLAYBOOKS.filter((p) => p.id !== 'budget-concern').map((p) =>
  p.id === 'engagement-drop' ? { ...p, name: 'Win them back' } : p,
);

describe('settings that follow the CSM between laptops', () => {
  it('a second laptop signing in receives the settings, branding (logo included) and playbooks', async () => {
    const token = await newUser();
    const first = laptop(token);
    await first.engine.syncNow();
    await saveSettingsKind(first.db, first.clock, 'settings', workday);
    await saveSettingsKind(first.db, first.clock, 'branding', branding);
    await saveSettingsKind(first.db, first.clock, 'playbooks', playbooks);
    expect((await first.engine.syncNow()).pending).toBe(0);

    const second = laptop(token);
    const status = await second.engine.syncNow();
    expect(status).toMatchObject({ phase: 'idle', pending: 0, error: null });
    const got = await readSettingsState(second.db);
    expect(got.settings).toEqual(workday);
    expect(got.branding).toEqual(branding);
    expect(got.playbooks).toEqual(playbooks);
    expect(got.local).toBe(false);
  });

  it('a new laptop has the CSM’s settings before the first page of its book lands, and says so at once', async () => {
    const token = await newUser();
    const first = laptop(token);
    await first.engine.syncNow();
    await saveSettingsKind(first.db, first.clock, 'settings', workday);
    await first.engine.syncNow();
    await server.seedBook(`csm${n}@agency.test`, makeBook({ accounts: [makeAccount({ id: `acc-${n}` })] }));

    // What the laptop holds when it asks for its first page: health shown as pages land uses it.
    let atFirstPull: Awaited<ReturnType<typeof readSettingsState>> | undefined;
    let second: ReturnType<typeof laptop> | undefined;
    const watching: Transport = async (url, init) => {
      if (url.includes('/v1/pull') && !atFirstPull) atFirstPull = await readSettingsState(second!.db);
      return realFetch(url, init);
    };
    second = laptop(token, watching);
    const published: { settingsChanged: number; pages: number }[] = [];
    second.engine.subscribe((s) =>
      published.push({ settingsChanged: s.settingsChanged, pages: s.progress?.pages ?? 0 }),
    );
    await second.engine.syncNow();

    expect(atFirstPull?.settings).toEqual(workday);
    expect(await second.db.accounts.count()).toBe(1);
    // The change was published before any page was: the screens re-read the settings first.
    const told = published.findIndex((p) => p.settingsChanged > 0);
    const paged = published.findIndex((p) => p.pages > 0);
    expect(told).toBeGreaterThanOrEqual(0);
    expect(told).toBeLessThan(paged);
  });

  it('edits made offline sync later exactly once, even when the reply is lost after the server committed', async () => {
    const token = await newUser();
    let cuts = 0;
    let offline = false;
    const flaky: Transport = async (url, init) => {
      if (offline) throw new TypeError('fetch failed');
      const response = await fetch(url, init);
      const body: unknown = await response.json();
      if (url.endsWith('/v1/settings') && init.method === 'POST' && cuts > 0) {
        cuts -= 1;
        throw new TypeError('socket hang up');
      }
      return { status: response.status, json: async () => body };
    };
    const a = laptop(token, flaky);
    await a.engine.syncNow();
    offline = true;
    await saveSettingsKind(a.db, a.clock, 'settings', workday);
    const away = await a.engine.syncNow();
    expect(away).toMatchObject({ phase: 'offline', pending: 1 });
    expect((await readSettingsState(a.db)).settings).toEqual(workday);

    offline = false;
    cuts = 1;
    const back = await a.engine.syncNow();
    expect(cuts).toBe(0);
    expect(back).toMatchObject({ phase: 'idle', pending: 0, couldntSync: 0 });
    // One edit, applied once: the retry under the same id was answered `duplicate`.
    const stored = await server.db.query<{ result: { status: string; rev: number } }>(
      "SELECT result FROM mutations WHERE mutation_id LIKE 'settings:%' AND client_id = $1",
      [(await a.db.meta.get('clientId'))!.value],
    );
    expect(stored.map((r) => r.result.status)).toEqual(['applied']);
    // The layer still carries the revision of that one application: the retry wrote nothing.
    const layers = await server.db.query('SELECT 1 FROM user_settings WHERE rev = $1', [stored[0]!.result.rev]);
    expect(layers).toHaveLength(1);
    const b = laptop(token);
    await b.engine.syncNow();
    expect((await readSettingsState(b.db)).settings).toEqual(workday);
  });

  it('team-wide branding reaches every user; a CSM’s own field still wins, field by field', async () => {
    const tokenA = await newUser();
    const tokenB = await newUser();
    const a = laptop(tokenA);
    await a.engine.syncNow();
    await saveSettingsKind(a.db, a.clock, 'branding', { ...(await readSettingsState(a.db)).branding, font: 'Arial' });
    await a.engine.syncNow();
    await runAdminRequest(
      server.db,
      { command: 'set-team-branding', branding: { agencyName: 'Agency Co', primaryColor: '222222', font: 'Verdana' } },
      '2026-09-14T11:00:00.000Z',
    );
    await a.engine.syncNow();
    const b = laptop(tokenB);
    await b.engine.syncNow();
    expect((await readSettingsState(a.db)).branding).toMatchObject({ agencyName: 'Agency Co', font: 'Arial' });
    expect((await readSettingsState(b.db)).branding).toMatchObject({ agencyName: 'Agency Co', font: 'Verdana' });
    await runAdminRequest(server.db, { command: 'clear-team-settings', kind: 'branding' }, '2026-09-14T12:00:00.000Z');
    await b.engine.syncNow();
    expect((await readSettingsState(b.db)).branding.agencyName).toBe('Your agency');
  });

  it('a CSM’s laptop cannot write team-wide values: the edit is kept, refused, where they can see it', async () => {
    const token = await newUser();
    const a = laptop(token);
    await a.engine.syncNow();
    await a.db.settingsOutbox.add({
      editId: 'team-attempt',
      scope: 'team',
      kind: 'branding',
      ops: [{ path: ['agencyName'], value: 'Mine now' }],
      createdAt: '2026-09-14T10:00:00.000Z',
    });
    const status = await a.engine.syncNow();
    expect(status).toMatchObject({ pending: 0, couldntSync: 1 });
    const state = await readSettingsState(a.db);
    expect(state.rejected).toEqual([
      expect.objectContaining({ editId: 'team-attempt', rejected: expect.objectContaining({ reason: 'forbidden' }) }),
    ]);
    expect(state.branding.agencyName).toBe('Your agency');
  });
});

describe('settings from the demo book on a first sign-in', () => {
  async function demoBook(settings: unknown) {
    const demo = freshDb();
    dbs.push(demo);
    await demo.meta.put({ key: 'bookSource', value: 'demo' });
    await saveSettingsKind(demo, makeClock(), 'settings', settings);
    return demo;
  }

  it('become the CSM’s own when the server has none of theirs, and the demo book keeps its copy', async () => {
    const token = await newUser();
    const demo = await demoBook(workday);
    const a = laptop(token);
    await offerCarryOver(demo, a.db);
    await a.engine.syncNow();
    expect((await readSettingsState(a.db)).settings).toEqual(workday);
    const b = laptop(token);
    await b.engine.syncNow();
    expect((await readSettingsState(b.db)).settings).toEqual(workday);
    expect((await readSettingsState(demo)).settings).toEqual(workday);
  });

  it('are offered, not forced, when the server already has the CSM’s own values', async () => {
    const token = await newUser();
    const elsewhere = laptop(token);
    await saveSettingsKind(elsewhere.db, elsewhere.clock, 'settings', {
      ...DEFAULT_SETTINGS,
      targets: { ...DEFAULT_SETTINGS.targets, nps: 65 },
    });
    await elsewhere.engine.syncNow();

    const demo = await demoBook(workday);
    const a = laptop(token);
    await offerCarryOver(demo, a.db);
    await a.engine.syncNow();
    const offered = await readSettingsState(a.db);
    expect(offered.carryOver).toMatchObject({ from: 'demo', ask: ['settings'], checked: true });
    expect(offered.settings.targets.nps).toBe(65);
    expect(offered.settings.businessHours).toEqual(DEFAULT_SETTINGS.businessHours);

    await answerCarryOver(a.db, a.clock, 'settings', true);
    await a.engine.syncNow();
    const merged = (await readSettingsState(a.db)).settings;
    // Field by field: the demo book's workday joins the server's NPS target.
    expect(merged.businessHours).toEqual(workday.businessHours);
    expect(merged.targets.nps).toBe(65);
  });
});
