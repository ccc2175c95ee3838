import { afterEach, describe, expect, it } from 'vitest';
import { emptyMapping, readImportFiles, withVocab, type ImportFileInput } from '../../src-core/crm';
import { runAdminRequest } from '../../src-server/admin/commands';
import type { Db } from '../../src-server/db/adapter';
import type { TestServer } from '../../src-server/testing';
import { fixture } from '../src-core/crm/fixture-files';
import { BACKENDS, Client, NOW, makeAccount, makeBook, start } from './helpers';

const SF = ['Account.csv', 'Contact.csv', 'Opportunity.csv', 'Task.csv', 'Event.csv'];
const sfFiles = () => SF.map((f) => fixture(`salesforce/${f}`));
const MAPPED = withVocab(emptyMapping(), 'opportunityStage', 'Legal Review', 'proposed');

async function importCrm(
  db: Db,
  files: ImportFileInput[],
  options: { dryRun?: boolean; skipInvalid?: boolean; mapping?: typeof MAPPED } = {},
) {
  const batch = await readImportFiles(files, {
    source: 'any',
    mapping: options.mapping ?? MAPPED,
    now: NOW,
    timeZone: 'America/Chicago',
  });
  return runAdminRequest(
    db,
    {
      command: 'import-crm',
      owner: 'sam@agency.test',
      batch,
      dryRun: options.dryRun ?? false,
      skipInvalid: options.skipInvalid ?? false,
    },
    NOW,
  );
}

/** The book as the CSM's laptop would pull it, without what each write stamps. */
async function pulled(server: TestServer, token: string) {
  const { changes } = await new Client(server.url, token).pullAll();
  return changes
    .filter((c) => !c.deleted)
    .map(({ table, id, row }) => {
      const { rev: _r, updatedAt: _u, ...rest } = row as Record<string, unknown>;
      return { table, id, row: rest };
    })
    .sort((a, b) => `${a.table}:${a.id}`.localeCompare(`${b.table}:${b.id}`));
}

for (const backend of BACKENDS) {
  describe(`admin import of CRM exports (${backend.name})`, () => {
    let server: TestServer;
    afterEach(() => server?.close());

    it("imports Salesforce exports into the owner's book, which the laptop then pulls; re-importing changes nothing", async () => {
      server = await start(backend.databaseUrl);
      const token = await server.createUser({ email: 'sam@agency.test', name: 'Sam Rivera' });
      const reply = await importCrm(server.db, sfFiles());
      expect(reply.failed).toBeUndefined();
      expect(reply.stdout).toContain('Imported for sam@agency.test: 14 rows written, 0 unchanged.');
      const book = await pulled(server, token);
      expect(book.filter((r) => r.table === 'accounts').map((r) => [r.id, r.row.name, r.row.ownerName])).toEqual([
        ['sf-0015g00000BrtSmAAJ', 'Bright Smiles Dental', 'Sam Rivera'],
        ['sf-0015g00000HvacPAAR', 'Peak Comfort HVAC', 'Sam Rivera'],
        ['sf-0015g00000LawFmAAJ', 'Harbor Legal Group', 'Sam Rivera'],
      ]);
      const again = await importCrm(server.db, sfFiles());
      expect(again.stdout).toContain('0 rows written, 14 unchanged.');
      expect(await pulled(server, token)).toEqual(book);
    });

    it('--dry-run prints the preview and writes nothing; rows it cannot read block the import unless --skip-invalid', async () => {
      server = await start(backend.databaseUrl);
      const token = await server.createUser({ email: 'sam@agency.test' });
      const dry = await importCrm(server.db, sfFiles(), { dryRun: true });
      expect(dry.stdout).toContain('accounts: 3 new, 0 updated, 0 unchanged');
      expect(dry.stdout).toContain('Dry run: nothing was written.');
      const blocked = await importCrm(server.db, sfFiles(), { mapping: emptyMapping() });
      expect(blocked.failed).toMatch(/^Nothing was imported: 1 row cannot be read/);
      expect(blocked.stdout).toContain(
        'Opportunity.csv row 4 (cannot be read): Stage "Legal Review" has no Fieldbook stage yet',
      );
      expect(await pulled(server, token)).toEqual([]);
      const skipped = await importCrm(server.db, sfFiles(), { mapping: emptyMapping(), skipInvalid: true });
      expect(skipped.stdout).toContain('13 rows written');
    });

    it("leaves another CSM's account alone, row by row, and imports the rest", async () => {
      server = await start(backend.databaseUrl);
      const samToken = await server.createUser({ email: 'sam@agency.test' });
      const leeToken = await server.createUser({ email: 'lee@agency.test' });
      await server.seedBook(
        'lee@agency.test',
        makeBook({ accounts: [makeAccount('sf-0015g00000LawFmAAJ', { name: 'Harbor Legal (Lee)' })] }),
      );
      const leeBefore = await pulled(server, leeToken);
      const reply = await importCrm(server.db, sfFiles());
      expect(reply.stdout).toContain(
        "Account.csv row 4 (not in your book): belongs to lee@agency.test's book; reassign it first",
      );
      expect(reply.stdout).toContain(
        'Opportunity.csv row 4 (not in your book): names account 0015g00000LawFmAAJ, which is in lee@agency.test',
      );
      expect((await pulled(server, samToken)).filter((r) => r.table === 'accounts')).toHaveLength(2);
      expect(await pulled(server, leeToken)).toEqual(leeBefore);
    });

    it('a failed import leaves the book exactly as it was', async () => {
      let failWrites = false;
      server = await start(backend.databaseUrl, {
        wrapDb: (db) =>
          ({
            ...db,
            query: (sql, params) => db.query(sql, params),
            transaction: (work) =>
              db.transaction((tx) =>
                work({
                  query: (sql: string, params?: unknown[]) => {
                    if (failWrites && /INSERT INTO account_owners/.test(sql)) throw new Error('disk full');
                    return tx.query(sql, params);
                  },
                }),
              ),
            close: () => db.close(),
          }) as Db,
      });
      const token = await server.createUser({ email: 'sam@agency.test' });
      await importCrm(server.db, [fixture('salesforce/Account.csv')]);
      const before = await pulled(server, token);
      failWrites = true; // the rows are written, then the account owners fail: the whole transaction rolls back
      await expect(importCrm(server.db, sfFiles())).rejects.toThrow('disk full');
      failWrites = false;
      expect(await pulled(server, token)).toEqual(before);
    });

    it("exports the CSM's own work once, and marks it so the next export leaves it out", async () => {
      server = await start(backend.databaseUrl);
      const token = await server.createUser({ email: 'sam@agency.test' });
      await importCrm(server.db, sfFiles());
      const sam = new Client(server.url, token);
      await sam.push([
        {
          mutationId: 'm-1',
          table: 'activities',
          op: 'upsert',
          id: 'a-mine',
          fields: {
            accountId: 'sf-0015g00000BrtSmAAJ',
            kind: 'call',
            status: 'completed',
            direction: 'outbound',
            at: '2026-09-12T15:00:00.000Z',
            durationMinutes: 10,
            subject: 'Quick check-in',
            outcome: '',
            attendeeIds: [],
            insight: null,
          },
        },
      ]);
      const request = {
        command: 'export-activities' as const,
        owner: 'sam@agency.test',
        format: 'salesforce' as const,
        since: null,
        timeZone: 'America/Chicago',
      };
      const first = await runAdminRequest(server.db, request, NOW);
      expect(first.files?.map((f) => f.name)).toEqual(['Task.csv']);
      expect(first.files?.[0]?.text).toContain('0015g00000BrtSmAAJ,,Quick check-in,2026-09-12,Completed');
      expect(first.marks).toEqual([{ table: 'activities', id: 'a-mine' }]);
      await runAdminRequest(
        server.db,
        { command: 'mark-exported', owner: 'sam@agency.test', format: 'salesforce', marks: first.marks! },
        NOW,
      );
      const mine = (await sam.pullAll()).changes.find((c) => c.id === 'a-mine');
      expect(mine?.row?.exportedTo).toEqual({ salesforce: NOW });
      const second = await runAdminRequest(server.db, request, NOW);
      expect(second.files).toEqual([]);
    });
  });
}
