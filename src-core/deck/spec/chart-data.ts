import { slotText } from '../clean-text';
import { BUDGET } from '../budgets';
import type { ChartSpec, ValueFormat } from '../types';

export const NO_DATA_NOTE = 'No data for this period';

export interface RawSeries {
  name: string;
  values: readonly (number | null | undefined)[];
}

export interface ChartData extends ChartSpec {
  /** Categories left out because no series has a number there. */
  dropped: number;
  /** Names of series left out because they have no number at all. */
  leftOut: string[];
  /** Drawn series with missing points, and how many: those points are gaps in the line, nothing else changes. */
  gaps: { name: string; missing: number }[];
}

/**
 * Makes a chart every client can draw (RELIABILITY 27). A missing value is a gap: the point is
 * not drawn, the rest of the line stays (one missing week never removes last quarter's line).
 * The renderer writes gaps as absent points, shown as gaps (`finishPackage` keeps the embedded
 * workbook blank there too, rather than 0). A category with no number in any series is left
 * out; a series with no number at all is not drawn. The notes say what is missing. Nothing left
 * → "No data for this period" instead of a chart.
 */
export function chartSpec(
  type: ChartSpec['type'],
  categories: readonly string[],
  series: readonly RawSeries[],
  format: ValueFormat,
): ChartData {
  const drawn = series.filter((s) => s.values.some(isNumber));
  const keep = categories.map((_, i) => drawn.some((s) => isNumber(s.values[i])));
  const kept = categories.flatMap((c, i) =>
    keep[i] ? [slotText(c, BUDGET.chartLabel, { singleLine: true }) || '—'] : [],
  );
  const dropped = categories.length - kept.length;
  const leftOut = series.filter((s) => !drawn.includes(s)).map((s) => s.name);
  if (drawn.length === 0 || kept.length === 0)
    return { type, categories: [], series: [], format, emptyNote: NO_DATA_NOTE, dropped, leftOut, gaps: [] };
  const values = drawn.map((s) =>
    categories.flatMap((_, i) => (keep[i] ? [isNumber(s.values[i]) ? roundForChart(s.values[i]) : null] : [])),
  );
  return {
    type,
    categories: kept,
    series: drawn.map((s, n) => ({
      name: slotText(s.name, BUDGET.seriesName, { singleLine: true }) || 'Series',
      values: values[n]!,
    })),
    format,
    emptyNote: null,
    dropped,
    leftOut,
    gaps: drawn
      .map((s, n) => ({ name: s.name, missing: values[n]!.filter((v) => v === null).length }))
      .filter((g) => g.missing > 0),
  };
}

function isNumber(v: number | null | undefined): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

/** Two decimals at most: a chart's data sheet should show what a person would type. */
function roundForChart(v: number): number {
  return Math.round(v * 100) / 100;
}
