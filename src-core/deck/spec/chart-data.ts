import { slotText } from '../clean-text';
import { BUDGET } from '../budgets';
import type { ChartSpec, ValueFormat } from '../types';

export const NO_DATA_NOTE = 'No data for this period';

export interface RawSeries {
  name: string;
  values: readonly (number | null | undefined)[];
}

export interface ChartData extends ChartSpec {
  /** Categories left out because the first (main) series has no number there. */
  dropped: number;
  /** Names of other series left out because they have gaps where the main series has numbers. */
  leftOut: string[];
}

/**
 * Makes a chart every client can draw (RELIABILITY 27). pptxgenjs writes a missing value as an
 * empty `<c:v/>` in the chart and as 0 in its embedded workbook, so the two would disagree
 * and PowerPoint may repair the file; gaps are therefore never written. The first series is
 * the main one (this period): categories where it has no number are left out. Any other series
 * with a gap where the main one has a number is left out whole rather than drawn wrongly.
 * The notes say what was left out. Nothing left → "No data for this period" instead of a chart.
 */
export function chartSpec(
  type: ChartSpec['type'],
  categories: readonly string[],
  series: readonly RawSeries[],
  format: ValueFormat,
): ChartData {
  const main = series[0];
  const keep = categories.map((_, i) => main !== undefined && isNumber(main.values[i]));
  const kept = categories.flatMap((c, i) =>
    keep[i] ? [slotText(c, BUDGET.chartLabel, { singleLine: true }) || '—'] : [],
  );
  const dropped = categories.length - kept.length;
  if (!main || kept.length === 0) {
    return {
      type,
      categories: [],
      series: [],
      format,
      emptyNote: NO_DATA_NOTE,
      dropped,
      leftOut: series.slice(1).map((s) => s.name),
    };
  }
  const complete = series.filter((s, n) => n === 0 || categories.every((_, i) => !keep[i] || isNumber(s.values[i])));
  return {
    type,
    categories: kept,
    series: complete.map((s) => ({
      name: slotText(s.name, BUDGET.seriesName, { singleLine: true }) || 'Series',
      values: s.values.flatMap((v, i) => (keep[i] ? [roundForChart(v as number)] : [])),
    })),
    format,
    emptyNote: null,
    dropped,
    leftOut: series.filter((s) => !complete.includes(s)).map((s) => s.name),
  };
}

function isNumber(v: number | null | undefined): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

/** Two decimals at most: a chart's data sheet should show what a person would type. */
function roundForChart(v: number): number {
  return Math.round(v * 100) / 100;
}
