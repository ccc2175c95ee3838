import type { InternalText } from '../../audience';
import { formatDay, type Period } from '../../time';
import { fitText } from '../clean-text';
import { BUDGET } from '../budgets';

/** "Q3 2026 (Jul 1, 2026 to Sep 30, 2026)": every note names its period with its exact days. */
export function periodRange(period: Period): string {
  return `${period.label} (${formatDay(period.start)} to ${formatDay(period.end)})`;
}

/** Speaker notes from lines, cut to the notes budget. */
export function notesText(lines: readonly (string | null | false)[]): string {
  return fitText(lines.filter((l): l is string => typeof l === 'string' && l.length > 0).join('\n'), BUDGET.notes);
}

/** What a chart left out and why, for the speaker notes. */
export function droppedNote(chart: { dropped: number; leftOut: string[] }, unit = 'week'): string | null {
  const parts: string[] = [];
  if (chart.dropped > 0)
    parts.push(
      `${chart.dropped} ${unit}${chart.dropped === 1 ? '' : 's'} without a value ${chart.dropped === 1 ? 'is' : 'are'} left out of the chart.`,
    );
  if (chart.leftOut.length > 0) parts.push(`Not drawn, no data at all: ${chart.leftOut.join(', ')}.`);
  return parts.length > 0 ? parts.join(' ') : null;
}

/**
 * A block of the presenter's notes that is the CSM's alone (risks, their own to-dos, health):
 * it says so, so nobody pastes it into the deck. Null when there is nothing in it.
 */
export function forYouNote(heading: string, items: readonly InternalText[]): string | null {
  if (items.length === 0) return null;
  return `For you, not the client — ${heading}:\n${items.map((i) => `• ${i}`).join('\n')}`;
}
