import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { planImport, readImportFiles, emptyMapping, type ImportPlan } from '../../../src-core/crm';
import { importBook, loadBookTables, writeImport, type FieldbookDb } from '../../../src-renderer/store';
import { NOW, fixture } from '../../src-core/crm/fixture-files';
import { freshDb, makeAccount, makeBook, makeClock } from './fixtures';

let db: FieldbookDb;
let clock: ReturnType<typeof makeClock>;

beforeEach(async () => {
  db = freshDb();
  await importBook(
    db,
    makeBook({ accounts: [makeAccount({ id: 'acc-1', name: 'Bright Smiles Dental', externalIds: undefined })] }),
    'file',
  );
  clock = makeClock('2026-09-14T14:05:00.000Z');
});
afterEach(async () => db.delete());

async function preview(paths: string[]): Promise<ImportPlan> {
  const batch = await readImportFiles(
    paths.map((p) => fixture(p)),
    { source: 'any', mapping: emptyMapping(), now: NOW, timeZone: 'America/Chicago' },
  );
  return planImport(batch, await loadBookTables(db), {
    now: NOW,
    owner: { id: 'u-sam', name: 'Sam Rivera' },
    canCreateAccounts: true,
    tombstones: new Set(),
    foreignAccounts: new Map(),
  });
}

describe('an import into the local book', () => {
  it('writes every row with its outbox entry: upserts for new rows, a patch of the changed fields for rows it had', async () => {
    const plan = await preview(['salesforce/Account.csv', 'salesforce/Contact.csv']);
    // The book's "Bright Smiles Dental" has no Salesforce id yet: the import links it by name.
    expect(plan.counts.accounts).toEqual({ created: 2, updated: 1, unchanged: 0 });
    const result = await writeImport(db, clock, plan.writes);
    expect(result).toEqual({ written: 6, accounts: 3 });
    const outbox = await db.outbox.toArray();
    expect(
      outbox
        .filter((m) => m.op === 'upsert')
        .map((m) => m.id)
        .sort(),
    ).toEqual([
      'sf-0015g00000HvacPAAR',
      'sf-0015g00000LawFmAAJ',
      'sf-0035g00000DrLeeAAF',
      'sf-0035g00000Gm001AAB',
      'sf-0035g00000OfMgrAAF',
    ]);
    const patch = outbox.find((m) => m.op === 'patch')!;
    expect(patch).toMatchObject({ table: 'accounts', id: 'acc-1', baseRev: 1 });
    // Austin, TX it already had: only what differs is sent
    expect(Object.keys(patch.fields).sort()).toEqual(['externalIds', 'industry', 'startedAt', 'website']);
    expect(Object.keys(outbox[0]!.fields)).not.toContain('rev'); // server-owned fields never leave the laptop
    const contacts = await db.contacts.where('accountId').equals('acc-1').toArray();
    expect(contacts.map((c) => c.name).sort()).toEqual(['Maria Lee', 'Tom Baker']);
  });

  it('writes nothing when a row changed after the preview, and says to preview again', async () => {
    const plan = await preview(['salesforce/Account.csv']);
    await db.accounts.update('acc-1', { pulse: 2 }); // a sync or an edit in between
    await expect(writeImport(db, clock, plan.writes)).rejects.toMatchObject({ code: 'stale' });
    expect(await db.outbox.count()).toBe(0);
    expect(await db.accounts.count()).toBe(1);
  });

  it('leaves the book exactly as it was when the write fails halfway (RELIABILITY 24)', async () => {
    const plan = await preview(['salesforce/Account.csv', 'salesforce/Contact.csv']);
    const before = await loadBookTables(db);
    const broken = { ...plan.writes.at(-1)!, row: { ...plan.writes.at(-1)!.row, id: undefined as unknown as string } };
    await expect(writeImport(db, clock, [...plan.writes.slice(0, -1), broken])).rejects.toThrow();
    expect(await loadBookTables(db)).toEqual(before);
    expect(await db.outbox.count()).toBe(0);
  });
});
