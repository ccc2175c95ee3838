import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseBookFile } from '../../src-core/model';
import { LOCK_FILE } from '../../src-server/cli/data-lock';
import { processIdentity } from '../../src-server/cli/process-identity';
import { removeTempDirs, runAdminHere, runCli, startServerProcess, stopped, tempDir } from './cli-helpers';
import type { TestServer } from '../../src-server/testing';
import { Client, makeAccount, makeBook, makeNote, makeTask, start } from './helpers';

describe('admin CLI on a PGlite data folder', () => {
  const data = tempDir('admin');
  const admin = (...args: string[]) => runAdminHere([...args, '--data', data]);
  const bookFile = join(data, '..', `${data.split('/').pop()}-book.json`);
  const book = makeBook({
    accounts: [makeAccount('acc-1'), makeAccount('acc-2')],
    notes: [makeNote('n-1', 'acc-1'), makeNote('n-2', 'acc-2')],
    tasks: [makeTask('t-1', 'acc-1')],
  });
  let samToken = '';
  afterAll(removeTempDirs);

  beforeAll(async () => {
    writeFileSync(bookFile, JSON.stringify(book));
    // The one spawned run (the smoke test of out/server/admin.js); the rest call runAdmin here.
    const created = await runCli('admin', [
      'create-user',
      '--email',
      'sam@agency.test',
      '--name',
      'Sam Rivera',
      '--data',
      data,
    ]);
    expect(created.code).toBe(0);
    samToken = created.stdout;
  }, 120_000);

  it('create-user prints the token and nothing else', () => {
    expect(samToken).toMatch(/^[A-Za-z0-9_-]{43}\n$/);
  });

  it('exits non-zero with a one-line reason on bad input', async () => {
    const cases: [string[], string][] = [
      [
        ['create-user', '--email', 'sam@agency.test', '--name', 'Again'],
        'admin: A user with email sam@agency.test already exists.\n',
      ],
      [['reassign', '--account', 'nope', '--to', 'sam@agency.test'], 'admin: There is no account with id nope.\n'],
      [['create-user', '--email', 'not-an-email', '--name', 'X'], 'admin: "not-an-email" is not an email address.\n'],
      [
        ['create-user', '--email', 'x@agency.test', '--name', 'X', '--role', 'king'],
        'admin: --role must be one of csm, lead, admin.\n',
      ],
      [['create-user', '--email', 'x@agency.test'], 'admin: --name is required.\n'],
      [
        ['import', '--format', 'salesforce', '--owner', 'sam@agency.test', 'x.csv'],
        'admin: Cannot read x.csv: no such file.\n',
      ],
      [
        ['import', '--format', 'fieldbook', '--owner', 'sam@agency.test', '/nonexistent.json'],
        'admin: Cannot read /nonexistent.json: no such file.\n',
      ],
      [
        ['seed-demo', '--owner', 'sam@agency.test', '--as-of', '2026-02-30'],
        'admin: --as-of must be a date (YYYY-MM-DD), not "2026-02-30".\n',
      ],
      [
        ['frobnicate'],
        expect.stringMatching(/^admin: Unknown command "frobnicate"\. usage: .*\n$/) as unknown as string,
      ],
    ];
    // The first two open the folder (one at a time, it has one owner); the rest fail before that.
    const runs = [await admin(...cases[0]![0]), await admin(...cases[1]![0])];
    runs.push(...(await Promise.all(cases.slice(2).map(([args]) => admin(...args)))));
    runs.forEach((run, i) => {
      const [args, stderr] = cases[i]!;
      expect({ args, code: run.code, stdout: run.stdout, stderr: run.stderr }).toEqual({
        args,
        code: 1,
        stdout: '',
        stderr,
      });
    });
  }, 120_000);

  it('imports a book all or nothing, and re-importing it changes nothing', async () => {
    const broken = join(data, '..', `${data.split('/').pop()}-broken.json`);
    writeFileSync(
      broken,
      JSON.stringify(makeBook({ accounts: [makeAccount('acc-9')], notes: [makeNote('n-9', 'acc-9', { body: '' })] })),
    );
    const refused = await admin('import', '--format', 'fieldbook', '--owner', 'sam@agency.test', broken);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(
      'admin: The book file cannot be imported, nothing was: notes row 1 (n-9): body is empty\n',
    );
    const first = await admin('import', '--format', 'fieldbook', '--owner', 'sam@agency.test', bookFile);
    expect(first).toEqual({
      code: 0,
      stdout: '2 accounts for sam@agency.test: 5 rows written, 0 unchanged.\n',
      stderr: '',
    });
    const again = await admin('import', '--format', 'fieldbook', '--owner', 'sam@agency.test', bookFile);
    expect(again.stdout).toBe('2 accounts for sam@agency.test: 0 rows written, 5 unchanged.\n');
  }, 120_000);

  it('goes through the running server that holds the folder, and the server sees the result at once', async () => {
    const port = 20_000 + Math.floor(Math.random() * 20_000);
    const { child, url } = await startServerProcess(data, port);
    try {
      const lock = JSON.parse(readFileSync(join(data, LOCK_FILE), 'utf8'));
      expect(lock).toMatchObject({
        kind: 'server',
        port,
        adminPort: expect.any(Number),
        pid: expect.any(Number),
        secret: expect.stringMatching(/^[\w-]{43}$/),
      });
      // Admin commands have their own local port; the sync port has no admin route, and the
      // admin port refuses anyone without the lock file's secret.
      const onSyncPort = await fetch(`${url}/v1/admin/run`, {
        method: 'POST',
        body: '{}',
        headers: { 'content-type': 'application/json', 'x-fieldbook-admin-secret': lock.secret },
      });
      expect(onSyncPort.status).toBe(404);
      const noSecret = await fetch(`http://127.0.0.1:${lock.adminPort}/v1/admin/run`, {
        method: 'POST',
        body: JSON.stringify({ command: 'list-users' }),
        headers: { 'content-type': 'application/json' },
      });
      expect([noSecret.status, await noSecret.json()]).toEqual([
        403,
        { error: 'forbidden', reason: 'Admin commands need the secret in the data folder lock file.' },
      ]);
      const lee = await admin('create-user', '--email', 'lee@agency.test', '--name', 'Lee');
      expect(lee.code).toBe(0);
      const leeClient = new Client(url, lee.stdout.trim());
      expect((await leeClient.get('/v1/me')).body).toMatchObject({ email: 'lee@agency.test' });
      const rotated = await admin('rotate-token', '--email', 'lee@agency.test');
      expect(rotated.stdout).toMatch(/^[A-Za-z0-9_-]{43}\n$/);
      expect((await leeClient.get('/v1/me')).status).toBe(401);
      expect((await new Client(url, rotated.stdout.trim()).get('/v1/me')).body).toMatchObject({
        email: 'lee@agency.test',
      });
      const moved = await admin('reassign', '--account', 'acc-2', '--to', 'lee@agency.test');
      expect(moved.stdout).toBe('Moved account acc-2 (2 rows) from sam@agency.test to lee@agency.test.\n');
      const leeAgain = new Client(url, rotated.stdout.trim());
      expect((await leeAgain.pullAll()).changes.map((c) => c.id).sort()).toEqual(['acc-2', 'n-2']);
      const out = join(data, '..', `${data.split('/').pop()}-export.json`);
      const exported = await admin('export-book', '--owner', 'sam@agency.test', '--out', out);
      expect(exported).toEqual({ code: 0, stdout: '1 accounts, 3 rows\n', stderr: '' });
      // The book holds contacts' personal details: readable by its owner only.
      expect(statSync(out).mode & 0o777).toBe(0o600);
      const folder = join(data, '..');
      const intoFolder = await admin('export-book', '--owner', 'sam@agency.test', '--out', folder);
      expect(intoFolder).toEqual({
        code: 1,
        stdout: '',
        stderr: `admin: --out ${folder} is a folder; name the book file to write, e.g. ${folder}/book.json.\n`,
      });
      expect(readdirSync(folder).filter((f) => f.includes('.tmp'))).toEqual([]);
      const file = JSON.parse(readFileSync(out, 'utf8'));
      expect(parseBookFile(file).ok).toBe(true);
      const sam = new Client(url, samToken.trim());
      const pulled = (await sam.pullAll()).changes.map((c) => c.row);
      const rows = [...file.tables.accounts, ...file.tables.notes, ...file.tables.tasks];
      expect(rows).toHaveLength(3);
      expect(new Set(rows.map((r: unknown) => JSON.stringify(r)))).toEqual(
        new Set(pulled.map((r) => JSON.stringify(r))),
      );
      const lifecycle = await admin('deactivate-user', '--email', 'lee@agency.test');
      expect(lifecycle.stdout).toMatch(/^Deactivated lee@agency\.test: their token no longer works\. Their 1 accounts/);
      expect((await leeAgain.get('/v1/me')).status).toBe(401);
      const listed = await admin('list-users');
      expect(listed.stdout.split('\n')[0]).toMatch(/^EMAIL +NAME +ROLE +LEAD +STATUS +ACCOUNTS$/);
      expect(listed.stdout).toMatch(/^lee@agency\.test +Lee +csm +- +deactivated +1$/m);
      expect(listed.stdout).not.toMatch(/[A-Za-z0-9_-]{43}/);
      const second = await runCli('server', ['--data', data, '--port', String(port + 1)]);
      expect(second.code).toBe(1);
      expect(second.stderr).toBe(
        `server: The data folder ${data} is already in use by a server (pid ${lock.pid}, port ${port}).\n`,
      );
    } finally {
      await stopped(child);
    }
    expect(() => readFileSync(join(data, LOCK_FILE))).toThrow();
  }, 180_000);

  it('seeds a deterministic demo book, and seeding it again changes nothing', async () => {
    await admin('create-user', '--email', 'demo@agency.test', '--name', 'Dee Mo');
    const first = await admin(
      'seed-demo',
      '--owner',
      'demo@agency.test',
      '--accounts',
      '2',
      '--seed',
      'cli-test',
      '--as-of',
      '2026-09-14',
    );
    expect(first.code).toBe(0);
    const written = /^2 accounts for demo@agency\.test: (\d+) rows written, 0 unchanged\.\n$/.exec(first.stdout);
    expect(written).not.toBeNull();
    const again = await admin(
      'seed-demo',
      '--owner',
      'demo@agency.test',
      '--accounts',
      '2',
      '--seed',
      'cli-test',
      '--as-of',
      '2026-09-14',
    );
    expect(again.stdout).toBe(`2 accounts for demo@agency.test: 0 rows written, ${written![1]} unchanged.\n`);
  }, 180_000);

  it('refuses to open a folder another live process holds, and takes over a stale lock', async () => {
    // The holder is another live process (the command runs in this one, whose own pid never holds).
    const other = spawn('sleep', ['300'], { stdio: 'ignore' });
    try {
      writeFileSync(
        join(data, LOCK_FILE),
        JSON.stringify({ pid: other.pid, kind: 'admin', port: null, secret: null, startedAt: '' }),
      );
      const busy = await admin('reassign', '--account', 'acc-1', '--to', 'sam@agency.test');
      expect(busy.code).toBe(1);
      expect(busy.stderr).toBe(
        `admin: The data folder ${data} is in use by another admin command (pid ${other.pid}); try again in a moment.\n`,
      );
    } finally {
      other.kill('SIGKILL');
    }
    writeFileSync(
      join(data, LOCK_FILE),
      JSON.stringify({ pid: 2_147_483_000, kind: 'server', port: 1, secret: 'x', startedAt: '' }),
    );
    const stale = await admin('reassign', '--account', 'acc-1', '--to', 'sam@agency.test');
    expect(stale).toEqual({ code: 0, stdout: 'Account acc-1 already belongs to sam@agency.test.\n', stderr: '' });
  }, 120_000);

  it('takes over a lock whose pid is a zombie or now belongs to another process (finding 7)', async () => {
    // sh forks `sleep 0`, prints its pid and execs into a sleep that never reaps it: a zombie.
    const parent = spawn('sh', ['-c', 'sleep 0 & echo $!; exec sleep 300'], { stdio: ['ignore', 'pipe', 'ignore'] });
    try {
      const zombie = Number((await new Promise<Buffer>((r) => parent.stdout.once('data', r))).toString().trim());
      await new Promise((r) => setTimeout(r, 300));
      expect(readFileSync(`/proc/${zombie}/stat`, 'utf8')).toMatch(/\) Z /);
      writeFileSync(
        join(data, LOCK_FILE),
        JSON.stringify({ pid: zombie, kind: 'admin', port: null, secret: null, startedAt: '' }),
      );
      const afterZombie = await admin('reassign', '--account', 'acc-1', '--to', 'sam@agency.test');
      expect(afterZombie.code).toBe(0);
      // A live process, but not the one that wrote the lock: its start time differs.
      const reused = { pid: parent.pid, processStart: '1', kind: 'admin', port: null, secret: null, startedAt: '' };
      writeFileSync(join(data, LOCK_FILE), JSON.stringify(reused));
      const afterReuse = await admin('reassign', '--account', 'acc-1', '--to', 'sam@agency.test');
      expect(afterReuse.code).toBe(0);
      // The same live process with its own start time still holds the folder.
      const holder = { ...reused, processStart: processIdentity(parent.pid!)!.startedAt };
      writeFileSync(join(data, LOCK_FILE), JSON.stringify(holder));
      const busy = await admin('reassign', '--account', 'acc-1', '--to', 'sam@agency.test');
      expect(busy.stderr).toContain(`is in use by another admin command (pid ${parent.pid})`);
    } finally {
      parent.kill('SIGKILL');
      rmSync(join(data, LOCK_FILE), { force: true });
    }
  }, 120_000);
});

// Registered only when a PostgreSQL server is available (CI sets TEST_DATABASE_URL).
if (process.env.TEST_DATABASE_URL)
  describe('admin CLI on PostgreSQL (DATABASE_URL)', () => {
    let server: TestServer;
    let databaseUrl = '';

    beforeAll(async () => {
      server = await start(process.env.TEST_DATABASE_URL);
      databaseUrl = server.databaseUrl!;
    });
    afterAll(async () => {
      await server.close();
      removeTempDirs();
    });

    it('creates users and imports books straight into the database the server reads', async () => {
      const env = { DATABASE_URL: databaseUrl };
      const created = await runAdminHere(['create-user', '--email', 'pg@agency.test', '--name', 'Pat'], env);
      expect(created.stdout).toMatch(/^[A-Za-z0-9_-]{43}\n$/);
      const folder = join(tempDir('pgbook'), '..');
      const file = join(folder, 'book.json');
      writeFileSync(
        file,
        JSON.stringify(makeBook({ accounts: [makeAccount('pg-a1')], notes: [makeNote('pg-n1', 'pg-a1')] })),
      );
      const imported = await runAdminHere(['import', '--format', 'fieldbook', '--owner', 'pg@agency.test', file], env);
      expect(imported.stdout).toBe('1 accounts for pg@agency.test: 2 rows written, 0 unchanged.\n');
      const pat = new Client(server.url, created.stdout.trim());
      expect((await pat.pullAll()).changes.map((c) => c.id).sort()).toEqual(['pg-a1', 'pg-n1']);
    }, 120_000);
  });
