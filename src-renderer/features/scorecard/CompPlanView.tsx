import { formatPercent } from '../../../src-core/metrics';
import { formatMoney } from '../shared/format';
import type { CompDrillKey, CsmScorecard } from '../../../src-core/scorecard';
import { parsePeriod } from '../../../src-core/time';
import { COMP_DRILL_SPECS } from './figure-drill';
import { FigureDrill } from './FigureDrill';
import type { Settings } from '../../../src-core/settings';

/** An estimate of the job description's comp plan from the scorecard's own numbers (DESIGN §2). */
export function CompPlanView({ scorecard, settings }: { scorecard: CsmScorecard; settings: Settings }) {
  const c = scorecard.comp;
  const comp = settings.comp;
  const club = c.presidentsClub;
  const clubShare =
    club.leadSourceTargetCents > 0 ? Math.min(1, club.leadSourceClosedCents / club.leadSourceTargetCents) : 0;
  const oppShare = comp.opportunityQuota > 0 ? Math.min(1, c.opportunitiesThisYear / comp.opportunityQuota) : 0;
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
              <CompDrill scorecard={scorecard} figure="newBusinessCommissionCents" label="New business commission" />
            </td>
          </tr>
          <tr>
            <td>Retained business, renewals signed ({formatPercent(comp.retainedBusinessRate, 1)})</td>
            <td className="num">
              <CompDrill
                scorecard={scorecard}
                figure="retainedBusinessCommissionCents"
                label="Retained business commission"
              />
            </td>
          </tr>
          <tr>
            <td>
              Opportunity bonus at {comp.opportunityQuota} passed to Sales ({c.opportunitiesThisYear} this year)
            </td>
            <td className="num">{formatMoney(c.opportunityBonusCents)}</td>
          </tr>
          <tr>
            <td>Reduced churn ({formatPercent(comp.reducedChurnRate, 1)} of the unused revenue-loss allowance)</td>
            <td className="num">{formatMoney(c.reducedChurnBonusCents)}</td>
          </tr>
          <tr>
            <td>
              Processes documented ({formatMoney(comp.processSpiffCents)} per {comp.processesPerSpiff})
            </td>
            <td className="num">{formatMoney(c.processSpiffCents)}</td>
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
      <ul className="club">
        <li className={club.allClientsRetained ? 'club__item club__item--done' : 'club__item'}>
          100% of clients retained{club.churned.length > 0 ? ` (${club.churned.length} lost this year)` : ''}
        </li>
        <li className={club.allClientsRoi ? 'club__item club__item--done' : 'club__item'}>
          100% of clients with ROI validated{club.roiShort.length > 0 ? ` (${club.roiShort.length} below 100%)` : ''}
        </li>
        <li className={clubShare >= 1 ? 'club__item club__item--done' : 'club__item'}>
          {formatMoney(club.leadSourceClosedCents)} of {formatMoney(club.leadSourceTargetCents)} closed as lead source
          <Progress share={clubShare} label="President’s Club lead-source progress" />
        </li>
        <li className={oppShare >= 1 ? 'club__item club__item--done' : 'club__item'}>
          <span>
            <CompDrill scorecard={scorecard} figure="opportunitiesThisYear" label="Opportunities this year" />
            {` of ${comp.opportunityQuota} opportunities this year`}
          </span>
          <Progress share={oppShare} label="Opportunities toward the bonus" />
        </li>
      </ul>
    </section>
  );
}

/** A comp figure that opens the deals, renewals or opportunities behind it (their base, for commissions). */
function CompDrill({ scorecard, figure, label }: { scorecard: CsmScorecard; figure: CompDrillKey; label: string }) {
  const value = scorecard.comp[figure];
  return (
    <FigureDrill
      label={label}
      shown={figure === 'opportunitiesThisYear' ? String(value) : formatMoney(value)}
      spec={COMP_DRILL_SPECS[figure]}
      rows={scorecard.comp.accounts[figure] ?? []}
      periodLabel={parsePeriod(scorecard.period).label}
    />
  );
}

function Progress({ share, label }: { share: number; label: string }) {
  return (
    <span
      className="progress"
      role="meter"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={Math.round(share * 100)}
    >
      <span style={{ width: `${Math.round(share * 100)}%` }} />
    </span>
  );
}
