import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deckFileName } from '../../../src-core/deck';
import { generateDemoBook } from '../../../src-core/demo';
import type { Account, BookFile } from '../../../src-core/model';
import { lastCompletePeriod, runDeck } from '../../../src-server/cli/deck';
import { writeAdvice } from '../../../src-server/cli/deck/write-atomic';
import { inspectPptx } from '../../support/pptx/inspect-package';
import { ACCOUNT_ID } from '../../src-core/deck/fixture-book';
import { redAccountBook } from '../../src-core/deck/red-account-book';

const NOW = '2026-11-20T09:00:00.000Z';
let dir: string;
let bookPath: string;
let book: BookFile;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'fieldbook-deck-cli-'));
  book = generateDemoBook({
    seed: 'cli',
    accounts: 3,
    asOf: '2026-10-05',
    owner: { id: 'u-1', email: 'sam@example.com', name: 'Sam Lee', role: 'csm' },
  });
  bookPath = join(dir, 'book.json');
  writeFileSync(bookPath, JSON.stringify(book));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const active = () => book.tables.accounts.filter((a) => a.stage !== 'churned' && a.churnedAt === null);

describe('npm run deck', () => {
  it('writes one QBR for an account into a folder, named for the account and the last complete quarter', async () => {
    const account = book.tables.accounts[0]!;
    const out = join(dir, 'one');
    const result = await runDeck(['--book', bookPath, '--account', account.id, '--kind', 'qbr', '--out', out], NOW);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    // The book was exported on 2026-10-05, so the last complete quarter is Q3 even on 2026-11-20.
    const expected = join(out, deckFileName(account.name, 'qbr', '2026-Q3'));
    expect(result.out).toMatch(
      new RegExp(`^Wrote ${expected.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(\\d+ slides, \\d+ KB\\)$`),
    );
    const report = await inspectPptx(readFileSync(expected));
    expect(report.problems).toEqual([]);
  });

  it('says which slides it left out for having nothing to say, and why', async () => {
    const red: BookFile = {
      format: 'fieldbook-book/1',
      exportedAt: '2026-10-05T12:00:00.000Z',
      owner: { id: 'u-1', email: 'sam@example.com', name: 'Sam Lee', role: 'csm' },
      tables: redAccountBook(),
    };
    const path = join(dir, 'red.json');
    writeFileSync(path, JSON.stringify(red));
    const target = join(dir, 'red', 'qbr.pptx');
    const result = await runDeck(['--book', path, '--account', ACCOUNT_ID, '--kind', 'qbr', '--out', target], NOW);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    expect(result.out.split('\n').slice(1)).toEqual([
      '  Left out "Wins this quarter": No wins were recorded for Q3 2026: no KPI on target or improving, no POWER goal reached, no deliverable for the client completed.',
    ]);
  });

  it('writes to a .pptx path as given, for a chosen month', async () => {
    const target = join(dir, 'file', 'report.pptx');
    const result = await runDeck(
      [
        '--book',
        bookPath,
        '--account',
        book.tables.accounts[1]!.id,
        '--kind',
        'value-report',
        '--period',
        '2026-08',
        '--out',
        target,
      ],
      NOW,
    );
    expect(result.code).toBe(0);
    expect((await inspectPptx(readFileSync(target))).slideTexts[0]).toContain('Value report August 2026');
  });

  it('writes a folder of decks for every active account with --all', async () => {
    const out = join(dir, 'all');
    const result = await runDeck(['--book', bookPath, '--all', '--kind', 'value-report', '--out', out], NOW);
    expect(result.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(
      active()
        .map((a) => deckFileName(a.name, 'value_report', '2026-09'))
        .sort(),
    );
  });

  it('writes accounts named alike to distinct files with --all, none replacing another', async () => {
    const twins = generateDemoBook({
      seed: 'twins',
      accounts: 6,
      asOf: '2026-10-05',
      owner: { id: 'u-1', email: 'sam@example.com', name: 'Sam Lee', role: 'csm' },
    });
    const live = twins.tables.accounts.filter((a) => a.stage !== 'churned' && a.churnedAt === null);
    expect(live.length).toBeGreaterThanOrEqual(4);
    const [first, second, third, fourth] = live as [Account, Account, Account, Account];
    first.name = 'Twin';
    second.name = 'Twin';
    third.name = 'A/B';
    fourth.name = 'A:B';
    const twinsPath = join(dir, 'twins.json');
    writeFileSync(twinsPath, JSON.stringify(twins));
    const out = join(dir, 'twins');
    const result = await runDeck(['--book', twinsPath, '--all', '--kind', 'qbr', '--out', out], NOW);
    expect(result.code).toBe(0);
    const expected = [
      `Twin (${first.id}) — QBR 2026-Q3.pptx`,
      `Twin (${second.id}) — QBR 2026-Q3.pptx`,
      `A-B (${third.id}) — QBR 2026-Q3.pptx`,
      `A-B (${fourth.id}) — QBR 2026-Q3.pptx`,
    ];
    const written = readdirSync(out);
    expect(written).toHaveLength(live.length);
    expect(written).toEqual(expect.arrayContaining(expected));
    // Both twins' decks were written, each to its own file, and each opens.
    for (const i of [0, 1]) {
      const deck = await inspectPptx(readFileSync(join(out, expected[i]!)));
      expect(deck.problems).toEqual([]);
      expect(result.out).toContain(`Wrote ${join(out, expected[i]!)}`);
    }
  });

  it('brands the deck with --agency and --logo, and warns but still writes when the logo is broken', async () => {
    const broken = join(dir, 'logo.png');
    writeFileSync(broken, 'not a png');
    const target = join(dir, 'branded.pptx');
    const account = book.tables.accounts[0]!;
    const result = await runDeck(
      [
        '--book',
        bookPath,
        '--account',
        account.id,
        '--kind',
        'qbr',
        '--out',
        target,
        '--agency',
        'Northwind Agency',
        '--logo',
        broken,
      ],
      NOW,
    );
    expect(result.code).toBe(0);
    expect(result.err).toContain('Warning: The logo is not a readable PNG or JPEG; the agency name is shown instead.');
    const report = await inspectPptx(readFileSync(target));
    expect(report.problems).toEqual([]);
    expect(report.layoutTexts.join('\n')).toContain('Northwind Agency');
    const missing = await runDeck(
      ['--book', bookPath, '--account', account.id, '--kind', 'qbr', '--out', target, '--logo', join(dir, 'none.png')],
      NOW,
    );
    expect([missing.code, missing.err]).toEqual([1, `Cannot read the logo ${join(dir, 'none.png')}: ENOENT.`]);
  });

  it.each([
    [['--account', 'x', '--all', '--kind', 'qbr'], 'Give either --account ID or --all, not both.'],
    [['--kind', 'qbr'], 'Missing --account ID or --all.'],
    [['--account', 'nope', '--kind', 'qbr'], 'Account "nope" is not in the book.'],
    [
      ['--all', '--kind', 'qbr', '--period', '2026-09'],
      'A QBR covers a quarter: use --period like 2026-Q3, not "2026-09".',
    ],
    [['--all', '--kind', 'value-report', '--period', '2026-13'], 'is not a period'],
    [
      ['--all', '--kind', 'value-report', '--period', '9999-12'],
      '"9999-12" is outside the years Fieldbook keeps (1900 to 2200).',
    ],
    [
      ['--all', '--kind', 'qbr', '--period', '1000-Q1'],
      '"1000-Q1" is outside the years Fieldbook keeps (1900 to 2200).',
    ],
    [['--all', '--kind', 'slides'], '--kind must be qbr, value-report or case-study, not "slides".'],
    [['--all', '--kind', 'qbr', '--colour', 'red'], "Unknown option '--colour'"],
  ])('refuses %j with one clear line', async (args, message) => {
    const result = await runDeck(['--book', bookPath, ...args, '--out', join(dir, 'bad')], NOW);
    expect(result.code).toBe(1);
    expect(result.err).toContain(message);
    expect(result.err.split('\n')).toHaveLength(1);
  });

  it('says when the book cannot be read or is not a book', async () => {
    const notJson = join(dir, 'not.json');
    writeFileSync(notJson, '{ nope');
    const wrong = join(dir, 'wrong.json');
    writeFileSync(wrong, JSON.stringify({ format: 'other' }));
    for (const [path, message] of [
      [join(dir, 'missing.json'), 'Cannot read'],
      [notJson, 'is not JSON'],
      [wrong, 'is not a valid book'],
    ] as const) {
      const result = await runDeck(['--book', path, '--all', '--kind', 'qbr', '--out', join(dir, 'x')], NOW);
      expect([result.code, result.err.includes(message)]).toEqual([1, true]);
    }
  });

  it('leaves what was at the target untouched and no temporary file behind when the write fails (RELIABILITY 29)', async () => {
    const out = join(dir, 'blocked');
    const account = book.tables.accounts[0]!;
    const blocker = join(out, deckFileName(account.name, 'qbr', '2026-Q3'));
    mkdirSync(blocker, { recursive: true });
    writeFileSync(join(blocker, 'keep.txt'), 'old');
    const result = await runDeck(['--book', bookPath, '--account', account.id, '--kind', 'qbr', '--out', out], NOW);
    expect(result.code).toBe(1);
    expect(result.err).toBe(`Cannot replace ${blocker}: a folder has that name. Rename it or choose another --out.`);
    expect(readFileSync(join(blocker, 'keep.txt'), 'utf8')).toBe('old');
    expect(readdirSync(out)).toEqual([deckFileName(account.name, 'qbr', '2026-Q3')]);
  });

  it('says what to do when the folder cannot be used', async () => {
    const file = join(dir, 'plain-file');
    writeFileSync(file, 'x');
    const result = await runDeck(['--book', bookPath, '--all', '--kind', 'qbr', '--out', join(file, 'decks')], NOW);
    expect(result.code).toBe(1);
    expect(result.err).toContain('Check --out');
    expect(existsSync(join(file, 'decks'))).toBe(false);
    expect(writeAdvice('/x/a.pptx', Object.assign(new Error(), { code: 'EACCES' }))).toBe(
      'Cannot write /x/a.pptx: the folder is read-only or you lack permission. Choose another --out folder.',
    );
    expect(writeAdvice('/x/a.pptx', Object.assign(new Error(), { code: 'EBUSY' }))).toBe(
      'Cannot replace /x/a.pptx: it is open in another program. Close it and run again.',
    );
  });

  it('runs as a command (node out/server/deck.js): writes the deck, says so, exit code 0', async () => {
    const account = book.tables.accounts[0]!;
    const out = join(dir, 'spawned');
    const run = spawnSync(
      process.execPath,
      ['out/server/deck.js', '--book', bookPath, '--account', account.id, '--kind', 'qbr', '--out', out],
      { encoding: 'utf8' },
    );
    expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: '' });
    const expected = join(out, deckFileName(account.name, 'qbr', '2026-Q3'));
    expect(run.stdout).toMatch(/^Wrote .+ \(\d+ slides, \d+ KB\)\n$/);
    expect(run.stdout).toContain(expected);
    expect((await inspectPptx(readFileSync(expected))).problems).toEqual([]);
  }, 60_000);

  it('defaults to the last complete quarter or month', () => {
    expect(lastCompletePeriod('quarter', '2026-10-01T00:00:00Z').key).toBe('2026-Q3');
    expect(lastCompletePeriod('quarter', '2026-09-30T23:00:00Z').key).toBe('2026-Q2');
    expect(lastCompletePeriod('month', '2026-01-15T00:00:00Z').key).toBe('2025-12');
  });
});
