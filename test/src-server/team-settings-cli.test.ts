import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseAdminArgs } from '../../src-server/cli/admin-args';
import { makePng } from '../support/pptx/png';
import { removeTempDirs, runAdminHere, startServerProcess, stopped, seededDataDir } from './cli-helpers';

/** `npm run admin -- set-team-branding|set-team-settings|set-team-playbooks|clear-team-settings`. */
describe('team-wide settings from the admin command line', () => {
  const data = seededDataDir('team-settings');
  const beside = (name: string) => join(data, '..', name);
  afterAll(removeTempDirs);

  it('reads the branding file and its logo beside it; refuses bad input in one line, exit 1', async () => {
    writeFileSync(beside('logo.png'), makePng(300, 90));
    writeFileSync(
      beside('branding.json'),
      JSON.stringify({ agencyName: 'Agency Co', primaryColor: '#0a7f5a', font: 'Georgia', logo: 'logo.png' }),
    );
    const set = await runAdminHere(['set-team-branding', beside('branding.json'), '--data', data]);
    expect(set.stderr).toBe('');
    expect(set.code).toBe(0);
    expect(set.stdout).toMatch(
      /^Team branding set: 4 fields \(agencyName, primaryColor, font, logo\), revision \d+\. Every user receives them at their next sync\.\n$/,
    );
    writeFileSync(beside('bad.json'), JSON.stringify({ primaryColor: 'teal' }));
    const bad = await runAdminHere(['set-team-branding', beside('bad.json'), '--data', data]);
    expect(bad).toMatchObject({ code: 1, stdout: '' });
    expect(bad.stderr).toBe('admin: Team branding refused: primaryColor is not a 6-digit hex colour such as 1F3A5F.\n');
  }, 120_000);

  it('goes through the running server that holds the folder; a signed-in user receives the team value', async () => {
    const token = (
      await runAdminHere(['create-user', '--email', 'sam@agency.test', '--name', 'Sam', '--data', data])
    ).stdout.trim();
    const { child, url } = await startServerProcess(data, 20_000 + Math.floor(Math.random() * 20_000));
    try {
      writeFileSync(beside('settings.json'), JSON.stringify({ businessHours: { end: '18:00' } }));
      const set = await runAdminHere(['set-team-settings', beside('settings.json'), '--data', data]);
      expect(set.code).toBe(0);
      const reply = await fetch(`${url}/v1/settings`, { headers: { authorization: `Bearer ${token}` } });
      const body = (await reply.json()) as { layers: { scope: string; kind: string; layer: unknown }[] };
      expect(body.layers).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ scope: 'team', kind: 'settings', layer: { businessHours: { end: '18:00' } } }),
          expect.objectContaining({
            scope: 'team',
            kind: 'branding',
            layer: expect.objectContaining({ font: 'Georgia' }),
          }),
        ]),
      );
    } finally {
      await stopped(child);
    }
  }, 120_000);

  it('says what is wrong with the command line before touching the database', () => {
    const cases: [string[], string][] = [
      [['set-team-branding'], 'Name the JSON file: set-team-branding FILE.json.'],
      [['set-team-playbooks', beside('missing.json')], `Cannot read ${beside('missing.json')}: no such file.`],
      [['clear-team-settings'], '--kind is required.'],
      [['set-team-settings', beside('x.json'), '--kind', 'branding'], '--kind is only for clear-team-settings.'],
    ];
    for (const [args, message] of cases)
      expect(() => parseAdminArgs(args, '2026-09-14'), args.join(' ')).toThrow(message);
    writeFileSync(beside('logo-missing.json'), JSON.stringify({ logo: 'nope.png' }));
    expect(() => parseAdminArgs(['set-team-branding', beside('logo-missing.json')], '2026-09-14')).toThrow(
      'Cannot read the logo nope.png: no such file (paths are relative to logo-missing.json).',
    );
    writeFileSync(beside('big.png'), Buffer.alloc(1_200_000, 1));
    writeFileSync(beside('logo-big.json'), JSON.stringify({ logo: 'big.png' }));
    expect(() => parseAdminArgs(['set-team-branding', beside('logo-big.json')], '2026-09-14')).toThrow(
      'The logo big.png is 1.2 MB; logos must be 1 MB or smaller.',
    );
  });
});
