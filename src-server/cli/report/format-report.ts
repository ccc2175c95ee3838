import { formatMoney, formatNumber, formatPercent, formatSurveyValue, NO_VALUE } from '../../../src-core/metrics';
import { SCORECARD_DEFINITIONS, type ScorecardUnit, type ScorecardValues } from '../../../src-core/scorecard';
import { formatDay, parsePeriod } from '../../../src-core/time';
import type { Report } from './build-report';

function formatValue(unit: ScorecardUnit, n: number | null): string {
  if (n === null) return NO_VALUE;
  switch (unit) {
    case 'cents':
      return formatMoney(n);
    case 'fraction':
      return formatPercent(n, 1);
    case 'minutes':
      return `${formatNumber(n)} min`;
    case 'days':
      return `${formatNumber(n, 1)} days`;
    case 'csat':
      return `${formatSurveyValue('csat', n)}/5`;
    case 'nps':
      return formatSurveyValue('nps', n);
    default:
      return formatNumber(n, 2);
  }
}

function verdict(better: 'higher' | 'lower' | null, value: number | null, target: number | null): string {
  if (better === null || value === null || target === null) return '';
  return (better === 'higher' ? value >= target : value <= target) ? 'met' : 'MISSED';
}

const pad = (s: string, n: number) => (s.length >= n ? s : s + ' '.repeat(n - s.length));

/** A readable scorecard table and every account's health with its reasons. */
export function formatReport(report: Report): string {
  const lines = [`CSM scorecard — ${parsePeriod(report.period).label} (as of ${formatDay(report.scorecard.asOf)})`, ''];
  lines.push(`${pad('Metric', 34)}${pad('Value', 16)}${pad('Target', 16)}`);
  for (const key of Object.keys(SCORECARD_DEFINITIONS) as (keyof ScorecardValues)[]) {
    const def = SCORECARD_DEFINITIONS[key];
    const value = report.scorecard[key];
    const target = report.scorecard.targets[key];
    lines.push(
      `${pad(def.label, 34)}${pad(formatValue(def.unit, value), 16)}${pad(target === null ? '' : formatValue(def.unit, target), 16)}${verdict(def.better, value, target)}`.trimEnd(),
    );
  }
  const comp = report.scorecard.comp;
  lines.push(
    '',
    `Comp plan estimate: ${formatMoney(comp.totalCents)} (new business ${formatMoney(comp.newBusinessCommissionCents)}, retained ${formatMoney(comp.retainedBusinessCommissionCents)}, opportunities ${comp.opportunitiesThisYear}/36 this year)`,
  );
  lines.push('', ...obligationLines(report));
  lines.push('', `Account health (${report.accounts.length} accounts, worst first)`);
  for (const a of report.accounts) {
    const band = a.band === a.computedBand ? a.band : `${a.band} (computed ${a.computedBand})`;
    lines.push('', `${a.name} — ${a.score} ${band.toUpperCase()}`);
    for (const r of a.reasons) lines.push(`  - ${r}`);
    if (a.whatWouldMoveIt) lines.push(`  What would move it: ${a.whatWouldMoveIt}`);
  }
  return lines.join('\n');
}

/** The year's obligations in a few lines (the bonus screen's facts). */
function obligationLines(report: Report): string[] {
  const o = report.obligations;
  const missing = o.yearEndBonus.approvedGoals.blockers;
  const club = o.club;
  return [
    `Obligations ${o.year} (to ${formatDay(o.asOf)})`,
    `  Clients with an approved POWER goal: ${o.goals.length - missing.length} of ${o.goals.length}` +
      (missing.length ? ` (missing: ${missing.map((b) => b.name).join(', ')})` : ''),
    `  Feedback asked ${o.feedback.requested}, answered ${o.feedback.answered}; referrals ${o.referrals}`,
    `  Case studies: ${o.caseStudies.approved} approved, ${o.caseStudies.published} published, ` +
      `${o.caseStudies.candidate} in progress; processes documented ${o.processesDocumented}`,
    `  Year-end bonus: ${o.yearEndBonus.qualified ? 'qualified' : 'not yet'}; President's Club: ` +
      `${club.qualifies ? 'qualified' : 'not yet'} (retained all ${club.allClientsRetained ? 'yes' : 'no'}, ` +
      `ROI validated all ${club.allClientsRoi ? 'yes' : 'no'}, lead source ${formatMoney(club.leadSourceClosedCents)})`,
  ];
}
