import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Benchmarks report ratios against a floor measured in the same run, because these machines are
 * noisy: an absolute millisecond figure means little, a ratio to a floor measured a moment
 * earlier on the same busy machine means a lot more. Each figure is the median of several runs,
 * with its spread, beside its budget (DESIGN §8: `bench/results.json`).
 */
export interface Budget {
  /** The most the figure may be, in its unit (ms unless `unit` says otherwise). */
  ms?: number;
  /** The most the figure may be as a multiple of its floor. */
  ratio?: number;
}

export interface Measurement {
  /** A stable id other tools find the figure by (e.g. `sync.first.stress`). */
  id: string;
  name: string;
  size: string;
  /** The median; in `unit` when the figure is not a time (heap in MB, dropped frames). */
  ms: number;
  minMs: number;
  maxMs: number;
  runs: number;
  baselineName: string;
  baselineMs: number;
  ratio: number;
  budget: Budget;
  pass: boolean;
  unit?: 'ms' | 'MB' | 'frames';
  notes?: string;
}

export interface BenchSuite {
  name: string;
  run(quick: boolean): Promise<Measurement[]>;
}

export interface FigureInput {
  id: string;
  name: string;
  size: string;
  /** One value per run (at least one). */
  samples: readonly number[];
  baselineName: string;
  baselineSamples: readonly number[];
  budget: Budget;
  unit?: Measurement['unit'];
  notes?: string;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** A figure from its runs and its floor's runs: medians, spread, ratio and whether it meets its budget. */
export function figure(input: FigureInput): Measurement {
  const { samples, baselineSamples, ...rest } = input;
  const ms = median(samples);
  const baselineMs = median(baselineSamples);
  const ratio = baselineMs > 0 ? ms / baselineMs : Number.NaN;
  const pass =
    (input.budget.ms === undefined || ms <= input.budget.ms) &&
    (input.budget.ratio === undefined || (Number.isFinite(ratio) && ratio <= input.budget.ratio));
  return {
    ...rest,
    ms,
    minMs: Math.min(...samples),
    maxMs: Math.max(...samples),
    runs: samples.length,
    baselineMs,
    ratio,
    pass,
  };
}

/** Wall times of `runs` calls, after one warm-up call. */
export async function timesMs(fn: () => unknown | Promise<unknown>, runs = 3): Promise<number[]> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return times;
}

const round = (n: number) => (Number.isFinite(n) ? (Math.abs(n) >= 100 ? n.toFixed(0) : n.toFixed(1)) : '—');

function budgetText(m: Measurement): string {
  const unit = m.unit && m.unit !== 'ms' ? ` ${m.unit}` : ' ms';
  const parts = [m.budget.ms === undefined ? '' : `≤ ${m.budget.ms}${unit}`];
  if (m.budget.ratio !== undefined) parts.push(`≤ ${m.budget.ratio}×`);
  return parts.filter(Boolean).join(', ');
}

export function formatTable(rows: readonly Measurement[]): string {
  const header = ['figure', 'size', 'median', 'min–max', 'floor', 'floor median', 'ratio', 'budget', 'pass', 'notes'];
  const body = rows.map((r) => [
    r.id,
    r.size,
    `${round(r.ms)}${r.unit && r.unit !== 'ms' ? ` ${r.unit}` : ''}`,
    `${round(r.minMs)}–${round(r.maxMs)} (${r.runs})`,
    r.baselineName,
    round(r.baselineMs),
    Number.isFinite(r.ratio) ? `${r.ratio.toFixed(2)}×` : '—',
    budgetText(r),
    r.pass ? 'pass' : 'FAIL',
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
