import { describe, expect, it } from 'vitest';
import {
  answerTone,
  csatScore,
  formatSurveyValue,
  npsCategory,
  npsScore,
  surveyVerdict,
  surveyWords,
} from '../../../src-core/metrics';

const answer = (date: string, nps: number | null, csat: number | null = null) => ({ date, nps, csat });

describe('NPS and CSAT, one rule everywhere', () => {
  it('counts NPS as % promoters − % detractors and rounds it to a whole number', () => {
    // 10, 9 promoters; 8 passive; 3 detractor → (2 − 1) ÷ 4 = 25.
    expect(
      npsScore([answer('2026-07-01', 10), answer('2026-07-02', 9), answer('2026-07-03', 8), answer('2026-07-04', 3)]),
    ).toEqual({ kind: 'nps', value: 25, answers: 4, scores: [10, 9, 8, 3] });
    // (1 − 2) ÷ 3 = −33.3… → −33; never "-0" for a tie.
    expect(npsScore([answer('2026-07-01', 10), answer('2026-07-02', 0), answer('2026-07-03', 0)]).value).toBe(-33);
    expect(Object.is(npsScore([answer('2026-07-01', 10), answer('2026-07-02', 0)]).value, 0)).toBe(true);
    expect(npsScore([answer('2026-07-01', null, 4)])).toEqual({ kind: 'nps', value: null, answers: 0, scores: [] });
  });

  it('averages CSAT to one decimal and ignores rows without a CSAT answer', () => {
    // (5 + 4 + 3 + 5) ÷ 4 = 4.25 → 4.3.
    const rows = [answer('2026-07-01', null, 5), answer('2026-07-02', 9, 4), answer('2026-07-03', null, 3)];
    expect(csatScore([...rows, answer('2026-07-04', 9), answer('2026-07-05', null, 5)])).toEqual({
      kind: 'csat',
      value: 4.3,
      answers: 4,
      scores: [5, 4, 3, 5],
    });
  });

  it('says how many answers a figure rests on, and lists a small sample', () => {
    expect(surveyWords(npsScore([answer('2026-09-10', 6)]))).toBe('NPS −100 · 1 answer (6)');
    const three = [answer('2026-07-01', null, 4), answer('2026-07-02', null, 5), answer('2026-07-03', null, 5)];
    // (4 + 5 + 5) ÷ 3 = 4.67 → 4.7.
    expect(surveyWords(csatScore(three))).toBe('CSAT 4.7 · 3 answers (4, 5, 5)');
    const many = [10, 9, 9, 7, 3, 10].map((n, i) => answer(`2026-07-0${i + 1}`, n));
    // 4 promoters, 1 passive, 1 detractor of 6: (4 − 1) ÷ 6 = 50.
    expect(surveyWords(npsScore(many))).toBe('NPS 50 · 6 answers');
    expect(surveyWords(npsScore([]))).toBe('NPS: no answers');
  });

  it('draws no verdict from a small sample; otherwise at or above the target is met', () => {
    expect(surveyVerdict(npsScore([answer('2026-09-10', 6)]), 50)).toBeNull();
    const five = [10, 10, 9, 8, 6].map((n, i) => answer(`2026-07-0${i + 1}`, n));
    // (3 − 1) ÷ 5 = 40 < 50.
    expect(surveyVerdict(npsScore(five), 50)).toBe('missed');
    expect(surveyVerdict(npsScore(five), 40)).toBe('met');
  });

  it('names one answer’s category and tone the same way on every screen', () => {
    expect([10, 9, 8, 7, 6, 0].map(npsCategory)).toEqual([
      'promoter',
      'promoter',
      'passive',
      'passive',
      'detractor',
      'detractor',
    ]);
    expect([5, 4, 3, 1].map((n) => answerTone('csat', n))).toEqual(['good', 'neutral', 'bad', 'bad']);
    expect(formatSurveyValue('nps', -100)).toBe('−100');
    expect(formatSurveyValue('csat', 4)).toBe('4');
    expect(formatSurveyValue('csat', null)).toBe('—');
  });
});
