import type { Feedback } from '../../model';
import { formatNumber } from '../../metrics';
import { containsDate, type Period } from '../../time';
import { slotList } from '../clean-text';
import { BUDGET } from '../budgets';
import type { BulletsSlide } from '../types';
import { notesText, periodRange } from './notes';

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);

/** NPS and CSAT collected in the period, with what clients said. */
export function feedbackSlide(
  feedback: readonly Feedback[],
  period: Period,
  npsTarget = 50,
  csatTarget = 4.5,
): BulletsSlide {
  const rows = feedback.filter((f) => containsDate(period, f.date)).sort((a, b) => a.date.localeCompare(b.date));
  const nps = rows.flatMap((f) => (f.nps === null ? [] : [f.nps]));
  const csat = rows.flatMap((f) => (f.csat === null ? [] : [f.csat]));
  const npsScore = npsOf(nps);
  const csatMean = mean(csat);
  const comments = rows.filter((f) => f.comment.trim()).map((f) => `${f.date}: “${f.comment.trim()}”`);
  return {
    key: 'feedback',
    kind: 'bullets',
    title: 'Client feedback',
    optional: true,
    stats:
      rows.length === 0
        ? []
        : [
            {
              label: 'NPS',
              value: npsScore === null ? '—' : formatNumber(npsScore),
              detail: `${nps.length} response${nps.length === 1 ? '' : 's'} · target above ${npsTarget}`,
              tone: npsScore === null ? 'neutral' : npsScore > npsTarget ? 'good' : 'bad',
            },
            {
              label: 'CSAT',
              value: csatMean === null ? '—' : `${formatNumber(csatMean, 1)}/5`,
              detail: `${csat.length} response${csat.length === 1 ? '' : 's'} · target above ${csatTarget}`,
              tone: csatMean === null ? 'neutral' : csatMean > csatTarget ? 'good' : 'bad',
            },
          ],
    bullets:
      rows.length === 0
        ? [`No feedback was recorded in ${period.label}.`]
        : slotList(comments, BUDGET.bulletsUnderStats.items, BUDGET.bulletsUnderStats.chars),
    commentary: null,
    notes: notesText([
      `Feedback rows dated in ${periodRange(period)}: ${rows.length}.`,
      'NPS = % promoters (9–10) − % detractors (0–6) of the responses; CSAT is the mean score out of 5.',
    ]),
  };
}

export function npsOf(scores: readonly number[]): number | null {
  if (scores.length === 0) return null;
  const promoters = scores.filter((s) => s >= 9).length;
  const detractors = scores.filter((s) => s <= 6).length;
  return Math.round(((promoters - detractors) / scores.length) * 100);
}
