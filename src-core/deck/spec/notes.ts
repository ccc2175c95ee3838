import type { Period } from '../../time';
import { fitText } from '../clean-text';
import { BUDGET } from '../budgets';

/** "Q3 2026 (2026-07-01 to 2026-09-30)": every note names its period with its exact days. */
export function periodRange(period: Period): string {
  return `${period.label} (${period.start} to ${period.end})`;
}

/** Speaker notes from lines, cut to the notes budget. */
export function notesText(lines: readonly (string | null | false)[]): string {
  return fitText(lines.filter((l): l is string => typeof l === 'string' && l.length > 0).join('\n'), BUDGET.notes);
}

export function droppedNote(dropped: number, unit = 'week'): string | null {
  if (dropped <= 0) return null;
  const one = dropped === 1;
  return `${dropped} ${unit}${one ? '' : 's'} without a value in one of the series ${one ? 'is' : 'are'} left out of the chart.`;
}
