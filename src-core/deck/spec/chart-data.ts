import { slotText } from '../clean-text';
import { BUDGET } from '../budgets';
import type { ChartSpec, ValueFormat } from '../types';

export const NO_DATA_NOTE = 'No data for this period';

export interface RawSeries {
  name: string;
  values: readonly (number | null | undefined)[];
}

/**
 * Makes a chart every client can draw (RELIABILITY 27). pptxgenjs writes a missing value as an
 * empty `<c:v/>` in the chart and as 0 in its embedded workbook, so the two would disagree;
 * instead a category where any series has no number is left out (the notes say how many).
 * Nothing left, or no series → the "No data for this period" note instead of a chart.
 */
export function chartSpec(type: ChartSpec['type'], categories: readonly string[], series: readonly RawSeries[], format: ValueFormat): ChartSpec & { dropped: number } {
  const keep = categories.map((_, i) => series.every((s) => isNumber(s.values[i])));
  const kept = categories.flatMap((c, i) => (keep[i] ? [slotText(c, BUDGET.chartLabel, { singleLine: true }) || '—'] : []));
  const dropped = categories.length - kept.length;
  if (series.length === 0 || kept.length === 0) {
    return { type, categories: [], series: [], format, emptyNote: NO_DATA_NOTE, dropped };
  }
  return {
    type,
    categories: kept,
    series: series.map((s) => ({
      name: slotText(s.name, BUDGET.seriesName, { singleLine: true }) || 'Series',
      values: s.values.flatMap((v, i) => (keep[i] ? [roundForChart(v as number)] : [])),
    })),
    format,
    emptyNote: null,
    dropped,
  };
}

function isNumber(v: number | null | undefined): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

/** Two decimals at most: a chart's data sheet should show what a person would type. */
function roundForChart(v: number): number {
  return Math.round(v * 100) / 100;
}
