import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The layer table of STYLE.md is enforced by `npm run lint` (Biome's noRestrictedImports, one
 * override per layer in biome.jsonc). This lints a small tree laid out like the repository, with
 * the project's own configuration, and checks that each forbidden import is caught and each
 * allowed one is not.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const BIOME = join(ROOT, 'node_modules/.bin/biome');

const FILES: Record<string, string> = {
  'src-core/uses-react.ts': "import { useState } from 'react';\nexport const a = useState;\n",
  'src-core/reads-disk.ts': "import { readFileSync } from 'node:fs';\nexport const a = readFileSync;\n",
  'src-core/reaches-renderer.ts': "import { db } from '../src-renderer/store/db';\nexport const a = db;\n",
  'src-core/uses-dexie.ts': "import Dexie from 'dexie';\nexport const a = Dexie;\n",
  'src-renderer/uses-electron.ts': "import { ipcRenderer } from 'electron';\nexport const a = ipcRenderer;\n",
  'src-renderer/features/x/opens-server-db.ts':
    "import { open } from '../../../src-server/db/open';\nexport const a = open;\n",
  'src-server/uses-dexie.ts': "import Dexie from 'dexie';\nexport const a = Dexie;\n",
  'src-preload/reads-disk.ts': "import { readFileSync } from 'node:fs';\nexport const a = readFileSync;\n",
  'src-main/imports-renderer.ts': "import { App } from '../src-renderer/App';\nexport const a = App;\n",
  'src-node/uses-electron.ts': "import { app } from 'electron';\nexport const a = app;\n",
  'src-node/reaches-server.ts': "import { open } from '../src-server/db/open';\nexport const a = open;\n",
  // Allowed: the core's own libraries; the renderer's core and preload API types; main's Node.
  'src-core/ok.ts': "import { z } from 'zod';\nimport { b } from './reads-disk';\nexport const a = [z, b];\n",
  'src-renderer/ok.ts':
    "import type { FieldbookBridge } from '../src-preload/api';\nimport { z } from '../src-core/ok';\n" +
    'export const a: FieldbookBridge | typeof z | null = null;\n',
  'src-main/ok.ts':
    "import { app } from 'electron';\nimport { join } from 'node:path';\nexport const a = [app, join];\n",
  // Main and the server share Node helpers through src-node.
  'src-server/ok.ts': "import { a as w } from '../src-node/ok';\nexport const a = w;\n",
  'src-node/ok.ts': "import { rename } from 'node:fs/promises';\nexport const a = rename;\n",
};

let dir = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'fieldbook-layers-'));
  copyFileSync(join(ROOT, 'biome.jsonc'), join(dir, 'biome.jsonc'));
  for (const [file, text] of Object.entries(FILES)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function restrictedImportsByFile(): Map<string, number> {
  const run = spawnSync(BIOME, ['lint', '--vcs-enabled=false', '--reporter=github', '--max-diagnostics=200', '.'], {
    cwd: dir,
    encoding: 'utf8',
  });
  const counts = new Map<string, number>();
  for (const line of run.stdout.split('\n')) {
    const match = /^::error title=lint\/style\/noRestrictedImports,file=([^,]+),/.exec(line);
    const file = match ? relative(dir, match[1]!) : null;
    if (file) counts.set(file, (counts.get(file) ?? 0) + 1);
  }
  return counts;
}

describe('layer boundaries (npm run lint)', () => {
  it('refuses each import the layer table forbids and allows the rest', () => {
    const found = restrictedImportsByFile();
    const forbidden = Object.keys(FILES).filter((f) => !f.endsWith('/ok.ts'));
    for (const file of forbidden) expect(found.get(file), file).toBe(1);
    for (const file of ['src-core/ok.ts', 'src-renderer/ok.ts', 'src-main/ok.ts', 'src-server/ok.ts', 'src-node/ok.ts'])
      expect(found.has(file), file).toBe(false);
  });
});
