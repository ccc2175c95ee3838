import type { DeckKind, DueWindow } from '../../../src-core/deck';
import { addDays, periodContaining, previousPeriod, type Period } from '../../../src-core/time';

/**
 * Which periods a deck can cover and which windows the Decks screen looks ahead over. A QBR
 * reviews a quarter, a value report a month; the default is the last one that has ended (as
 * `npm run deck` does), because a deck about a period still running has half its numbers.
 */
export function periodKindOf(kind: DeckKind): 'quarter' | 'month' {
  return kind === 'qbr' ? 'quarter' : 'month';
}

export interface PeriodOption {
  key: string;
  label: string;
}

/** The period in progress first, then the `count` before it, most recent first. */
export function periodOptions(kind: DeckKind, today: string, count = 6): PeriodOption[] {
  let period: Period = periodContaining(today, periodKindOf(kind));
  const options: PeriodOption[] = [{ key: period.key, label: `${period.label} (in progress)` }];
  for (let i = 0; i < count; i++) {
    period = previousPeriod(period);
    options.push({ key: period.key, label: period.label });
  }
  return options;
}

export function defaultPeriodKey(kind: DeckKind, today: string): string {
  return previousPeriod(periodContaining(today, periodKindOf(kind))).key;
}

export const WINDOW_DAYS = [7, 14, 30, 60, 90] as const;

/** From today to `days` ahead; overdue decks are included by `decksDue` whatever the window. */
export function dueWindow(today: string, days: number): DueWindow {
  return { from: today, to: addDays(today, days) };
}
