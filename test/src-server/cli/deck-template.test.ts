import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deckRecordFor, deckDataHash, buildValueReportSpec } from '../../../src-core/deck';
import { generateDemoBook } from '../../../src-core/demo';
import type { BookFile } from '../../../src-core/model';
import { parsePeriod } from '../../../src-core/time';
import { runDeck } from '../../../src-server/cli/deck';
import { readTemplateParts } from '../../support/pptx/template-parts';
import { makeTemplate, TEMPLATE_FONTS } from '../../support/pptx/test-template';

const NOW = '2026-11-20T09:00:00.000Z';
let dir: string;
let book: BookFile;
let bookPath: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'fieldbook-deck-template-cli-'));
  book = generateDemoBook({
    seed: 'cli-template',
    accounts: 2,
    asOf: '2026-10-05',
    owner: { id: 'u-1', email: 'sam@example.com', name: 'Sam Lee', role: 'csm' },
  });
  bookPath = join(dir, 'book.json');
  writeFileSync(bookPath, JSON.stringify(book));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const args = (...more: string[]) => ['--book', bookPath, '--all', '--kind', 'value-report', ...more];

describe('npm run deck -- --template', () => {
  it('renders every deck on the template and says what it took and left', async () => {
    const template = join(dir, 'Harbour.potx');
    writeFileSync(template, await makeTemplate({ slides: 3 }));
    const out = join(dir, 'on-template');
    const result = await runDeck(args('--template', template, '--out', out), NOW);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    const lines = result.out.split('\n');
    expect(lines[0]).toBe(
      'Template Harbour.potx: 10 × 7.5 in (4:3), DejaVu Serif for titles, DejaVu Sans for text; layouts Title Slide, Section Header, Title and Content.',
    );
    expect(lines[1]).toBe('  Not carried into decks: its 3 slides (only its design is used)');
    const files = readdirSync(out);
    expect(files).toHaveLength(book.tables.accounts.filter((a) => a.stage !== 'churned').length);
    for (const f of files) {
      const parts = await readTemplateParts(readFileSync(join(out, f)));
      expect(parts.size).toEqual({ cx: 9_144_000, cy: 6_858_000 });
      expect(parts.themeFonts).toEqual(TEMPLATE_FONTS);
    }
  });

  it('refuses a macro-enabled file, a broken one and a 50 MB one, writing nothing', async () => {
    const cases = [
      { name: 'Agency.pptx', bytes: await makeTemplate({ macros: true }), says: 'contains macros' },
      { name: 'Broken.potx', bytes: (await makeTemplate()).slice(0, 3_000), says: 'is damaged' },
      { name: 'Huge.potx', bytes: await makeTemplate({ padBytes: 50_000_000 }), says: 'is 50.0 MB' },
    ];
    for (const c of cases) {
      const path = join(dir, c.name);
      writeFileSync(path, c.bytes);
      const out = join(dir, `refused-${c.name}`);
      const result = await runDeck(args('--template', path, '--out', out), NOW);
      expect(result.code, c.name).toBe(1);
      expect(result.err, c.name).toContain(`Not imported: "${c.name}" ${c.says}`);
      expect(result.err.split('\n'), c.name).toHaveLength(1);
      expect(existsSync(out), c.name).toBe(false);
      expect(result.out).toBe('');
    }
  });
});

describe('npm run deck -- --kind value-report: outline review, commentary and omissions', () => {
  it('prints the outline with key numbers and what is left out, and writes nothing', async () => {
    const account = book.tables.accounts[0]!;
    const result = await runDeck(
      ['--book', bookPath, '--account', account.id, '--kind', 'value-report', '--outline'],
      NOW,
    );
    expect(result.code).toBe(0);
    const lines = result.out.split('\n');
    expect(lines[0]).toMatch(new RegExp(`^Outline of ${account.name} — Value report 2026-09 \\(\\d+ slides`));
    expect(lines[1]).toMatch(/^ {2}1\. .* — Value report September 2026 \[title\]$/);
    expect(lines.some((l) => /\[glance\] · /.test(l))).toBe(true);
    expect(lines.some((l) => /^ +\d+\. \w[\w ]*: Apr–Sep 2026 \[month-\w+\]/.test(l))).toBe(true);
  });

  it('takes commentary and omissions from the command line, else from the book’s last deck of that period', async () => {
    const account = book.tables.accounts[0]!;
    const commentary = join(dir, 'words.json');
    writeFileSync(commentary, JSON.stringify({ glance: 'Best month since spring.' }));
    const named = await runDeck(
      [
        '--book',
        bookPath,
        '--account',
        account.id,
        '--kind',
        'value-report',
        '--outline',
        '--commentary',
        commentary,
        '--omit',
        'wins',
      ],
      NOW,
    );
    expect(named.out).toContain('       your commentary: Best month since spring.');
    expect(named.out).toMatch(/ {2}-\. Wins and deliverables completed \[wins\]\n {7}left out by you \(--omit\): wins/);

    // A deck generated in the app for this account and month, with its choices, is in the book.
    const spec = buildValueReportSpec({
      book: book.tables,
      accountId: account.id,
      period: parsePeriod('2026-09'),
      branding: { agencyName: 'A', primaryColor: '112233', accentColor: '445566', font: 'Arial', logo: null },
      now: '2026-10-03T09:00:00.000Z',
    });
    const record = deckRecordFor({
      id: 'deck-vr',
      spec,
      sizeBytes: 1,
      fileName: 'x.pptx',
      dataHash: deckDataHash(book.tables, account.id),
      commentary: { insight: 'From the app.' },
      omittedSlides: ['wins'],
    });
    const withDeck: BookFile = { ...book, tables: { ...book.tables, decks: [...book.tables.decks, record] } };
    const path = join(dir, 'book-with-deck.json');
    writeFileSync(path, JSON.stringify(withDeck));
    const carried = await runDeck(
      ['--book', path, '--account', account.id, '--kind', 'value-report', '--outline'],
      NOW,
    );
    expect(carried.out).toContain('       your commentary: From the app.');
    expect(carried.out).toContain('left out by you (--omit): wins');
  });
});
