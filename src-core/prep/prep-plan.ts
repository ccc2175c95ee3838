/**
 * The 15-minute prep of the SOP ("spend at least 15 minutes reviewing each account before
 * meetings"), split into the six sections of the prep screen, read top to bottom.
 */
export type PrepSectionKey = 'standing' | 'changes' | 'results' | 'people' | 'open' | 'say';

export interface PrepSection {
  key: PrepSectionKey;
  title: string;
  /** For the timer's section strip. */
  short: string;
  minutes: number;
}

export const PREP_SECTIONS: readonly PrepSection[] = [
  { key: 'standing', short: 'Standing', title: 'Where the account stands', minutes: 2 },
  { key: 'changes', short: 'What changed', title: 'What changed since the last meeting', minutes: 3 },
  { key: 'results', short: 'Results', title: 'Results', minutes: 3 },
  { key: 'people', short: 'People', title: 'People', minutes: 2 },
  { key: 'open', short: 'Open items', title: 'Open items', minutes: 2 },
  { key: 'say', short: 'What to say', title: 'What to say', minutes: 3 },
];

export const PREP_TOTAL_MINUTES = PREP_SECTIONS.reduce((sum, s) => sum + s.minutes, 0);

export interface PrepProgress {
  /** The section the timer is in; the last one once time is up. */
  current: PrepSectionKey;
  /** Seconds left in the current section (0 once time is up). */
  sectionSecondsLeft: number;
  totalSecondsLeft: number;
  done: boolean;
}

export function prepProgress(elapsedSeconds: number): PrepProgress {
  const elapsed = Math.max(0, Math.floor(elapsedSeconds));
  const total = PREP_TOTAL_MINUTES * 60;
  let end = 0;
  for (const s of PREP_SECTIONS) {
    end += s.minutes * 60;
    if (elapsed < end)
      return { current: s.key, sectionSecondsLeft: end - elapsed, totalSecondsLeft: total - elapsed, done: false };
  }
  return { current: 'say', sectionSecondsLeft: 0, totalSecondsLeft: 0, done: true };
}

/** `mm:ss` for the timer. */
export function clock(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
}
