import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_PLAYBOOKS } from '../../../../src-core/playbooks';
import {
  clearPlaybooks,
  loadedPlaybooks,
  parsePlaybooks,
  readPlaybooks,
  writePlaybooks,
} from '../../../../src-renderer/features/playbooks/playbooks-store';
import type { FieldbookDb } from '../../../../src-renderer/store';
import { freshDb } from '../../store/fixtures';

let db: FieldbookDb | null = null;
afterEach(async () => {
  await db?.delete();
  db = null;
});

describe('editable playbooks', () => {
  it('are the defaults until the CSM saves their own, and go back on reset', async () => {
    db = freshDb();
    expect(await readPlaybooks(db)).toEqual({ playbooks: DEFAULT_PLAYBOOKS, custom: false, problem: null });
    const mine = DEFAULT_PLAYBOOKS.map((p) =>
      p.id === 'engagement-drop'
        ? { ...p, tasks: [{ title: 'Visit {account} in person', detail: '', dueInDays: 3 }] }
        : p,
    );
    await writePlaybooks(db, mine);
    expect(await readPlaybooks(db)).toEqual({ playbooks: mine, custom: true, problem: null });
    await clearPlaybooks(db);
    expect((await readPlaybooks(db)).custom).toBe(false);
  });

  it('typed as JSON are checked with the schema the app runs them with, naming where', () => {
    expect(parsePlaybooks(JSON.stringify(DEFAULT_PLAYBOOKS))).toEqual({ ok: true, playbooks: DEFAULT_PLAYBOOKS });
    expect(parsePlaybooks('[{')).toEqual({
      ok: false,
      problems: ['This is not valid JSON: check commas, quotes and brackets.'],
    });
    const broken = structuredClone(DEFAULT_PLAYBOOKS);
    broken[1]!.tasks[0]!.dueInDays = -2;
    const result = parsePlaybooks(JSON.stringify(broken));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toMatch(/^playbook 2 › tasks › 1 › dueInDays: /);
    const twice = parsePlaybooks(JSON.stringify([DEFAULT_PLAYBOOKS[0], DEFAULT_PLAYBOOKS[0]]));
    expect(twice).toEqual({ ok: false, problems: ['two playbooks share an id'] });
  });

  it('that cannot be read fall back to the defaults and say so', () => {
    const loaded = loadedPlaybooks([{ id: 'x' }]);
    expect(loaded.playbooks).toBe(DEFAULT_PLAYBOOKS);
    expect(loaded.problem).toMatch(
      /^Your saved playbooks could not be read \(playbook 1 › name: .+\), so the default playbooks are in use\.$/,
    );
  });
});
