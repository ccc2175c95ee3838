import type { AccountData } from '../health';
import type { CaseStudy, ClientRequest, ProcessDoc } from '../model';
import { evaluationDay } from '../scorecard/clients';
import { csmTimeZone, type Settings } from '../settings';
import { feedbackPrompts, unansweredRequests, type FeedbackPrompt } from './feedback-requests';
import { referralSuggestions, type ReferralSuggestion } from './referral-asks';
import { yearObligations, type YearObligations } from './year-end';

/**
 * Everything the obligations screen shows, for the year to the evaluation day of `periodEnd`
 * (today while the year runs): the bonus and the Club with their evidence, and the CSM's next
 * asks — feedback due, requests waiting for an answer, promoters to ask for a referral.
 */
export interface ObligationsBoard {
  year: YearObligations;
  feedbackDue: { accountId: string; name: string; prompts: FeedbackPrompt[] }[];
  awaitingAnswer: { accountId: string; name: string; request: ClientRequest }[];
  referralSuggestions: ReferralSuggestion[];
  caseStudies: { name: string; study: CaseStudy }[];
  processes: { name: string; process: ProcessDoc }[];
  referralsTarget: number;
}

export function obligationsBoard(
  accounts: readonly AccountData[],
  now: string,
  settings: Settings,
  periodEnd = '2200-12-31',
): ObligationsBoard {
  const zone = csmTimeZone(settings);
  const day = evaluationDay(periodEnd, now, zone);
  const year = yearObligations(accounts, day, zone, settings);
  const clients = new Set(year.goals.map((g) => g.accountId));
  const live = accounts.filter((a) => clients.has(a.account.id));
  const yearStart = `${day.slice(0, 4)}-01-01`;
  return {
    year,
    feedbackDue: live
      .map((a) => ({ accountId: a.account.id, name: a.account.name, prompts: feedbackPrompts(a, day, zone) }))
      .filter((x) => x.prompts.length > 0),
    awaitingAnswer: live.flatMap((a) =>
      unansweredRequests(a).map((request) => ({ accountId: a.account.id, name: a.account.name, request })),
    ),
    referralSuggestions: referralSuggestions(live, day, zone),
    caseStudies: accounts.flatMap((a) => a.caseStudies.map((study) => ({ name: a.account.name, study }))),
    processes: accounts
      .flatMap((a) => a.processes.map((process) => ({ name: a.account.name, process })))
      .filter((p) => p.process.documentedOn >= yearStart && p.process.documentedOn <= day)
      .sort((x, y) => y.process.documentedOn.localeCompare(x.process.documentedOn)),
    referralsTarget: settings.targets.referralsPerYear,
  };
}
