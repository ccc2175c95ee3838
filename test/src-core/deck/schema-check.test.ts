import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildCaseStudySpec,
  buildQbrSpec,
  buildValueReportSpec,
  importTemplate,
  renderDeck,
  type ChartSlide,
  type DeckSpec,
  type DeckTemplate,
} from '../../../src-core/deck';
import { generateDemoBook } from '../../../src-core/demo';
import { emptyBookTables } from '../../../src-core/model';
import { parsePeriod } from '../../../src-core/time';
import { convertToOdp, readOdp, type ChartTable } from '../../support/pptx/odp-reader';
import { schemaErrorsByFile } from '../../support/pptx/ooxml-validator';
import { makeTemplate } from '../../support/pptx/test-template';
import { ACCOUNT_ID, BRANDING, NOW, fixtureBook, makeAccount } from './fixture-book';
import { hostileBook } from './hostile';
import { redAccountBook } from './red-account-book';
import { chartEdgeCaseDeck } from './spec-builders';

/**
 * Every kind of deck Fieldbook writes passes the ECMA-376 schema check PowerPoint is as strict as
 * (`validate-ooxml`): what fails it is what PowerPoint offers to "repair" in front of a client.
 * And a second reader — LibreOffice's own PowerPoint import — finds in each chart the categories
 * and numbers the slide shows.
 */
const dir = mkdtempSync(join(tmpdir(), 'fieldbook-schema-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const QUARTER = parsePeriod('2026-Q3');
const MONTH = parsePeriod('2026-09');
const demo = generateDemoBook({
  seed: 'schema-check',
  accounts: 3,
  asOf: '2026-10-05',
  owner: { id: 'u-1', email: 'sam@example.com', name: 'Sam Lee', role: 'csm' },
});

/** The first demo account told as the year's case study (issue 16), quoting its latest feedback comment. */
function caseStudyDeck(): DeckSpec {
  const account = demo.tables.accounts[0]!;
  const quote = demo.tables.feedback
    .filter((f) => f.accountId === account.id && f.comment.trim() !== '')
    .sort((a, b) => b.date.localeCompare(a.date))[0];
  const book = {
    ...demo.tables,
    caseStudies: [
      {
        id: 'cs-schema',
        rev: 1,
        deleted: false,
        updatedAt: '2026-10-01T10:00:00.000Z',
        accountId: account.id,
        title: 'A busier season from the same budget',
        status: 'approved' as const,
        markedOn: '2026-08-01',
        draftedOn: '2026-09-01',
        approvedOn: '2026-10-01',
        publishedOn: null,
        situation: 'A local business whose phone went quiet between seasons.',
        whatWeDid: 'Rebuilt the local search pages.\nMoved the ad budget to the hours customers call.',
        quoteFeedbackId: quote?.id ?? null,
        link: '',
      },
    ],
  };
  return buildCaseStudySpec({ book, accountId: account.id, branding: BRANDING, now: NOW, period: parsePeriod('2026') });
}

/** A brand-new account with no data, every empty slide included anyway. */
function emptyAccountDecks(): DeckSpec[] {
  const book = emptyBookTables();
  book.accounts.push(makeAccount());
  const input = { book, accountId: ACCOUNT_ID, branding: BRANDING, now: NOW };
  const leanQbr = buildQbrSpec({ ...input, period: QUARTER });
  const leanReport = buildValueReportSpec({ ...input, period: MONTH });
  return [
    buildQbrSpec({ ...input, period: QUARTER, includedSlides: leanQbr.leftOut.map((l) => l.slide.key) }),
    buildValueReportSpec({ ...input, period: MONTH, includedSlides: leanReport.leftOut.map((l) => l.slide.key) }),
  ];
}

interface Deck {
  name: string;
  spec: DeckSpec;
  template: DeckTemplate | null;
}

async function allDecks(): Promise<Deck[]> {
  const imported = await importTemplate('Harbour.potx', await makeTemplate());
  if (!imported.ok) throw new Error(imported.message);
  const decks: Deck[] = demo.tables.accounts.flatMap((a, i) => {
    const input = { book: demo.tables, accountId: a.id, branding: BRANDING, now: NOW };
    return [
      { name: `qbr-demo-${i}`, spec: buildQbrSpec({ ...input, period: QUARTER }), template: null },
      { name: `report-demo-${i}`, spec: buildValueReportSpec({ ...input, period: MONTH }), template: null },
    ];
  });
  const fixture = { book: fixtureBook(), accountId: ACCOUNT_ID, branding: BRANDING, now: NOW };
  const hostile = { book: hostileBook(), accountId: ACCOUNT_ID, branding: BRANDING, now: NOW };
  const [emptyQbr, emptyReport] = emptyAccountDecks();
  return [
    ...decks,
    { name: 'qbr-fixture', spec: buildQbrSpec({ ...fixture, period: QUARTER }), template: null },
    {
      name: 'qbr-hostile',
      spec: buildQbrSpec({ ...hostile, period: QUARTER, commentary: { summary: 'x'.repeat(50_000) } }),
      template: null,
    },
    { name: 'report-hostile', spec: buildValueReportSpec({ ...hostile, period: MONTH }), template: null },
    {
      name: 'qbr-red',
      spec: buildQbrSpec({
        book: redAccountBook(),
        accountId: ACCOUNT_ID,
        branding: BRANDING,
        now: NOW,
        period: QUARTER,
      }),
      template: null,
    },
    { name: 'chart-edge-cases', spec: chartEdgeCaseDeck(), template: null },
    { name: 'qbr-empty-account', spec: emptyQbr!, template: null },
    { name: 'report-empty-account', spec: emptyReport!, template: null },
    { name: 'qbr-template', spec: decks[0]!.spec, template: imported.template },
    { name: 'report-template', spec: decks[1]!.spec, template: imported.template },
    { name: 'edge-cases-template', spec: chartEdgeCaseDeck(), template: imported.template },
    { name: 'case-study-demo', spec: caseStudyDeck(), template: null },
  ];
}

const paths = new Map<string, string>();
let decks: Deck[] = [];
const brokenPath = join(dir, 'broken-order.pptx');
/** Each file's schema errors, from ONE validator run over the 16 decks and the broken one. */
let errors = new Map<string, string>();

/** The QBR with the E1 order put back: notesMasterIdLst after sldIdLst (what pptxgenjs writes). */
async function brokenOrderDeck(): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(readFileSync(paths.get('qbr-demo-0')!));
  const xml = await zip.file('ppt/presentation.xml')!.async('string');
  const notes = /<p:notesMasterIdLst>.*?<\/p:notesMasterIdLst>/s.exec(xml)![0];
  const broken = xml.replace(notes, '').replace('</p:sldIdLst>', `</p:sldIdLst>${notes}`);
  zip.file('ppt/presentation.xml', broken);
  return zip.generateAsync({ type: 'uint8array' });
}

beforeAll(async () => {
  decks = await allDecks();
  for (const d of decks) {
    const path = join(dir, `${d.name}.pptx`);
    writeFileSync(path, await renderDeck(d.spec, d.template));
    paths.set(d.name, path);
  }
  writeFileSync(brokenPath, await brokenOrderDeck());
  errors = await schemaErrorsByFile([...paths.values(), brokenPath]);
}, 300_000);

describe('every deck kind against the ECMA-376 schemas (validate-ooxml)', () => {
  it('QBRs, value reports, a case study, hostile text, chart edge cases, empty accounts and templates: zero errors', () => {
    expect(decks.length).toBe(17);
    expect([...paths.values()].map((path) => [path, errors.get(path)])).toEqual(
      [...paths.values()].map((path) => [path, '']),
    );
  });

  it('the check bites: notesMasterIdLst after sldIdLst (what pptxgenjs writes) is reported', () => {
    expect(errors.get(brokenPath)).toMatch(/presentation\.xml/);
  });

  it('writes one-level category labels as a string reference, not multi-level labels', async () => {
    const zip = await JSZip.loadAsync(readFileSync(paths.get('report-demo-0')!));
    const charts = Object.keys(zip.files).filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n));
    expect(charts.length).toBeGreaterThan(0);
    for (const name of charts) {
      const xml = await zip.file(name)!.async('string');
      expect(xml, name).toMatch(/<c:cat>\s*<c:strRef>/);
      expect(xml, name).not.toContain('<c:multiLvlStrRef>');
    }
  });
});

/** What the slide shows: its categories and each series' values, with a gap as null. */
function shown(slide: ChartSlide): ChartTable {
  return {
    categories: slide.chart.categories,
    series: slide.chart.series.map((s) => ({ name: s.name, values: s.values.map((v) => v ?? null) })),
  };
}

describe('a second reader (LibreOffice) finds the numbers the slides show', () => {
  it('reads each chart’s categories and values back from a QBR, a value report, a case study and the edge cases', async () => {
    const names = ['qbr-demo-0', 'report-demo-0', 'case-study-demo', 'chart-edge-cases'];
    const odps = await convertToOdp(
      names.map((n) => paths.get(n)!),
      dir,
    );
    for (const [i, name] of names.entries()) {
      const spec = decks.find((d) => d.name === name)!.spec;
      const expected = spec.slides
        .filter((s): s is ChartSlide => s.kind === 'chart' && s.chart.emptyNote === null)
        .map(shown);
      expect(expected.length, `${name} has charts`).toBeGreaterThan(0);
      const read = (await readOdp(odps[i]!)).charts.map((c) => c.data).filter((d) => d !== null);
      expect(read, name).toEqual(expected);
    }
  }, 300_000);
});
