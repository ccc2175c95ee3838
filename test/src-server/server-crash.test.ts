import type { ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LOCK_FILE } from '../../src-server/cli/data-lock';
import {
  createUserWithCli,
  removeTempDirs,
  runAdminHere,
  startServerProcess,
  stopped,
  seededDataDir,
} from './cli-helpers';
import { Client, clientFields, makeAccount, makeBook, makeNote } from './helpers';

describe('a server process killed mid-batch (RELIABILITY 12)', () => {
  const data = seededDataDir('crash');
  let running: ChildProcess | null = null;
  afterAll(async () => {
    if (running) await stopped(running, 'SIGKILL');
    removeTempDirs();
  });

  it('keeps all of the batch or none, and the retry applies it exactly once after a restart', async () => {
    const token = await createUserWithCli(data, 'sam@agency.test', 'Sam');
    const file = `${data}-book.json`;
    writeFileSync(file, JSON.stringify(makeBook({ accounts: [makeAccount('a1')] })));
    expect(
      (await runAdminHere(['import', '--format', 'fieldbook', '--owner', 'sam@agency.test', file, '--data', data]))
        .code,
    ).toBe(0);

    const port = 20_000 + Math.floor(Math.random() * 20_000);
    const first = await startServerProcess(data, port);
    running = first.child;
    const sam = new Client(first.url, token, 'laptop');
    const body = {
      clientId: 'laptop',
      mutations: Array.from({ length: 400 }, (_, i) => ({
        mutationId: `crash-${i}`,
        table: 'notes',
        op: 'upsert',
        id: `crash-n${i}`,
        fields: clientFields(makeNote(`crash-n${i}`, 'a1', { body: `Note ${i} `.repeat(50) })),
      })),
    };
    const serverPid = JSON.parse(readFileSync(join(data, LOCK_FILE), 'utf8')).pid as number;
    const cut = sam.pushRaw(body).catch(() => 'connection lost');
    await new Promise((r) => setTimeout(r, 150 + Math.random() * 400));
    process.kill(serverPid, 'SIGKILL');
    await cut;
    await stopped(first.child);

    const second = await startServerProcess(data, port + 1);
    running = second.child;
    const again = new Client(second.url, token, 'laptop');
    const kept = (await again.pullAll()).changes.filter((c) => c.table === 'notes').length;
    expect([0, 400]).toContain(kept);
    const retry = await again.pushRaw(body);
    const statuses = new Set(retry.body.results.map((r: { status: string }) => r.status));
    expect(statuses).toEqual(new Set([kept === 0 ? 'applied' : 'duplicate']));
    const notes = (await again.pullAll()).changes.filter((c) => c.table === 'notes');
    expect(notes).toHaveLength(400);
    await stopped(second.child);
    running = null;
  }, 240_000);
});
