import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildQbrSpec, buildValueReportSpec, renderDeck, type DeckSpec } from '../../../src-core/deck';
import { generateDemoBook } from '../../../src-core/demo';
import { parsePeriod } from '../../../src-core/time';
import { checkWithLibreOffice, expectedText } from '../../support/pptx/libreoffice';
import { makePng } from '../../support/pptx/png';
import { ACCOUNT_ID, BRANDING, NOW, fixtureBook } from './fixture-book';
import { hostileBook } from './hostile';
import { redAccountBook } from './red-account-book';

const dir = mkdtempSync(join(tmpdir(), 'fieldbook-decks-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('decks open in LibreOffice with one page per slide (RELIABILITY 30)', () => {
  it('converts a handful of decks in one soffice call', async () => {
    const demo = generateDemoBook({
      seed: 'libreoffice',
      accounts: 2,
      asOf: '2026-10-05',
      owner: { id: 'u-1', email: 'sam@example.com', name: 'Sam Lee', role: 'csm' },
    });
    const logo = makePng(240, 80, [224, 122, 31]);
    const specs: DeckSpec[] = [
      buildQbrSpec({
        book: fixtureBook(),
        accountId: ACCOUNT_ID,
        period: parsePeriod('2026-Q3'),
        branding: { ...BRANDING, logo },
        now: NOW,
        commentary: { roi: 'Value beat the fee.' },
      }),
      buildQbrSpec({
        book: hostileBook(),
        accountId: ACCOUNT_ID,
        period: parsePeriod('2026-Q3'),
        branding: BRANDING,
        now: NOW,
        commentary: { summary: 'x'.repeat(50_000) },
      }),
      // A Red account: risks in the notes only, the wins slide left out for having nothing to say.
      buildQbrSpec({
        book: redAccountBook(),
        accountId: ACCOUNT_ID,
        period: parsePeriod('2026-Q3'),
        branding: BRANDING,
        now: NOW,
      }),
      buildValueReportSpec({
        book: demo.tables,
        accountId: demo.tables.accounts[0]!.id,
        period: parsePeriod('2026-09'),
        branding: BRANDING,
        now: NOW,
      }),
    ];
    const paths = await Promise.all(
      specs.map(async (spec, i) => {
        const path = join(dir, `deck-${i}.pptx`);
        writeFileSync(path, await renderDeck(spec));
        return path;
      }),
    );
    // A broken file in the same call: soffice still exits 0, so the check must notice by itself.
    const broken = join(dir, 'broken.pptx');
    writeFileSync(broken, (await renderDeck(specs[3]!)).slice(0, 2_000));
    const results = await checkWithLibreOffice(
      [...paths, broken],
      [...specs.map((s) => s.slides.map(expectedText)), ['Value report']],
      dir,
    );
    expect(results.slice(0, 4).map((r) => ({ pages: r.pages, problems: r.problems }))).toEqual(
      specs.map((s) => ({ pages: s.slides.length, problems: [] })),
    );
    expect(results[4]!.problems).not.toEqual([]);
  }, 180_000);
});
