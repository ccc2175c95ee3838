import { measureDeckBatch } from '../test/support/pptx/deck-bench';
import { figure, type BenchSuite, type Measurement } from './harness';

/** The largest QBR file the budget allows. */
const MAX_DECK_KB = 300;

/**
 * `deck.one` and `deck.batch`: QBRs (spec from the account's rows + render + package) beside
 * pptxgenjs alone writing the same slides (the floor), measured deck by deck in turn so the
 * machine's load hits both alike; each `deck.one` run is the median of five turns of its deck, and
 * `deck.batch` sums each deck's median of three. The batch also reports its wall time, peak memory
 * and file sizes.
 */
async function deckOne(quick: boolean): Promise<Measurement> {
  const results = [];
  for (let i = 0; i < (quick ? 3 : 5); i++) results.push(await measureDeckBatch(1, `bench-one-${i}`, 5));
  return figure({
    id: 'deck.one',
    name: 'one QBR',
    size: '1 deck',
    samples: results.map((r) => r.fieldbookMs),
    baselineName: 'pptxgenjs alone, same slides',
    baselineSamples: results.map((r) => r.floorMs),
    budget: { ratio: 1.5 },
    notes: `${Math.max(...results.map((r) => r.maxKB))} KB`,
  });
}

async function deckBatch(quick: boolean): Promise<Measurement> {
  // Three turns of each deck beside its floor, the median of each summed: one GC pause in a single
  // turn moved the ratio by a tenth from run to run (1.39× alone, 1.55× after the other suites).
  const r = await measureDeckBatch(quick ? 10 : 40, 'bench', 3);
  const m = figure({
    id: 'deck.batch',
    name: 'a batch of QBRs',
    size: `${r.accounts} decks`,
    samples: [r.fieldbookMs],
    baselineName: 'pptxgenjs alone, same slides',
    baselineSamples: [r.floorMs],
    budget: { ms: 10_000, ratio: 1.5 },
    notes: `batch ${r.batchMs} ms (${r.perDeckMs} ms/deck); peak RSS ${r.peakRssMB} MB (${r.rssBeforeMB} MB before); ${r.avgKB} KB avg, ${r.maxKB} KB max (≤ ${MAX_DECK_KB} KB)`,
  });
  return { ...m, pass: m.pass && r.maxKB <= MAX_DECK_KB && r.batchMs <= 10_000 };
}

export const deckSuite: BenchSuite = {
  name: 'decks',
  async run(quick) {
    return [await deckOne(quick), await deckBatch(quick)];
  },
};
