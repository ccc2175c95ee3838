import type { Feedback } from '../model';
import { formatNumber, NO_VALUE } from './format';

/**
 * NPS and CSAT, computed, rounded and worded in one place (DESIGN §9): the scorecard, the report,
 * the account screens, the talking points and the decks all call these, so a client's NPS reads
 * the same everywhere, always with the number of answers behind it.
 */
export type SurveyKind = 'nps' | 'csat';

export interface SurveyScore {
  kind: SurveyKind;
  /** NPS: a whole number, −100…100. CSAT: the mean, 1–5, to one decimal. Null without answers. */
  value: number | null;
  answers: number;
  /** The answers themselves, oldest first (0–10 for NPS, 1–5 for CSAT). */
  scores: number[];
}

/** Fewer answers than this are a few people's view, not a trend: the wording lists them and draws no verdict. */
export const SMALL_SAMPLE = 5;

export const SURVEY_DEFINITIONS: Record<SurveyKind, string> = {
  nps:
    '% promoters (9–10) − % detractors (0–6) among the NPS answers; passives (7–8) count only in the total. ' +
    'Rounded to a whole number; the number of answers is always shown beside it.',
  csat: 'Mean of the CSAT answers (1–5), to one decimal; the number of answers is always shown beside it.',
};

export type NpsCategory = 'promoter' | 'passive' | 'detractor';
export type AnswerTone = 'good' | 'neutral' | 'bad';

/** One NPS answer: 9–10 promoter, 7–8 passive, 0–6 detractor. */
export function npsCategory(answer: number): NpsCategory {
  return answer >= 9 ? 'promoter' : answer >= 7 ? 'passive' : 'detractor';
}

/** How one answer reads: NPS by its category; CSAT 5 is good, 4 is fine (below the 4.5 target), 3 or less is bad. */
export function answerTone(kind: SurveyKind, answer: number): AnswerTone {
  if (kind === 'nps') {
    const c = npsCategory(answer);
    return c === 'promoter' ? 'good' : c === 'passive' ? 'neutral' : 'bad';
  }
  return answer >= 5 ? 'good' : answer >= 4 ? 'neutral' : 'bad';
}

/** One answer in words: "NPS 6/10", "CSAT 4/5". */
export function answerWords(kind: SurveyKind, answer: number): string {
  return kind === 'nps' ? `NPS ${answer}/10` : `CSAT ${answer}/5`;
}

/** The answers one feedback row holds: an NPS, a CSAT, or both. */
export function answersIn(f: Pick<Feedback, 'nps' | 'csat'>): { kind: SurveyKind; answer: number }[] {
  const out: { kind: SurveyKind; answer: number }[] = [];
  if (f.nps !== null) out.push({ kind: 'nps', answer: f.nps });
  if (f.csat !== null) out.push({ kind: 'csat', answer: f.csat });
  return out;
}

type Answers = readonly Pick<Feedback, 'nps' | 'csat' | 'date'>[];

function answersOf(feedback: Answers, kind: SurveyKind): number[] {
  return [...feedback].sort((a, b) => a.date.localeCompare(b.date)).flatMap((f) => (f[kind] === null ? [] : [f[kind]]));
}

// Math.round(-0.4) is -0, which prints as "-0".
const noNegativeZero = (n: number) => (Object.is(n, -0) ? 0 : n);

/** The NPS of the given answers (the caller picks the period): whole number, −100…100. */
export function npsScore(feedback: Answers): SurveyScore {
  const scores = answersOf(feedback, 'nps');
  if (scores.length === 0) return { kind: 'nps', value: null, answers: 0, scores };
  const promoters = scores.filter((s) => npsCategory(s) === 'promoter').length;
  const detractors = scores.filter((s) => npsCategory(s) === 'detractor').length;
  const value = noNegativeZero(Math.round(((promoters - detractors) / scores.length) * 100));
  return { kind: 'nps', value, answers: scores.length, scores };
}

/** The mean CSAT of the given answers, to one decimal. */
export function csatScore(feedback: Answers): SurveyScore {
  const scores = answersOf(feedback, 'csat');
  if (scores.length === 0) return { kind: 'csat', value: null, answers: 0, scores };
  const mean = scores.reduce((a, b) => a + b, 0) / scores.length;
  return { kind: 'csat', value: Math.round(mean * 10) / 10, answers: scores.length, scores };
}

/** The figure alone: NPS "40", "−100", "0"; CSAT "4.5". */
export function formatSurveyValue(kind: SurveyKind, value: number | null): string {
  if (value === null || !Number.isFinite(value)) return NO_VALUE;
  if (kind === 'csat') return formatNumber(value, 1);
  const whole = noNegativeZero(Math.round(value));
  return whole < 0 ? `−${formatNumber(-whole)}` : formatNumber(whole);
}

/** "no answers", "1 answer", "12 answers". */
export function answersWord(n: number): string {
  return n === 0 ? 'no answers' : `${formatNumber(n)} answer${n === 1 ? '' : 's'}`;
}

export function isSmallSample(s: SurveyScore): boolean {
  return s.answers > 0 && s.answers < SMALL_SAMPLE;
}

/**
 * The number with its basis: "NPS 40 · 12 answers", "CSAT 4.5 · 3 answers (4, 5, 5)",
 * "NPS −100 · 1 answer (6)". A small sample lists its answers, so one unhappy client is read
 * as one unhappy client.
 */
export function surveyWords(s: SurveyScore): string {
  const label = s.kind === 'nps' ? 'NPS' : 'CSAT';
  if (s.answers === 0) return `${label}: no answers`;
  const listed = isSmallSample(s) ? ` (${s.scores.join(', ')})` : '';
  return `${label} ${formatSurveyValue(s.kind, s.value)} · ${answersWord(s.answers)}${listed}`;
}

/**
 * Met or missed against a target, by the scorecard's rule (at or above the target is met), so a
 * slide and the scorecard never disagree; no verdict from a small sample or without answers.
 */
export function surveyVerdict(s: SurveyScore, target: number): 'met' | 'missed' | null {
  if (s.value === null || isSmallSample(s)) return null;
  return s.value >= target ? 'met' : 'missed';
}
