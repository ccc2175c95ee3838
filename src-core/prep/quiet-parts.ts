import { clientText, type ClientText } from '../audience';
import type { Period } from '../time';
import type { AccountData } from './account-data';
import { periodWord, resultBasis } from './metric-points';

export type InsightPart = 'working' | 'needsWork' | 'workingOn';

/**
 * What the three-part insight says for a part with nothing in it, from the data behind it: never
 * "nothing below target" when no KPI has a target, or when there are no results at all. (A KPI
 * under its target is always a "needs work" point, so an empty part means none is.)
 */
export function quietParts(data: AccountData, period: Period): Record<InsightPart, ClientText> {
  const { withData, withTarget } = resultBasis(data.metrics, period);
  const when = periodWord(period);
  const before = period.kind === 'quarter' ? 'last quarter' : period.kind === 'month' ? 'last month' : 'last year';
  const noResults = `No results are recorded for ${period.label} yet.`;
  return {
    working: clientText(withData === 0 ? noResults : `No KPI reached its target or improved on ${before}.`),
    needsWork: clientText(
      withData === 0
        ? noResults
        : withTarget === 0
          ? `No KPI has a target to measure ${period.label} against yet.`
          : withTarget === withData
            ? `Every KPI met its target ${when}.`
            : `Every KPI with a target met it ${when}.`,
    ),
    workingOn: clientText('Nothing new is scheduled yet.'),
  };
}
