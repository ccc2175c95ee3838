import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SettingsEditResult, SettingsPullResponse } from '../../src-core/sync/settings-protocol';
import { runAdminRequest } from '../../src-server/admin/commands';
import type { TestServer } from '../../src-server/testing';
import { makePng } from '../support/pptx/png';
import { BACKENDS, Client, NOW, mid, start } from './helpers';

/** A user's laptop talking to the settings routes with its token. */
class SettingsClient extends Client {
  async settings(query = ''): Promise<{ status: number; body: SettingsPullResponse & { error?: string } }> {
    return this.get(`/v1/settings${query}`);
  }

  postRaw(body: unknown): Promise<{ status: number; body: any }> {
    return this.post('/v1/settings', body);
  }

  async edit(scope: string, kind: string, ops: unknown[], editId = mid('edit')): Promise<SettingsEditResult> {
    const res = await this.postRaw({ clientId: this.clientId, edits: [{ editId, scope, kind, ops }] });
    if (res.status !== 200) throw new Error(`settings ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.results[0];
  }

  async layer(scope: 'team' | 'user', kind: string) {
    return (await this.settings()).body.layers.find((l) => l.scope === scope && l.kind === kind)?.layer ?? null;
  }
}

describe.each(BACKENDS)('settings that follow the user on $name', ({ databaseUrl }) => {
  let server: TestServer;
  let sam: SettingsClient;
  let samOtherLaptop: SettingsClient;
  let lee: SettingsClient;
  let admin: SettingsClient;

  beforeAll(async () => {
    server = await start(databaseUrl);
    const samToken = await server.createUser({ email: 'sam@agency.test', name: 'Sam' });
    sam = new SettingsClient(server.url, samToken, 'sam-laptop-1');
    samOtherLaptop = new SettingsClient(server.url, samToken, 'sam-laptop-2');
    lee = new SettingsClient(server.url, await server.createUser({ email: 'lee@agency.test', name: 'Lee' }));
    admin = new SettingsClient(
      server.url,
      await server.createUser({ email: 'ada@agency.test', name: 'Ada', role: 'admin' }),
    );
  });
  afterAll(() => server.close());

  it("stores a CSM's own values for them alone; another CSM never sees them", async () => {
    const applied = await sam.edit('user', 'settings', [{ path: ['businessHours', 'end'], value: '18:00' }]);
    expect(applied).toMatchObject({ status: 'applied', rev: expect.any(Number) });
    expect(await samOtherLaptop.layer('user', 'settings')).toEqual({ businessHours: { end: '18:00' } });
    expect(await lee.layer('user', 'settings')).toBeNull();
  });

  it('keeps both fields when two laptops change different fields (last writer wins per field)', async () => {
    await sam.edit('user', 'branding', [{ path: ['agencyName'], value: 'Northwind' }]);
    await samOtherLaptop.edit('user', 'branding', [{ path: ['font'], value: 'Georgia' }]);
    await sam.edit('user', 'branding', [{ path: ['font'], value: 'Arial' }]);
    expect(await sam.layer('user', 'branding')).toEqual({ agencyName: 'Northwind', font: 'Arial' });
  });

  it('applies an edit once: the same edit sent again is a duplicate with the same revision', async () => {
    const editId = mid('once');
    const first = await sam.edit('user', 'settings', [{ path: ['targets', 'nps'], value: 60 }], editId);
    const again = await samOtherLaptop.edit('user', 'settings', [{ path: ['targets', 'nps'], value: 99 }], editId);
    expect(again).toEqual({ ...first, status: 'duplicate' });
    expect(await sam.layer('user', 'settings')).toMatchObject({ targets: { nps: 60 } });
  });

  it('lets only an admin set team-wide values, which every user then receives', async () => {
    const refused = await sam.edit('team', 'branding', [{ path: ['agencyName'], value: 'Hijacked' }]);
    expect(refused).toMatchObject({ status: 'rejected', reason: 'forbidden' });
    expect(await lee.layer('team', 'branding')).toBeNull();
    const logs = server.logs.filter((l) => l.event === 'settings.rejected');
    expect(logs.at(-1)).toMatchObject({ reason: 'forbidden', editId: refused.editId });

    expect(await admin.edit('team', 'branding', [{ path: ['agencyName'], value: 'Agency Co' }])).toMatchObject({
      status: 'applied',
    });
    expect(await lee.layer('team', 'branding')).toEqual({ agencyName: 'Agency Co' });
    expect(await sam.layer('team', 'branding')).toEqual({ agencyName: 'Agency Co' });
  });

  it('sends only what changed since a revision, team and own layers alike', async () => {
    const { body: before } = await lee.settings();
    const { body: nothing } = await lee.settings(`?since=${before.rev}`);
    expect(nothing).toEqual({ rev: before.rev, layers: [] });
    await lee.edit('user', 'playbooks', [{ path: ['removed', 'budget-concern'], value: true }]);
    await server.db.query('SELECT 1');
    const { body: after } = await lee.settings(`?since=${before.rev}`);
    expect(after.layers).toEqual([
      expect.objectContaining({ scope: 'user', kind: 'playbooks', layer: { removed: { 'budget-concern': true } } }),
    ]);
    expect(after.rev).toBeGreaterThan(before.rev);
  });

  it('rejects values the settings schema refuses, one edit at a time, and stores nothing of them', async () => {
    const before = await sam.layer('user', 'settings');
    const attempts: [string, unknown[], RegExp][] = [
      ['settings', [{ path: ['targets', 'nps'], value: 'NaN' }], /targets\.nps/],
      ['settings', [{ path: ['health', 'bands', 'yellow'], value: 90 }], /Green must start above Yellow/],
      ['settings', [{ path: ['targets', 'bogus'], value: 1 }], /targets › bogus is not a settings field/],
      ['settings', [{ path: ['businessHours', 'start'], value: '25:00' }], /not a time/],
      ['settings', [{ path: ['response', 'firstResponseBusinessMinutes'], value: -5 }], /firstResponse/],
      ['branding', [{ path: ['agencyName'], value: 'Evil\u0000Name' }], /control characters/],
      ['branding', [{ path: ['primaryColor'], value: 'red' }], /6-digit hex/],
      ['branding', [{ path: ['logo'], value: { name: 'x.png', base64: 'AAAA' } }], /readable PNG or JPEG/],
      ['playbooks', [{ path: ['edited', 'pb-1'], value: { id: 'pb-1' } }], /name/],
      ['playbooks', [{ path: ['edited', 'pb-2'], value: 'x'.repeat(10) }], /playbooks|object/],
    ];
    for (const [kind, ops, message] of attempts) {
      const result = await sam.edit('user', kind, ops);
      expect(result, JSON.stringify(ops)).toMatchObject({ status: 'rejected', reason: 'validation' });
      expect((result as { message: string }).message).toMatch(message);
    }
    expect(await sam.layer('user', 'settings')).toEqual(before);
  });

  it('refuses hostile requests with a reason, never a 500', async () => {
    const prototype = await sam.edit('user', 'settings', [{ path: ['__proto__', 'polluted'], value: true }]);
    expect(prototype).toMatchObject({ status: 'rejected', reason: 'validation' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const otherUser = await sam.postRaw({
      clientId: 'x',
      edits: [{ editId: mid(), scope: 'user', kind: 'settings', userId: 'lee', ops: [{ path: [] }] }],
    });
    expect(otherUser.body.results[0]).toMatchObject({ status: 'rejected', reason: 'validation' });
    expect((await sam.postRaw('{"clientId":')).status).toBe(400);
    expect((await sam.postRaw({ clientId: 'x', edits: [] })).status).toBe(400);
    expect((await sam.settings('?since=-1')).status).toBe(400);
    expect((await sam.settings('?since=abc')).status).toBe(400);
    const huge = {
      clientId: 'x',
      edits: [{ editId: mid(), scope: 'user', kind: 'branding', ops: [] }],
      pad: 'x'.repeat(5e6),
    };
    expect((await sam.postRaw(huge)).status).toBe(413);
    const anonymous = new SettingsClient(server.url, 'not-a-real-token-at-all');
    expect((await anonymous.settings()).status).toBe(401);
    expect((await anonymous.postRaw({ clientId: 'x', edits: [] })).status).toBe(401);
  });

  it('takes a real logo of up to 1 MB and refuses a larger one', async () => {
    const png = Buffer.from(makePng(240, 80)).toString('base64');
    const ok = await sam.edit('user', 'branding', [{ path: ['logo'], value: { name: 'logo.png', base64: png } }]);
    expect(ok).toMatchObject({ status: 'applied' });
    expect(await samOtherLaptop.layer('user', 'branding')).toMatchObject({ logo: { name: 'logo.png', base64: png } });
    const big = Buffer.alloc(1_100_000, 1).toString('base64');
    const refused = await sam.edit('user', 'branding', [{ path: ['logo'], value: { name: 'big.png', base64: big } }]);
    expect(refused).toMatchObject({ status: 'rejected', reason: 'validation' });
  });

  it('admin commands set, replace and clear team-wide values from files, refusing bad ones in one line', async () => {
    const stdout = (
      await runAdminRequest(
        server.db,
        { command: 'set-team-settings', settings: { businessHours: { start: '09:00', end: '18:00' } } },
        NOW,
      )
    ).stdout;
    expect(stdout).toMatch(/^Team settings set: 2 fields \(businessHours\.start, businessHours\.end\), revision \d+\./);
    expect(await lee.layer('team', 'settings')).toEqual({ businessHours: { start: '09:00', end: '18:00' } });

    const branding = { agencyName: 'Agency Co', primaryColor: '#0a7f5a', font: 'Georgia' };
    await runAdminRequest(server.db, { command: 'set-team-branding', branding }, NOW);
    expect(await lee.layer('team', 'branding')).toEqual({ ...branding, primaryColor: '0A7F5A' });

    await expect(
      runAdminRequest(server.db, { command: 'set-team-branding', branding: { font: 'Comic Sans MS' } }, NOW),
    ).rejects.toThrow(/^Team branding refused: font must be one of Calibri/);
    await expect(
      runAdminRequest(server.db, { command: 'set-team-playbooks', playbooks: [{ id: 'x' }] }, NOW),
    ).rejects.toThrow(/^Team playbooks refused: playbook 1 › name/);
    await expect(runAdminRequest(server.db, { command: 'clear-team-settings', kind: 'colours' }, NOW)).rejects.toThrow(
      '--kind must be settings, branding or playbooks, not "colours".',
    );

    await runAdminRequest(server.db, { command: 'clear-team-settings', kind: 'settings' }, NOW);
    expect(await lee.layer('team', 'settings')).toEqual({});
  });
});
