import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { DetectedWarning } from '../../../../src-core/warnings';
import {
  linkPlaybookRun,
  listWarnings,
  reconcileStoredWarnings,
  resolveStoredWarning,
  snoozeStoredWarning,
} from '../../../../src-renderer/features/warnings/warnings-store';
import type { FieldbookDb } from '../../../../src-renderer/store';
import { freshDb } from '../../store/fixtures';

let db: FieldbookDb | null = null;
afterEach(async () => {
  await db?.delete();
  db = null;
});

const skipped = (evidenceKey: string): DetectedWarning => ({
  accountId: 'acc-1',
  kind: 'skipped_meeting',
  causeKey: 'acc-1:skipped_meeting',
  evidenceKey,
  evidence: `Monthly review on ${evidenceKey} missed (1 of 3 meetings skipped in 90 days)`,
  date: evidenceKey,
});
const late: DetectedWarning = {
  accountId: 'acc-2',
  kind: 'payment_late',
  causeKey: 'acc-2:payment_late:inv-9',
  evidenceKey: 'inv-9',
  evidence: 'Invoice INV-9 ($4,500) due 2026-10-01, unpaid',
  date: '2026-10-09',
};

function ids() {
  let n = 0;
  return () => `w-${++n}`;
}

describe('the stored warnings inbox', () => {
  it('raises one warning per cause and writes only what changed', async () => {
    db = freshDb();
    const newId = ids();
    expect(
      await reconcileStoredWarnings(db, [skipped('2026-11-02'), late, late], '2026-11-03T08:00:00.000Z', newId),
    ).toBe(2);
    const stored = await listWarnings(db);
    expect(stored.map((w) => [w.causeKey, w.status, w.id]).sort()).toEqual([
      ['acc-1:skipped_meeting', 'open', 'w-1'],
      ['acc-2:payment_late:inv-9', 'open', 'w-2'],
    ]);
    // The same detection the next hour changes nothing.
    expect(await reconcileStoredWarnings(db, [skipped('2026-11-02'), late], '2026-11-03T09:00:00.000Z', newId)).toBe(0);
  });

  it('keeps a snooze through recomputation, and brings the warning back when it ends', async () => {
    db = freshDb();
    await reconcileStoredWarnings(db, [late], '2026-11-03T08:00:00.000Z', ids());
    const [w] = await listWarnings(db);
    await snoozeStoredWarning(db, w!.id, '2026-11-10');
    await reconcileStoredWarnings(db, [late], '2026-11-05T08:00:00.000Z', ids());
    expect((await listWarnings(db))[0]).toMatchObject({ status: 'snoozed', snoozedUntil: '2026-11-10' });
    await reconcileStoredWarnings(db, [late], '2026-11-10T08:00:00.000Z', ids());
    expect((await listWarnings(db))[0]).toMatchObject({ id: w!.id, status: 'open', snoozedUntil: null });
  });

  it('keeps a resolved warning resolved on the same evidence, and reopens it on new evidence', async () => {
    db = freshDb();
    await reconcileStoredWarnings(db, [skipped('2026-11-02')], '2026-11-03T08:00:00.000Z', ids());
    const [w] = await listWarnings(db);
    await resolveStoredWarning(db, w!.id, '2026-11-03T10:00:00.000Z');
    await reconcileStoredWarnings(db, [skipped('2026-11-02')], '2026-11-04T08:00:00.000Z', ids());
    expect((await listWarnings(db))[0]).toMatchObject({ status: 'resolved', resolution: 'csm' });
    await reconcileStoredWarnings(db, [skipped('2026-11-16')], '2026-11-17T08:00:00.000Z', ids());
    const all = await listWarnings(db);
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ id: w!.id, status: 'open', evidenceKey: '2026-11-16', resolution: null });
  });

  it('keeps the playbooks run from a warning across recomputation', async () => {
    db = freshDb();
    await reconcileStoredWarnings(db, [late], '2026-11-03T08:00:00.000Z', ids());
    const [w] = await listWarnings(db);
    const link = {
      playbookId: 'budget-concern',
      playbookName: 'Budget concern → ROI analysis',
      ranAt: '2026-11-03T09:00:00.000Z',
      taskIds: ['t-1', 't-2'],
      opportunityId: null,
    };
    await linkPlaybookRun(db, w!.id, link);
    await reconcileStoredWarnings(
      db,
      [{ ...late, evidence: 'Invoice INV-9 ($4,500) due 2026-10-01, unpaid (second reminder)' }],
      '2026-11-04T08:00:00.000Z',
      ids(),
    );
    expect((await listWarnings(db))[0]).toMatchObject({
      evidence: 'Invoice INV-9 ($4,500) due 2026-10-01, unpaid (second reminder)',
      playbookRuns: [link],
    });
  });

  it('clears a warning whose cause went away', async () => {
    db = freshDb();
    await reconcileStoredWarnings(db, [late], '2026-11-03T08:00:00.000Z', ids());
    await reconcileStoredWarnings(db, [], '2026-11-04T08:00:00.000Z', ids());
    expect((await listWarnings(db))[0]).toMatchObject({
      status: 'resolved',
      resolution: 'cleared',
      resolvedAt: '2026-11-04T08:00:00.000Z',
    });
  });

  it('says so when the CSM acts on a warning that is gone', async () => {
    db = freshDb();
    await expect(snoozeStoredWarning(db, 'nope', '2026-12-01')).rejects.toThrow(
      'This warning is no longer in the inbox.',
    );
  });
});
