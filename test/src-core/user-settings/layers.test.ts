import { describe, expect, it } from 'vitest';
import { DEFAULT_PLAYBOOKS } from '../../../src-core/playbooks';
import { DEFAULT_SETTINGS } from '../../../src-core/settings';
import {
  applyOps,
  checkLayer,
  effectiveSettings,
  NO_LAYERS,
  opsForWanted,
  overlay,
  playbookLayerOf,
  type SettingsLayers,
} from '../../../src-core/user-settings';

const layers = (patch: Partial<SettingsLayers>): SettingsLayers => ({ ...NO_LAYERS, ...patch });

describe('the merge rule: the CSM’s value, else the team’s, else the default', () => {
  it('applies per field for settings', () => {
    const team = { businessHours: { start: '09:00', end: '18:00' }, targets: { nps: 40 } };
    const user = { businessHours: { end: '17:00' } };
    const { settings } = effectiveSettings(layers({ settings: { team, user } }));
    expect(settings.businessHours).toEqual({ start: '09:00', end: '17:00', workdays: [0, 1, 2, 3, 4], holidays: [] });
    expect(settings.targets.nps).toBe(40);
    expect(settings.targets.csat).toBe(DEFAULT_SETTINGS.targets.csat);
  });

  it('applies per playbook for playbooks: edits replace, removals stay removed, new ones follow', () => {
    const mine = { ...DEFAULT_PLAYBOOKS[0]!, name: 'My performance gap' };
    const added = { ...DEFAULT_PLAYBOOKS[1]!, id: 'my-own', name: 'My own' };
    const team = playbookLayerOf(DEFAULT_PLAYBOOKS, DEFAULT_PLAYBOOKS.slice(0, 5));
    const user = { edited: { [mine.id]: mine, 'my-own': added }, removed: { 'competitor-interest': true } };
    const { playbooks } = effectiveSettings(layers({ playbooks: { team, user } }));
    expect(playbooks.map((p) => p.name)).toEqual([
      'My performance gap',
      DEFAULT_PLAYBOOKS[1]!.name,
      DEFAULT_PLAYBOOKS[3]!.name,
      DEFAULT_PLAYBOOKS[4]!.name,
      'My own',
    ]);
  });

  it('keeps only what differs from the team as the CSM’s own, so the rest keeps following the team', () => {
    const team = { targets: { nps: 40 } };
    const wanted = { ...DEFAULT_SETTINGS, targets: { ...DEFAULT_SETTINGS.targets, nps: 40, csat: 4.8 } };
    const ops = opsForWanted('settings', { team, user: { targets: { nps: 45 } } }, wanted);
    // NPS set back to the team's value is dropped from the CSM's layer; CSAT becomes theirs.
    expect(ops).toEqual([{ path: ['targets', 'nps'] }, { path: ['targets', 'csat'], value: 4.8 }]);
    expect(applyOps({ targets: { nps: 45 } }, ops)).toEqual({ targets: { csat: 4.8 } });
  });

  it('loads settings stored by older and newer versions: missing fields are defaults, unknown ones ignored', () => {
    const older = { targets: { nps: 60 } };
    const newer = { targets: { nps: 60, someFutureTarget: 3 }, aFutureGroup: { x: 1 } };
    for (const user of [older, newer]) {
      const { settings, problems } = effectiveSettings(layers({ settings: { team: null, user } }));
      expect(settings).toEqual({ ...DEFAULT_SETTINGS, targets: { ...DEFAULT_SETTINGS.targets, nps: 60 } });
      expect(problems.settings).toEqual([]);
    }
  });

  it('drops a value that no longer fits from the highest layer that set it, naming it', () => {
    const team = { health: { bands: { green: 60, yellow: 40 } } };
    const user = { health: { bands: { yellow: 65 } }, targets: { nps: 70 } };
    const { settings, problems } = effectiveSettings(layers({ settings: { team, user } }));
    expect(settings.health.bands).toEqual({ green: 60, yellow: 40 });
    expect(settings.targets.nps).toBe(70);
    expect(problems.settings).toEqual(['Your value for health › bands (Green must start above Yellow) is not used.']);
  });

  it('never follows a path into an object’s prototype', () => {
    const hostile = JSON.parse('{"__proto__": {"polluted": true}, "targets": {"nps": 55}}');
    expect(overlay(DEFAULT_SETTINGS, hostile).targets.nps).toBe(55);
    expect(applyOps({}, [{ path: ['__proto__', 'polluted'], value: true }])).toEqual({});
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(checkLayer('settings', 'user', hostile, null)).toEqual({
      ok: false,
      problems: ['__proto__ is not a settings field'],
    });
  });
});
