import { clientText } from '../../audience';
import type { Feedback } from '../../model';
import {
  answersWord,
  csatScore,
  formatSurveyValue,
  isSmallSample,
  npsScore,
  SURVEY_DEFINITIONS,
  surveyVerdict,
  surveyWords,
  type SurveyScore,
} from '../../metrics';
import { containsDate, formatDay, type Period } from '../../time';
import { slotClientList } from '../clean-text';
import { BUDGET } from '../budgets';
import type { BulletsSlide, StatCard } from '../types';
import { notesText, periodRange } from './notes';

/**
 * NPS and CSAT collected in the period, with what clients said. Each figure carries its number
 * of answers; a small sample lists its answers and draws no verdict against the target, so one
 * unhappy answer never reads as "NPS −100" on its own.
 */
export function feedbackSlide(
  feedback: readonly Feedback[],
  period: Period,
  npsTarget = 50,
  csatTarget = 4.5,
): BulletsSlide {
  const rows = feedback.filter((f) => containsDate(period, f.date)).sort((a, b) => a.date.localeCompare(b.date));
  const nps = npsScore(rows);
  const csat = csatScore(rows);
  const comments = rows
    .filter((f) => f.comment.trim())
    .map((f) => clientText(`${formatDay(f.date)}: “${f.comment.trim()}”`));
  const small = [nps, csat].filter(isSmallSample);
  const caution = small.length
    ? [clientText(`${small.map(surveyWords).join('; ')}: too few answers to read as a trend.`)]
    : [];
  return {
    key: 'feedback',
    kind: 'bullets',
    title: 'Client feedback',
    optional: true,
    // A score with no answers is not a figure: only what was asked and answered gets a card.
    stats: [
      ...(nps.answers > 0 ? [surveyStat(nps, npsTarget)] : []),
      ...(csat.answers > 0 ? [surveyStat(csat, csatTarget)] : []),
    ],
    bullets:
      rows.length === 0
        ? [clientText(`No feedback was recorded in ${period.label}.`)]
        : slotClientList([...caution, ...comments], BUDGET.bulletsUnderStats.items, BUDGET.bulletsUnderStats.chars),
    commentary: null,
    notes: notesText([
      `Feedback rows dated in ${periodRange(period)}: ${rows.length}. ${surveyWords(nps)}; ${surveyWords(csat)}.`,
      `NPS: ${SURVEY_DEFINITIONS.nps}`,
      `CSAT: ${SURVEY_DEFINITIONS.csat}`,
    ]),
    ...(rows.length === 0 && { nothingToSay: `No NPS or CSAT answers were recorded in ${period.label}.` }),
  };
}

function surveyStat(s: SurveyScore, target: number): StatCard {
  const verdict = surveyVerdict(s, target);
  const value = formatSurveyValue(s.kind, s.value);
  const targetWords = `target ${formatSurveyValue(s.kind, target)}`;
  const name = s.kind === 'nps' ? 'NPS' : 'CSAT';
  return {
    // The big number never stands without its basis: a small sample names it in the label itself.
    label: isSmallSample(s) ? `${name} from ${answersWord(s.answers)}` : name,
    value: s.kind === 'csat' && s.value !== null ? `${value}/5` : value,
    detail: `${isSmallSample(s) ? `Answers: ${s.scores.join(', ')}` : answersWord(s.answers)} · ${targetWords}`,
    tone: verdict === null ? 'neutral' : verdict === 'met' ? 'good' : 'bad',
  };
}
