import { PGlite } from '@electric-sql/pglite';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../src-server/db/open';
import { PGLITE_TEMPLATE_ENV } from '../../src-server/testing';

let folder: string | undefined;

/**
 * vitest globalSetup: one migrated PGlite cluster per run, dumped to a file that every in-memory
 * test server starts from (src-server/testing.ts). initdb costs seconds of CPU per database;
 * loading the dump a fraction of that, and the schema is exactly what the migrations make.
 */
export async function setup(): Promise<void> {
  folder = mkdtempSync(join(tmpdir(), 'fieldbook-pglite-template-'));
  const data = join(folder, 'data');
  mkdirSync(data);
  await (await openDatabase({ dataDir: data })).close();
  const cluster = new PGlite(join(data, 'pglite'));
  await cluster.waitReady;
  const dump = await cluster.dumpDataDir('gzip');
  await cluster.close();
  const file = join(folder, 'cluster.tar.gz');
  writeFileSync(file, new Uint8Array(await dump.arrayBuffer()));
  process.env[PGLITE_TEMPLATE_ENV] = file;
}

export function teardown(): void {
  if (folder) rmSync(folder, { recursive: true, force: true });
}
