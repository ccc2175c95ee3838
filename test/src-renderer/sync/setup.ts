import 'fake-indexeddb/auto';
import { TABLE_NAMES } from '../../../src-core/model';
import { createWriter, loadBookTables, type FieldbookDb } from '../../../src-renderer/store';
import { createSyncApi } from '../../../src-renderer/sync';
import { freshDb, makeAccount, makeClock, makeContract, makeNote } from '../store/fixtures';
import type { TestServer } from '../../../src-server/testing';
import { FakeSyncServer } from './fake-server';

export const SAM = { token: 'tok-sam', id: 'u-sam', name: 'Sam Rivera' };
export const LEE = { token: 'tok-lee', id: 'u-lee', name: 'Lee Chen' };

/** A server with Sam's two accounts and Lee's one, and Sam's empty laptop. */
export function setup() {
  const server = new FakeSyncServer();
  server.addUser(SAM.token, SAM.id, SAM.name);
  server.addUser(LEE.token, LEE.id, LEE.name);
  const strip = <R extends object>(row: R) => {
    const {
      rev: _r,
      deleted: _d,
      updatedAt: _u,
      ...rest
    } = row as R & { rev: number; deleted: boolean; updatedAt: string };
    return rest;
  };
  server.put('accounts', strip(makeAccount({ id: 'acc-1', name: 'Northside HVAC' })));
  server.put('accounts', strip(makeAccount({ id: 'acc-2', name: 'Bright Smiles Dental' })));
  server.put(
    'accounts',
    strip(makeAccount({ id: 'acc-3', name: 'Cole & Park Law', ownerId: LEE.id, ownerName: LEE.name })),
  );
  server.put('contracts', strip(makeContract({ id: 'con-1', accountId: 'acc-1', monthlyValueCents: 450_000 })));
  server.put('contracts', strip(makeContract({ id: 'con-2', accountId: 'acc-2', monthlyValueCents: 120_000 })));
  server.put('contracts', strip(makeContract({ id: 'con-3', accountId: 'acc-3', monthlyValueCents: 999_000 })));
  server.put('notes', strip(makeNote({ id: 'note-1', accountId: 'acc-1', body: 'Traffic up, leads flat' })));
  server.put('notes', strip(makeNote({ id: 'note-2', accountId: 'acc-2', body: 'Wants a second location' })));
  server.put('notes', strip(makeNote({ id: 'note-3', accountId: 'acc-3', body: "Lee's client" })));
  const db = freshDb();
  const clock = makeClock('2026-09-02T09:00:00.000Z');
  const api = createSyncApi({ serverUrl: server.url, token: SAM.token, transport: server.transport });
  const writer = createWriter(db, clock, SAM.name);
  return { server, db, clock, api, writer };
}

/** The laptop's book as the server would list it: live rows by table, sorted by id. */
export async function localBook(db: FieldbookDb): Promise<Record<string, unknown[]>> {
  return byTable(await loadBookTables(db));
}

/** A real team server's book of one user (`admin export-book`), in `localBook`'s shape. */
export async function exportedBook(server: TestServer, email: string): Promise<Record<string, unknown[]>> {
  return byTable((await server.exportBook(email)).tables);
}

function byTable(tables: Record<string, unknown>): Record<string, unknown[]> {
  const book: Record<string, unknown[]> = {};
  for (const table of TABLE_NAMES) {
    const rows = [...(tables[table] as { id: string }[])].sort((a, b) => a.id.localeCompare(b.id));
    if (rows.length > 0) book[table] = rows;
  }
  return book;
}
