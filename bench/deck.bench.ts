import { measureDeckBatch } from '../test/support/pptx/deck-bench';
import { measurement, type BenchSuite } from './harness';

/** Issue 6: QBR decks for a whole book beside pptxgenjs alone writing the same slides (the floor). */
export const deckSuite: BenchSuite = {
  name: 'decks',
  async run(quick) {
    const r = await measureDeckBatch(quick ? 10 : 40);
    return [
      measurement({
        name: 'QBR batch (spec + render + package)',
        size: `${r.accounts} decks`,
        ms: r.fieldbookMs,
        baselineName: 'pptxgenjs alone, same slides',
        baselineMs: r.floorMs,
        notes: `${r.perDeckMs} ms/deck; peak RSS ${r.peakRssMB} MB (${r.rssBeforeMB} MB before); ${r.avgKB} KB avg, ${r.maxKB} KB max`,
      }),
    ];
  },
};
