import type { AccountData } from '../health';
import type { Settings } from '../settings';
import { presidentsClub, type AccountRef, type PresidentsClub } from '../scorecard/presidents-club';
import { yearToDate } from '../scorecard/clients';
import { processesDocumentedBetween } from '../scorecard/processes';
import { daysBetween, formatDay } from '../time';
import { caseStudiesOf, caseStudyCounts, type CaseStudyCounts } from './case-studies';
import { feedbackAskedInYear } from './feedback-requests';
import { clientsWithoutApprovedGoal, goalApprovalsThisYear, type ClientGoalApprovals } from './goal-approvals';
import { referralsInYear } from './referral-asks';

/**
 * The year-end bonus and President's Club of seed 002, each qualification with its evidence, for
 * the calendar year to the evaluation day (DESIGN §9) and as a forecast for the year's end:
 * - met: qualified already (for the retention and ROI checks: so far);
 * - on_track: not yet, but what is in progress gets there (a case study drafting, goals awaiting
 *   the client's approval, lead-source business closing at a pace that reaches the target);
 * - at_risk: nothing in progress gets there.
 */
export type Forecast = 'met' | 'on_track' | 'at_risk' | 'missed';

export interface Qualification {
  key: 'caseStudy' | 'approvedGoals' | 'retainedAll' | 'roiValidatedAll' | 'leadSource';
  met: boolean;
  forecast: Forecast;
  /** The accounts standing in the way, with why. */
  blockers: (AccountRef & { why: string })[];
}

export interface YearObligations {
  year: number;
  asOf: string;
  goals: ClientGoalApprovals[];
  feedback: { requested: number; answered: number };
  referrals: number;
  caseStudies: CaseStudyCounts;
  processesDocumented: number;
  club: PresidentsClub;
  yearEndBonus: { qualified: boolean; caseStudy: Qualification; approvedGoals: Qualification };
  presidentsClub: { qualified: boolean; checks: Qualification[]; leadSourceForecastCents: number };
}

export function yearObligations(
  accounts: readonly AccountData[],
  day: string,
  zone: string,
  settings: Pick<Settings, 'comp'>,
): YearObligations {
  const year = yearToDate(day);
  const goals = goalApprovalsThisYear(accounts, day);
  const club = presidentsClub(accounts, day, settings);
  const caseStudy = caseStudyQualification(accounts, year);
  const approvedGoals = approvedGoalsQualification(goals);
  const pace = leadSourcePace(club, day);
  return {
    year: Number(day.slice(0, 4)),
    asOf: day,
    goals,
    feedback: feedbackAskedInYear(accounts, year, zone),
    referrals: referralsInYear(accounts, year),
    caseStudies: caseStudyCounts(accounts, year),
    processesDocumented: processesDocumentedBetween(accounts, year.start, year.end),
    club,
    yearEndBonus: { qualified: caseStudy.met && approvedGoals.met, caseStudy, approvedGoals },
    presidentsClub: { qualified: club.qualifies, checks: clubChecks(club, pace), leadSourceForecastCents: pace },
  };
}

function caseStudyQualification(accounts: readonly AccountData[], year: { start: string; end: string }): Qualification {
  const { produced, inProgress } = caseStudiesOf(accounts, year);
  const met = produced.length > 0;
  return {
    key: 'caseStudy',
    met,
    forecast: met ? 'met' : inProgress.length > 0 ? 'on_track' : 'at_risk',
    blockers: [],
  };
}

function approvedGoalsQualification(goals: readonly ClientGoalApprovals[]): Qualification {
  const missing = clientsWithoutApprovedGoal(goals);
  const waiting = missing.filter((c) => c.awaitingApproval.length > 0);
  const met = goals.length > 0 && missing.length === 0;
  return {
    key: 'approvedGoals',
    met,
    forecast: met ? 'met' : waiting.length === missing.length && goals.length > 0 ? 'on_track' : 'at_risk',
    blockers: missing.map((c) => ({
      accountId: c.accountId,
      name: c.name,
      why:
        c.awaitingApproval.length > 0
          ? `${c.awaitingApproval.length} goal${c.awaitingApproval.length === 1 ? '' : 's'} waiting for approval`
          : 'no POWER goal set this year',
    })),
  };
}

/** Lead-source business closed so far, carried at the same pace to 31 December. */
function leadSourcePace(club: PresidentsClub, day: string): number {
  const elapsed = daysBetween(`${day.slice(0, 4)}-01-01`, day) + 1;
  const days = daysBetween(`${day.slice(0, 4)}-01-01`, `${day.slice(0, 4)}-12-31`) + 1;
  // A forecast, so whole dollars: cents would claim a precision a pace does not have.
  return Math.round((club.leadSourceClosedCents * days) / elapsed / 100) * 100;
}

function clubChecks(club: PresidentsClub, pace: number): Qualification[] {
  const leadMet = club.leadSourceClosedCents >= club.leadSourceTargetCents;
  return [
    {
      key: 'retainedAll',
      met: club.allClientsRetained,
      forecast: club.allClientsRetained ? 'on_track' : 'missed',
      blockers: club.churned.map((c) => ({
        accountId: c.accountId,
        name: c.name,
        why: `churned on ${formatDay(c.churnedAt)}`,
      })),
    },
    {
      key: 'roiValidatedAll',
      met: club.allClientsRoi,
      forecast: club.allClientsRoi ? 'on_track' : 'at_risk',
      blockers: club.roiShort.map((c) => ({
        accountId: c.accountId,
        name: c.name,
        why: c.ratio === null ? 'no POWER goal value to measure ROI by' : `ROI ${Math.round(c.ratio * 100)}% so far`,
      })),
    },
    {
      key: 'leadSource',
      met: leadMet,
      forecast: leadMet ? 'met' : pace >= club.leadSourceTargetCents ? 'on_track' : 'at_risk',
      blockers: [],
    },
  ];
}
