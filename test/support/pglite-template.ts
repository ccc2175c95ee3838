import { PGlite } from '@electric-sql/pglite';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../src-server/db/open';
import { PGLITE_TEMPLATE_DUMP, PGLITE_TEMPLATE_ENV } from '../../src-server/testing';

let folder: string | undefined;

/**
 * vitest globalSetup: one migrated PGlite cluster per run, as a data folder (`data/pglite`, which
 * command-line suites copy: test/src-server/cli-helpers.ts) and dumped to `cluster.tar.gz`, which
 * every in-memory test server loads (src-server/testing.ts). initdb costs seconds of CPU per
 * database; a copy or a load a fraction of that, and the schema is what the migrations make.
 */
export async function setup(): Promise<void> {
  // Several projects name this setup; they run one after another in this process: make it once.
  if (process.env[PGLITE_TEMPLATE_ENV]) return;
  folder = mkdtempSync(join(tmpdir(), 'fieldbook-pglite-template-'));
  const data = join(folder, 'data');
  mkdirSync(data);
  await (await openDatabase({ dataDir: data })).close();
  const cluster = new PGlite(join(data, 'pglite'));
  await cluster.waitReady;
  const dump = await cluster.dumpDataDir('gzip');
  await cluster.close();
  writeFileSync(join(folder, PGLITE_TEMPLATE_DUMP), new Uint8Array(await dump.arrayBuffer()));
  process.env[PGLITE_TEMPLATE_ENV] = folder;
}

export function teardown(): void {
  if (folder) rmSync(folder, { recursive: true, force: true });
}
