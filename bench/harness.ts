import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Benchmarks report ratios against a baseline measured in the same run, because these machines
 * are noisy: an absolute millisecond figure means little, a ratio to a floor measured a moment
 * earlier on the same busy machine means a lot more.
 */
export interface Measurement {
  /** A stable id other tools can find the figure by (e.g. `import.rows`). */
  id?: string;
  name: string;
  size: string;
  ms: number;
  baselineName: string;
  baselineMs: number;
  ratio: number;
  notes?: string;
}

export interface BenchSuite {
  name: string;
  run(quick: boolean): Promise<Measurement[]>;
}

/** Median wall time of `runs` calls, after one warm-up call. */
export async function medianMs(fn: () => unknown | Promise<unknown>, runs = 3): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

export function measurement(m: Omit<Measurement, 'ratio'>): Measurement {
  return { ...m, ratio: m.baselineMs > 0 ? m.ms / m.baselineMs : Number.NaN };
}

export function formatTable(rows: readonly Measurement[]): string {
  const header = ['benchmark', 'size', 'ms', 'baseline', 'baseline ms', '× baseline', 'notes'];
  const body = rows.map((r) => [
    r.name,
    r.size,
    r.ms.toFixed(1),
    r.baselineName,
    r.baselineMs.toFixed(1),
    r.ratio.toFixed(2),
    r.notes ?? '',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}

export function writeResults(path: string, quick: boolean, rows: readonly Measurement[]): void {
  mkdirSync(dirname(path), { recursive: true });
  const results = { measuredAt: new Date().toISOString(), quick, node: process.version, results: rows };
  writeFileSync(path, `${JSON.stringify(results, null, 2)}\n`);
}
