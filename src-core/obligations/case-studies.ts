import type { AccountData } from '../health';
import type { CaseStudy } from '../model';

/**
 * Case studies (seed 002: "Must produce (1) case study from a client each year"). A case study is
 * produced in a year when the client approved it in that year (publishing follows approval; a
 * study recorded as published with no approval date counts on its publishing date).
 */
export const CASE_STUDY_DEFINITION =
  'A case study counts for the year once the client approved it that year; candidates and drafts are in progress.';

export interface CaseStudyCounts {
  /** Studies still waiting: candidates and drafts (any year). */
  candidate: number;
  /** Approved by the client this year (published ones included). */
  approved: number;
  /** Published this year. */
  published: number;
}

export function producedOn(study: CaseStudy): string | null {
  return study.approvedOn ?? study.publishedOn;
}

function inYear(day: string | null, year: { start: string; end: string }): boolean {
  return day !== null && day >= year.start && day <= year.end;
}

export function caseStudyCounts(
  accounts: readonly AccountData[],
  year: { start: string; end: string },
): CaseStudyCounts {
  const studies = accounts.flatMap((a) => a.caseStudies);
  return {
    candidate: studies.filter((s) => s.status === 'candidate' || s.status === 'drafted').length,
    approved: studies.filter(
      (s) => (s.status === 'approved' || s.status === 'published') && inYear(producedOn(s), year),
    ).length,
    published: studies.filter((s) => s.status === 'published' && inYear(s.publishedOn, year)).length,
  };
}

/** The studies that count for the year, and the ones still in progress. */
export function caseStudiesOf(accounts: readonly AccountData[], year: { start: string; end: string }) {
  const all = accounts.flatMap((a) => a.caseStudies.map((study) => ({ study, name: a.account.name })));
  return {
    produced: all.filter(
      ({ study: s }) => s.status !== 'candidate' && s.status !== 'drafted' && inYear(producedOn(s), year),
    ),
    inProgress: all.filter(({ study: s }) => s.status === 'candidate' || s.status === 'drafted'),
  };
}
