import { buildQbrSpec, DEFAULT_BRANDING, renderDeck } from '../../../src-core/deck';
import { generateDemoBook } from '../../../src-core/demo';
import { accountBook, indexBook } from '../../../src-core/health';
import { parsePeriod } from '../../../src-core/time';
import { median } from '../../../bench/harness';
import { writeFloorDeck } from './floor-writer';

export interface DeckBenchResult {
  accounts: number;
  /** The whole batch: spec + render + finish for every account, one after another. */
  batchMs: number;
  perDeckMs: number;
  /**
   * Fieldbook vs pptxgenjs alone on the same slides, measured deck by deck in turn so load hits
   * both alike: per deck, the median of `repeats` turns each, summed over the decks.
   */
  fieldbookMs: number;
  floorMs: number;
  ratio: number;
  rssBeforeMB: number;
  peakRssMB: number;
  avgKB: number;
  maxKB: number;
}

/**
 * Issue 6's performance measure, for `npm run bench` to adopt: QBRs for a demo book of
 * `accounts` accounts beside the pptxgenjs floor (see floor-writer.ts), peak memory and size.
 * `repeats` > 1 steadies a one-deck figure on a busy machine, where one pause in a ~100 ms
 * sample would otherwise decide the ratio.
 */
export async function measureDeckBatch(accounts = 40, seed = 'bench', repeats = 1): Promise<DeckBenchResult> {
  const book = generateDemoBook({
    seed,
    accounts,
    asOf: '2026-10-05',
    owner: { id: 'u-1', email: 'csm@example.com', name: 'Sam Lee', role: 'csm' },
  });
  const ids = book.tables.accounts.map((a) => a.id);
  // As in the app: the book is indexed once (the book worker holds it), each deck reads its account's rows.
  const held = indexBook(book.tables);
  const spec = (id: string) =>
    buildQbrSpec({
      book: accountBook(held.get(id)!),
      accountId: id,
      period: parsePeriod('2026-Q3'),
      branding: DEFAULT_BRANDING,
      now: '2026-10-05T12:00:00.000Z',
    });
  for (const id of ids.slice(0, 3)) {
    await renderDeck(spec(id));
    await writeFloorDeck(spec(id));
  }
  const rssBefore = process.memoryUsage().rss;
  let peak = rssBefore;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 2);
  const sizes: number[] = [];
  const start = performance.now();
  try {
    for (const id of ids) sizes.push((await renderDeck(spec(id))).length);
  } finally {
    clearInterval(sampler);
  }
  const batchMs = performance.now() - start;
  let fieldbookMs = 0;
  let floorMs = 0;
  for (const id of ids) {
    const ours: number[] = [];
    const floor: number[] = [];
    for (let turn = 0; turn < repeats; turn++) {
      let t = performance.now();
      await renderDeck(spec(id));
      ours.push(performance.now() - t);
      const s = spec(id);
      t = performance.now();
      await writeFloorDeck(s);
      floor.push(performance.now() - t);
    }
    fieldbookMs += median(ours);
    floorMs += median(floor);
  }
  const mb = (b: number) => Math.round(b / 1e6);
  return {
    accounts: ids.length,
    batchMs: Math.round(batchMs),
    perDeckMs: Math.round(batchMs / ids.length),
    fieldbookMs: Math.round(fieldbookMs),
    floorMs: Math.round(floorMs),
    ratio: Math.round((fieldbookMs / floorMs) * 100) / 100,
    rssBeforeMB: mb(rssBefore),
    peakRssMB: mb(peak),
    avgKB: Math.round(sizes.reduce((a, b) => a + b, 0) / sizes.length / 1024),
    maxKB: Math.round(Math.max(...sizes) / 1024),
  };
}
