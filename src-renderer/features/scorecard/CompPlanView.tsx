import { formatPercent } from '../../../src-core/metrics';
import { formatMoney } from '../shared/format';
import { monthsIn, type CsmScorecard } from '../../../src-core/scorecard';
import type { Settings } from '../../../src-core/settings';
import { parsePeriod } from '../../../src-core/time';
import { CompDrill } from './CompDrill';
import { DRILL_SPECS, drillRows } from './figure-drill';
import { FigureDrill } from './FigureDrill';
import { PresidentsClubTicks } from './PresidentsClubTicks';

/**
 * An estimate of the job description's comp plan from the scorecard's own numbers (DESIGN §2).
 * Every figure opens the rows behind it, with the arithmetic a CSM checks against payroll.
 */
export function CompPlanView({ scorecard, settings }: { scorecard: CsmScorecard; settings: Settings }) {
  const c = scorecard.comp;
  const comp = settings.comp;
  const club = c.presidentsClub;
  return (
    <section className="card comp-plan" aria-labelledby="comp-title">
      <h2 className="card__title" id="comp-title">
        Comp plan estimate{' '}
        <span className="muted card__note">from this period’s numbers; your payroll has the final word</span>
      </h2>
      <table className="data-table comp-plan__table">
        <tbody>
          <tr>
            <td>New business as lead source ({formatPercent(comp.newBusinessRate, 1)})</td>
            <td className="num">
              <CompDrill
                scorecard={scorecard}
                figure="newBusinessCommissionCents"
                label="New business commission"
                shown={formatMoney(c.newBusinessCommissionCents)}
              />
            </td>
          </tr>
          <tr>
            <td>Retained business, renewals signed ({formatPercent(comp.retainedBusinessRate, 1)})</td>
            <td className="num">
              <CompDrill
                scorecard={scorecard}
                figure="retainedBusinessCommissionCents"
                label="Retained business commission"
                shown={formatMoney(c.retainedBusinessCommissionCents)}
              />
            </td>
          </tr>
          <tr>
            <td>
              Opportunity bonus at {comp.opportunityQuota} passed to Sales ({c.opportunitiesThisYear} this year)
            </td>
            <td className="num">{formatMoney(c.opportunityBonusCents)}</td>
          </tr>
          <ReducedChurnRow scorecard={scorecard} settings={settings} />
          <tr>
            <td>
              Processes documented ({formatMoney(comp.processSpiffCents)} per {comp.processesPerSpiff})
            </td>
            <td className="num">
              <CompDrill
                scorecard={scorecard}
                figure="processSpiffCents"
                label="Processes spiff"
                shown={formatMoney(c.processSpiffCents)}
                note={
                  `${formatMoney(comp.processSpiffCents)} for every full ${comp.processesPerSpiff} processes ` +
                  'documented this calendar year; shared across the accounts by the processes documented in ' +
                  `${parsePeriod(scorecard.period).label}.`
                }
              />
            </td>
          </tr>
          <tr className="comp-plan__total">
            <td>Estimated total</td>
            <td className="num">{formatMoney(c.totalCents)}</td>
          </tr>
        </tbody>
      </table>
      <h3 className="comp-plan__club">
        President’s Club {club.qualifies ? '— on track' : ''}{' '}
        <a href="#/obligations" className="card__note">
          Evidence, the year-end bonus and the accounts in the way →
        </a>
      </h3>
      <PresidentsClubTicks scorecard={scorecard} settings={settings} />
    </section>
  );
}

/** The reduced-churn bonus, with the allowance and the revenue lost it is worked out from, each opening its accounts. */
function ReducedChurnRow({ scorecard, settings }: { scorecard: CsmScorecard; settings: Settings }) {
  const c = scorecard.comp;
  const rate = settings.comp.reducedChurnRate;
  const retain = settings.targets.quarterlyRevenueRetention;
  const period = parsePeriod(scorecard.period);
  const months = monthsIn(period);
  const unused = scorecard.revenueLostAllowanceCents - scorecard.revenueLostCents;
  const allowance = formatMoney(scorecard.revenueLostAllowanceCents);
  const lost = formatMoney(scorecard.revenueLostCents);
  return (
    <tr>
      <td>
        Reduced churn ({formatPercent(rate, 1)} of the unused revenue-loss allowance)
        <span className="comp-plan__basis">
          <span>
            Allowance{' '}
            <CompDrill
              scorecard={scorecard}
              figure="revenueLostAllowanceCents"
              label="Revenue-loss allowance"
              shown={allowance}
              note={
                `${formatPercent(1 - retain, 1)} of opening MRR a month × ${months} ` +
                `${months === 1 ? 'month' : 'months'}: what the book may lose and still keep ${formatPercent(retain)}.`
              }
            />
          </span>
          <span>
            Lost{' '}
            <FigureDrill
              label="Revenue lost"
              shown={lost}
              spec={DRILL_SPECS.revenueLostCents}
              rows={drillRows(scorecard, 'revenueLostCents')}
              periodLabel={period.label}
            />
          </span>
        </span>
      </td>
      <td className="num">
        <CompDrill
          scorecard={scorecard}
          figure="reducedChurnBonusCents"
          label="Reduced-churn bonus"
          shown={formatMoney(c.reducedChurnBonusCents)}
          note={
            `${formatPercent(rate, 1)} × (${allowance} allowance − ${lost} lost = ${formatMoney(unused)})` +
            (unused > 0
              ? '. Each account: its share of the allowance (by opening MRR) less its revenue lost.'
              : ': more was lost than the allowance, so no bonus this period.')
          }
        />
      </td>
    </tr>
  );
}
