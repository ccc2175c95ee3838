import { clientsWithoutApprovedGoal } from './goal-approvals';
import type { YearObligations } from './year-end';

/** DESIGN §8's `obligations` object of `npm run report -- --json`, for the period's year. */
export interface ObligationsJson {
  approvedPowerGoalClients: number;
  clientsWithoutApprovedGoal: string[];
  feedbackRequested: number;
  feedbackAnswered: number;
  referrals: number;
  caseStudies: { candidate: number; approved: number; published: number };
  processesDocumented: number;
  yearEndBonusQualified: boolean;
  presidentsClub: { retainedAll: boolean; roiValidatedAll: boolean; leadSourceClosedCents: number; qualified: boolean };
}

export function obligationsJson(o: YearObligations): ObligationsJson {
  const missing = clientsWithoutApprovedGoal(o.goals);
  return {
    approvedPowerGoalClients: o.goals.length - missing.length,
    clientsWithoutApprovedGoal: missing.map((c) => c.accountId),
    feedbackRequested: o.feedback.requested,
    feedbackAnswered: o.feedback.answered,
    referrals: o.referrals,
    caseStudies: { ...o.caseStudies },
    processesDocumented: o.processesDocumented,
    yearEndBonusQualified: o.yearEndBonus.qualified,
    presidentsClub: {
      retainedAll: o.club.allClientsRetained,
      roiValidatedAll: o.club.allClientsRoi,
      leadSourceClosedCents: o.club.leadSourceClosedCents,
      qualified: o.club.qualifies,
    },
  };
}
