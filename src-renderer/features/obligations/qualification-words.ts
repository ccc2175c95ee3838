import { formatMoney } from '../../../src-core/metrics';
import type { ObligationsBoard, Qualification } from '../../../src-core/obligations';
import type { BadgeTone } from '../shared/Badge';

/** What each qualification of seed 002 is called on screen. */
export const QUALIFICATION_LABELS: Record<Qualification['key'], string> = {
  caseStudy: 'One case study produced this year',
  approvedGoals: 'Every client has an approved POWER goal',
  retainedAll: '100% of assigned clients retained',
  roiValidatedAll: '100% of assigned clients validating 100% ROI',
  leadSource: 'Closed business as lead source',
};

export const FORECAST_WORDS: Record<Qualification['forecast'], { label: string; tone: BadgeTone }> = {
  met: { label: 'Met', tone: 'good' },
  on_track: { label: 'On track', tone: 'info' },
  at_risk: { label: 'At risk', tone: 'warn' },
  missed: { label: 'Missed', tone: 'bad' },
};

/** The evidence line of one qualification: the facts behind its tick. */
export function evidenceOf(q: Qualification, board: ObligationsBoard): string {
  const y = board.year;
  switch (q.key) {
    case 'caseStudy': {
      const c = y.caseStudies;
      return `${c.approved} approved by the client (${c.published} published), ${c.candidate} in progress`;
    }
    case 'approvedGoals': {
      const without = q.blockers.length;
      return `${y.goals.length - without} of ${y.goals.length} clients have a goal approved in ${y.year}`;
    }
    case 'retainedAll':
      return y.club.churned.length === 0 ? `No client lost since 1 January` : `${y.club.churned.length} lost this year`;
    case 'roiValidatedAll':
      return y.club.roiShort.length === 0
        ? 'Every paying client at ROI ≥ 100% in its agreement year'
        : `${y.club.roiShort.length} paying client${y.club.roiShort.length === 1 ? '' : 's'} below 100%`;
    case 'leadSource':
      return (
        `${formatMoney(y.club.leadSourceClosedCents)} of ${formatMoney(y.club.leadSourceTargetCents)} closed; ` +
        `${formatMoney(board.year.presidentsClub.leadSourceForecastCents)} at this pace by 31 December`
      );
  }
}
