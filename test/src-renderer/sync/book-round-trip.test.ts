import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyMapping, planImport, readImportFiles, withVocab } from '../../../src-core/crm';
import { generateDemoBook } from '../../../src-core/demo';
import { TABLE_NAMES, emptyBookTables, type BookFile, type BookTables } from '../../../src-core/model';
import { runAdminRequest } from '../../../src-server/admin/commands';
import { startTestServer, type TestServer } from '../../../src-server/testing';
import { importBook, loadBookTables, writeImport } from '../../../src-renderer/store';
import { NOW, fixture } from '../../src-core/crm/fixture-files';
import { freshDb, makeClock } from '../store/fixtures';

/**
 * One book, three homes: exported as a book file, imported into an empty team server and into an
 * empty laptop store, it is the same data everywhere; and the same CRM exports imported into an
 * empty server and an empty laptop give the same rows (one core planner behind both).
 */
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ now: () => new Date(NOW) });
}, 60_000);
afterAll(async () => server?.close());

const SF = ['Account.csv', 'Contact.csv', 'Opportunity.csv', 'Task.csv', 'Event.csv', 'report-opportunities.csv'];
const MAPPED = withVocab(emptyMapping(), 'opportunityStage', 'Legal Review', 'proposed');
const HS = ['companies.csv', 'contacts.csv', 'deals.csv', 'calls.csv', 'meetings.csv', 'notes.csv'];
const readHs = () =>
  readImportFiles(
    HS.map((f) => fixture(`hubspot/${f}`)),
    { source: 'hubspot', mapping: emptyMapping(), now: NOW, timeZone: 'America/Chicago' },
  );
const readSf = () =>
  readImportFiles(
    SF.map((f) => fixture(`salesforce/${f}`)),
    { source: 'salesforce', mapping: MAPPED, now: NOW, timeZone: 'America/Chicago' },
  );

/** Rows by table and id, without what each store stamps on a write (revision, time, owner). */
function comparable(tables: BookTables) {
  return Object.fromEntries(
    TABLE_NAMES.map((t) => [
      t,
      (tables[t] as Record<string, unknown>[])
        .map(({ rev: _r, updatedAt: _u, ownerId: _o, ownerName: _n, ...rest }) => rest)
        .sort((a, b) => String(a.id).localeCompare(String(b.id))),
    ]),
  );
}

async function bookWithCrmRows(): Promise<BookFile> {
  const owner = { id: 'u-sam', email: 'sam@agency.test', name: 'Sam Rivera', role: 'csm' as const };
  const book = generateDemoBook({ seed: 'round-trip', accounts: 3, years: 1, asOf: '2026-09-14', owner });
  const plan = planImport(await readSf(), book.tables, {
    now: NOW,
    owner,
    canCreateAccounts: true,
    tombstones: new Set(),
    foreignAccounts: new Map(),
  });
  const tables = structuredClone(book.tables) as Record<string, unknown[]>;
  for (const w of plan.writes) tables[w.table]!.push(w.row);
  // a row already sent to Salesforce keeps its mark through every export and import
  (tables.activities![0] as { exportedTo?: object }).exportedTo = { salesforce: NOW };
  return { ...book, tables: tables as unknown as BookTables };
}

describe('a book exported and imported again', () => {
  it('is the same data in an empty team server and an empty laptop store', async () => {
    const book = await bookWithCrmRows();
    await server.createUser({ email: 'sam@agency.test', name: 'Sam Rivera' });
    await server.seedBook('sam@agency.test', book);
    const fromServer = await server.exportBook('sam@agency.test');
    expect(comparable(fromServer.tables)).toEqual(comparable(book.tables));

    const db = freshDb();
    await importBook(db, fromServer, 'file');
    const onLaptop = await loadBookTables(db);
    expect(comparable(onLaptop)).toEqual(comparable(fromServer.tables));
    expect(onLaptop.activities.some((a) => a.exportedTo?.salesforce === NOW)).toBe(true);
    expect(onLaptop.accounts.filter((a) => a.externalIds?.salesforce)).toHaveLength(3);
    await db.delete();
  });

  it('the same HubSpot exports give the same rows on an empty server and in an empty laptop store', async () => {
    await server.createUser({ email: 'lee@agency.test', name: 'Lee Chen' });
    const reply = await runAdminRequest(
      server.db,
      { command: 'import-crm', owner: 'lee@agency.test', batch: await readHs(), dryRun: false, skipInvalid: false },
      NOW,
    );
    expect(reply.failed).toBeUndefined();
    const onServer = (await server.exportBook('lee@agency.test')).tables;

    const db = freshDb();
    await importBook(
      db,
      {
        format: 'fieldbook-book/1',
        exportedAt: NOW,
        owner: { id: 'u-lee', email: 'lee@agency.test', name: 'Lee Chen', role: 'csm' },
        tables: emptyBookTables(),
      },
      'file',
    );
    const plan = planImport(await readHs(), await loadBookTables(db), {
      now: NOW,
      owner: { id: 'u-lee', name: 'Lee Chen' },
      canCreateAccounts: true,
      tombstones: new Set(),
      foreignAccounts: new Map(),
    });
    await writeImport(db, makeClock(NOW), plan.writes);
    expect(comparable(await loadBookTables(db))).toEqual(comparable(onServer));
    expect(onServer.accounts.length).toBeGreaterThan(0);
    await db.delete();
  });
});
