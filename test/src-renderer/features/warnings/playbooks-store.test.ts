import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { checkPlaybookList, DEFAULT_PLAYBOOKS } from '../../../../src-core/playbooks';
import { effectiveSettings, NO_LAYERS } from '../../../../src-core/user-settings';
import type { FieldbookDb } from '../../../../src-renderer/store';
import { readSettingsState, resetSettingsKind, saveSettingsKind } from '../../../../src-renderer/store/settings-repo';
import { freshDb, makeClock } from '../../store/fixtures';

let db: FieldbookDb | null = null;
afterEach(async () => {
  await db?.delete();
  db = null;
});

describe('editable playbooks', () => {
  it('are the defaults until the CSM saves their own, and go back on reset', async () => {
    db = freshDb();
    await db.meta.put({ key: 'bookSource', value: 'demo' });
    expect((await readSettingsState(db)).playbooks).toEqual(DEFAULT_PLAYBOOKS);
    const mine = DEFAULT_PLAYBOOKS.map((p) =>
      p.id === 'engagement-drop'
        ? { ...p, tasks: [{ title: 'Visit {account} in person', detail: '', dueInDays: 3 }] }
        : p,
    );
    await saveSettingsKind(db, makeClock(), 'playbooks', mine);
    const saved = await readSettingsState(db);
    expect(saved.playbooks).toEqual(mine);
    // Only the edited playbook is the CSM's own; the other nine still follow the defaults (or the team).
    expect(Object.keys(saved.layers.playbooks.user?.edited as object)).toEqual(['engagement-drop']);
    await resetSettingsKind(db, makeClock(), 'playbooks');
    expect((await readSettingsState(db)).playbooks).toEqual(DEFAULT_PLAYBOOKS);
  });

  it('handed over as JSON (set-team-playbooks) are checked with the schema the app runs them with, naming where', () => {
    expect(checkPlaybookList(JSON.parse(JSON.stringify(DEFAULT_PLAYBOOKS)))).toEqual({
      ok: true,
      playbooks: DEFAULT_PLAYBOOKS,
    });
    const broken = structuredClone(DEFAULT_PLAYBOOKS);
    broken[1]!.tasks[0]!.dueInDays = -2;
    const result = checkPlaybookList(broken);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toMatch(/^playbook 2 › tasks › 1 › dueInDays: /);
    const twice = checkPlaybookList([DEFAULT_PLAYBOOKS[0], DEFAULT_PLAYBOOKS[0]]);
    expect(twice).toEqual({ ok: false, problems: ['two playbooks share an id'] });
  });

  it('that cannot be read are skipped one by one, and say so', () => {
    const user = { edited: { x: { id: 'x' }, 'engagement-drop': { ...DEFAULT_PLAYBOOKS[4]!, name: 'Mine' } } };
    const loaded = effectiveSettings({ ...NO_LAYERS, playbooks: { team: null, user } });
    expect(loaded.playbooks.map((p) => p.name)).toContain('Mine');
    expect(loaded.playbooks).toHaveLength(DEFAULT_PLAYBOOKS.length);
    expect(loaded.problems.playbooks).toEqual([
      'Your value for the playbook “x” could not be read, so it is not used.',
    ]);
  });
});
